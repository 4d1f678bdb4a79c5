-- Up Migration
-- The service's roles, the global change clock and the viewer functions the row-level policies read.
-- The tables are owned by the role running the migrations; requests run under complaints_app (no ownership, no
-- BYPASSRLS), and the steps before identity is known (sign-in, session look-up) under complaints_auth.
DO $$
BEGIN
  BEGIN
    CREATE ROLE complaints_app NOLOGIN NOINHERIT NOBYPASSRLS;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE complaints_auth NOLOGIN NOINHERIT NOBYPASSRLS;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END
$$;
-- The connecting role switches to them for one transaction at a time (SET LOCAL ROLE).
GRANT complaints_app TO CURRENT_USER;
GRANT complaints_auth TO CURRENT_USER;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO complaints_app, complaints_auth;

-- One row: bumped under its row lock by every write transaction, so commit order equals checkpoint order.
CREATE TABLE sync_clock (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL
);
INSERT INTO sync_clock VALUES (1, 0);
GRANT SELECT, UPDATE ON sync_clock TO complaints_app;

-- The key that makes checkpoints opaque (AES-256-GCM), so a checkpoint never counts other people's changes.
CREATE TABLE service_secret (
  id integer PRIMARY KEY CHECK (id = 1),
  checkpoint_key text NOT NULL
);
INSERT INTO service_secret VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
GRANT SELECT ON service_secret TO complaints_app;

-- Who is asking: set by the service for one transaction only (set_config(..., true)).
CREATE FUNCTION app_user_id() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')
$$;

-- Down Migration
DROP FUNCTION app_user_id();
DROP TABLE service_secret;
DROP TABLE sync_clock;
