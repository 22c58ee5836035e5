-- A time-limited offer of a freed place to the first person waiting (setting enrolment.offer-hours above 0).
-- The offered place is held for them in course_run.confirmed_count, so nobody else can take it. An offer is open
-- while offer_expires_at is set, which only a waiting-list entry may have; offered_at stays when the offer is
-- answered or ends, so the link in the offer's e-mail can still say what became of it.
ALTER TABLE enrolment ADD COLUMN offered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enrolment ADD COLUMN offer_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enrolment ADD CONSTRAINT ck_enrolment_offer CHECK (offer_expires_at IS NULL
    OR (status = 'WAITLISTED' AND offered_at IS NOT NULL AND offer_expires_at > offered_at));
CREATE INDEX ix_enrolment_offer_expires ON enrolment (offer_expires_at);
