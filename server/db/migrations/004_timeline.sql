-- Up Migration
-- Each case's timeline: chained by the service after the case's head; a fork is impossible by constraint, and
-- nothing is ever updated or deleted except anonymisation's redaction of an event's content.
CREATE TABLE timeline_events (
  case_id text NOT NULL REFERENCES cases (id),
  seq integer NOT NULL CHECK (seq >= 1),
  id text NOT NULL UNIQUE,
  at text NOT NULL,
  actor_id text NOT NULL,
  action text NOT NULL,
  summary text NOT NULL,
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  redaction jsonb,
  sealed jsonb,
  change_seq bigint NOT NULL,
  PRIMARY KEY (case_id, seq),
  -- Two events after the same one would fork the chain: refused here whatever the service does.
  CONSTRAINT timeline_no_fork UNIQUE (case_id, prev_hash),
  CONSTRAINT timeline_first_is_genesis CHECK ((seq = 1) = (prev_hash = ''))
);
CREATE INDEX timeline_events_change_seq ON timeline_events (change_seq);

CREATE FUNCTION timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'The timeline is append-only: events are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Anonymisation may replace an event's content once, keeping the original content's hash (redaction); every
  -- other field, the hash included, stays exactly as it was.
  IF OLD.redaction IS NULL AND NEW.redaction IS NOT NULL
     AND NEW.case_id = OLD.case_id AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.actor_id = OLD.actor_id AND NEW.action = OLD.action AND NEW.prev_hash = OLD.prev_hash
     AND NEW.hash = OLD.hash THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'The timeline is append-only: an event can only have its content anonymised' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER timeline_append_only BEFORE UPDATE OR DELETE ON timeline_events FOR EACH ROW EXECUTE FUNCTION timeline_append_only();
CREATE FUNCTION timeline_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The timeline is append-only: it cannot be emptied' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER timeline_no_truncate BEFORE TRUNCATE ON timeline_events FOR EACH STATEMENT EXECUTE FUNCTION timeline_no_truncate();

ALTER TABLE timeline_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE timeline_events FORCE ROW LEVEL SECURITY;
CREATE POLICY timeline_through_case ON timeline_events FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = timeline_events.case_id));
-- The first event of a confidential case is written by the agent who records it, who cannot see it after.
CREATE POLICY timeline_insert ON timeline_events FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
CREATE POLICY timeline_redact ON timeline_events FOR UPDATE TO complaints_app
  USING (app_user_role() = 'complaints-manager' AND EXISTS (SELECT 1 FROM cases c WHERE c.id = timeline_events.case_id))
  WITH CHECK (true);
-- No DELETE or TRUNCATE grant: the trigger is a second wall.
GRANT SELECT, INSERT, UPDATE (summary, before, after, redaction, change_seq) ON timeline_events TO complaints_app;

-- Down Migration
DROP TABLE timeline_events;
DROP FUNCTION timeline_no_truncate();
DROP FUNCTION timeline_append_only();
