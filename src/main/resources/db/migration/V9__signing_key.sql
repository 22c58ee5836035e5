-- Keys the instances share to sign what they hand to a browser and read back later (e.g. the outcome
-- notice carried by a redirect). Created by the first instance that needs one; every instance reads the same.
CREATE TABLE signing_key (
    name       VARCHAR(40)  PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
