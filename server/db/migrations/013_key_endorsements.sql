-- Up Migration
-- A change of an account's public key that desks can check for themselves (shared/sealed/key-endorsement.ts):
-- signed by the account's previous key, or by a complaints manager giving access again after a password reset.
-- The service stores and forwards the signatures; the desks verify them, so neither it nor a database
-- administrator can substitute a key. Rows are only added: a signature for a key no longer current is ignored.
CREATE TABLE key_endorsements (
  id bigserial PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  public_key text NOT NULL,
  endorsed_by text NOT NULL REFERENCES users (id),
  signature text NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX key_endorsements_change_seq ON key_endorsements (change_seq);
ALTER TABLE key_endorsements ENABLE ROW LEVEL SECURITY;
ALTER TABLE key_endorsements FORCE ROW LEVEL SECURITY;
CREATE POLICY key_endorsements_read ON key_endorsements FOR SELECT TO complaints_app USING ((SELECT app_user_id()) IS NOT NULL);
CREATE POLICY key_endorsements_add ON key_endorsements FOR INSERT TO complaints_app
  WITH CHECK (endorsed_by = (SELECT app_user_id()) AND (user_id = (SELECT app_user_id()) OR (SELECT app_user_role()) = 'complaints-manager'));
GRANT SELECT, INSERT ON key_endorsements TO complaints_app;
GRANT USAGE ON SEQUENCE key_endorsements_id_seq TO complaints_app;

-- Down Migration
DROP TABLE key_endorsements;
