-- Up Migration
-- Each account's key pair (docs/sealed-records.md), so that it travels with the account: the record's private half
-- is sealed under the user's password (the server cannot open it); the public key is in clear for every desk to
-- wrap case keys with. A user writes only their own record; the service sends the whole record to its owner only.
CREATE TABLE user_keys (
  user_id text PRIMARY KEY REFERENCES users (id),
  record jsonb NOT NULL,
  public_key text NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX user_keys_change_seq ON user_keys (change_seq);
ALTER TABLE user_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY user_keys_read ON user_keys FOR SELECT TO complaints_app USING ((SELECT app_user_id()) IS NOT NULL);
CREATE POLICY user_keys_own_insert ON user_keys FOR INSERT TO complaints_app WITH CHECK (user_id = (SELECT app_user_id()));
CREATE POLICY user_keys_own_update ON user_keys FOR UPDATE TO complaints_app
  USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()));
GRANT SELECT, INSERT, UPDATE ON user_keys TO complaints_app;

-- Down Migration
DROP TABLE user_keys;
