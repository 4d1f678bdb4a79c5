-- Up Migration
-- Accounts and roles, their password hashes (scrypt), sessions and the sign-in rate limit, all in the database.
CREATE TABLE users (
  id text PRIMARY KEY,
  user_name text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'complaints-manager', 'administrator')),
  active boolean NOT NULL DEFAULT true,
  email text,
  change_seq bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_change_seq ON users (change_seq);

-- The viewer's role, read from the accounts table (never from the request): what the row-level policies compare.
CREATE FUNCTION app_user_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT role FROM users WHERE id = app_user_id() AND active
$$;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
-- Every signed-in user sees the staff list (names for assignment); only administrators change it.
CREATE POLICY users_read ON users FOR SELECT TO complaints_app USING (app_user_id() IS NOT NULL);
CREATE POLICY users_insert ON users FOR INSERT TO complaints_app WITH CHECK (app_user_role() = 'administrator');
CREATE POLICY users_update ON users FOR UPDATE TO complaints_app USING (app_user_role() = 'administrator') WITH CHECK (app_user_role() = 'administrator');
-- Sign-in reads the account by user name before anyone is known.
CREATE POLICY users_sign_in ON users FOR SELECT TO complaints_auth USING (true);
GRANT SELECT, INSERT, UPDATE ON users TO complaints_app;
-- The one-time first-administrator step (npm run server:first-admin): only while no administrator exists.
CREATE POLICY users_first_administrator ON users FOR INSERT TO complaints_auth
  WITH CHECK (role = 'administrator' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.role = 'administrator'));
GRANT SELECT, INSERT ON users TO complaints_auth;

CREATE TABLE credentials (
  user_id text PRIMARY KEY REFERENCES users (id),
  password_hash text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE credentials ENABLE ROW LEVEL SECURITY;
ALTER TABLE credentials FORCE ROW LEVEL SECURITY;
-- Only the sign-in role reads or writes hashes; the service sets one after the users table accepted the
-- administrator's change under complaints_app in the same transaction. No case role ever reads a hash.
CREATE POLICY credentials_auth ON credentials FOR ALL TO complaints_auth USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON credentials TO complaints_auth;

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  desk_name text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY sessions_auth ON sessions FOR ALL TO complaints_auth USING (true) WITH CHECK (true);
-- A user may revoke their own session; an administrator any (a lost laptop).
CREATE POLICY sessions_revoke ON sessions FOR ALL TO complaints_app
  USING (user_id = app_user_id() OR app_user_role() = 'administrator')
  WITH CHECK (user_id = app_user_id() OR app_user_role() = 'administrator');
GRANT SELECT, INSERT, UPDATE ON sessions TO complaints_auth;
GRANT SELECT, UPDATE ON sessions TO complaints_app;

-- Failed sign-ins per user name and per address: counted over a window, so the limit survives restarts and holds
-- across several copies of the service.
CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  subject text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX sign_in_failures_subject_at ON sign_in_failures (subject, at);
ALTER TABLE sign_in_failures ENABLE ROW LEVEL SECURITY;
ALTER TABLE sign_in_failures FORCE ROW LEVEL SECURITY;
CREATE POLICY sign_in_failures_auth ON sign_in_failures FOR ALL TO complaints_auth USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, DELETE ON sign_in_failures TO complaints_auth;
GRANT USAGE ON SEQUENCE sign_in_failures_id_seq TO complaints_auth;

-- Down Migration
DROP TABLE sign_in_failures;
DROP TABLE sessions;
DROP TABLE credentials;
DROP TABLE users;
DROP FUNCTION app_user_role();
