-- Up Migration
-- Each timeline event carries a copy of its case's audience columns, so the events' read policy is the cases' own
-- rule (case_visible) on the event row itself, with no look-up of the case per event. The look-up through
-- case_in_sight() cost a PL/pgSQL call and an index probe of cases for every event a pull read: most of a first
-- pull's time (1.2 million events). The copy cannot differ from the case's: a foreign key from the event's case id
-- and copy to the case's id and columns refuses an event whose copy is not the case's, and carries every change of
-- the case's audience to its events (ON UPDATE CASCADE, as the table owner; the append-only trigger allows that
-- change and no other). The service has no grant to write the copy except when inserting an event.
ALTER TABLE timeline_events
  ADD COLUMN audience_roles text[] NOT NULL DEFAULT '{}',
  ADD COLUMN audience_user_ids text[] NOT NULL DEFAULT '{}',
  ADD COLUMN excluded_user_ids text[] NOT NULL DEFAULT '{}',
  ADD COLUMN excluded_roles text[] NOT NULL DEFAULT '{}';
ALTER TABLE timeline_events DISABLE TRIGGER timeline_append_only;
UPDATE timeline_events e SET audience_roles = c.audience_roles, audience_user_ids = c.audience_user_ids,
                             excluded_user_ids = c.excluded_user_ids, excluded_roles = c.excluded_roles
  FROM cases c WHERE c.id = e.case_id;
ALTER TABLE timeline_events ENABLE TRIGGER timeline_append_only;
ALTER TABLE timeline_events ALTER COLUMN audience_roles DROP DEFAULT, ALTER COLUMN audience_user_ids DROP DEFAULT,
  ALTER COLUMN excluded_user_ids DROP DEFAULT, ALTER COLUMN excluded_roles DROP DEFAULT;
ALTER TABLE cases ADD CONSTRAINT cases_audience_key UNIQUE (id, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles);
ALTER TABLE timeline_events ADD CONSTRAINT timeline_events_case_audience
  FOREIGN KEY (case_id, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles)
  REFERENCES cases (id, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles) ON UPDATE CASCADE;
GRANT INSERT (audience_roles, audience_user_ids, excluded_user_ids, excluded_roles) ON timeline_events TO complaints_app;

-- Append-only as before; the one other update allowed is the copy of the case's audience (the foreign key's cascade).
CREATE OR REPLACE FUNCTION timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'The timeline is append-only: events are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.case_id, NEW.seq, NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.summary, NEW.before, NEW.after, NEW.prev_hash,
      NEW.hash, NEW.redaction, NEW.sealed, NEW.change_seq)
     IS NOT DISTINCT FROM
     (OLD.case_id, OLD.seq, OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.summary, OLD.before, OLD.after, OLD.prev_hash,
      OLD.hash, OLD.redaction, OLD.sealed, OLD.change_seq) THEN
    RETURN NEW;
  END IF;
  -- Anonymisation may replace an event's content once, keeping the original content's hash (redaction); every
  -- other field, the hash and the audience included, stays exactly as it was.
  IF OLD.redaction IS NULL AND NEW.redaction IS NOT NULL
     AND NEW.case_id = OLD.case_id AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.actor_id = OLD.actor_id AND NEW.action = OLD.action AND NEW.prev_hash = OLD.prev_hash
     AND NEW.hash = OLD.hash
     AND (NEW.audience_roles, NEW.audience_user_ids, NEW.excluded_user_ids, NEW.excluded_roles)
         IS NOT DISTINCT FROM (OLD.audience_roles, OLD.audience_user_ids, OLD.excluded_user_ids, OLD.excluded_roles) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'The timeline is append-only: an event can only have its content anonymised' USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The events' read policy: the cases' rule on the event's own copy (the viewer's id and role once per statement).
DROP POLICY timeline_through_case ON timeline_events;
CREATE POLICY timeline_through_case ON timeline_events FOR SELECT TO complaints_app
  USING (case_visible((SELECT app_user_id()), (SELECT app_user_role()), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles));


-- Down Migration
DROP POLICY timeline_through_case ON timeline_events;
CREATE POLICY timeline_through_case ON timeline_events FOR SELECT TO complaints_app USING (case_in_sight(case_id));
ALTER TABLE timeline_events DROP CONSTRAINT timeline_events_case_audience;
ALTER TABLE cases DROP CONSTRAINT cases_audience_key;
CREATE OR REPLACE FUNCTION timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'The timeline is append-only: events are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.redaction IS NULL AND NEW.redaction IS NOT NULL
     AND NEW.case_id = OLD.case_id AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.actor_id = OLD.actor_id AND NEW.action = OLD.action AND NEW.prev_hash = OLD.prev_hash
     AND NEW.hash = OLD.hash THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'The timeline is append-only: an event can only have its content anonymised' USING ERRCODE = 'insufficient_privilege';
END
$$;
ALTER TABLE timeline_events DROP COLUMN audience_roles, DROP COLUMN audience_user_ids, DROP COLUMN excluded_user_ids, DROP COLUMN excluded_roles;
