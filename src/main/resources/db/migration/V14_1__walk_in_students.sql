-- People enrolled by phone or at the desk may have no e-mail address: the office writes to them at a postal
-- address when they have no phone either. Their account keeps a reserved address under the .invalid domain
-- (never deliverable, unique per person) until they claim it with a real one.
ALTER TABLE student ADD COLUMN postal_address VARCHAR(500);
