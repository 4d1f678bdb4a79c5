-- Up Migration
-- The owning (connecting) role must not pick up the service roles' policies by inheritance: it only switches to
-- them per transaction (SET LOCAL ROLE). NOINHERIT keeps FORCE ROW LEVEL SECURITY meaningful for it, so a query
-- run before the switch sees no case, customer, event, password hash or session. Membership of complaints_definer
-- was needed only to hand it its functions.
-- The schema rights it held through pg_database_owner, given directly before inheritance stops.
GRANT USAGE, CREATE ON SCHEMA public TO CURRENT_USER;
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('ALTER ROLE %I NOINHERIT', current_user);
  END IF;
END
$$;
REVOKE complaints_definer FROM CURRENT_USER;

-- Down Migration
GRANT complaints_definer TO CURRENT_USER;
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('ALTER ROLE %I INHERIT', current_user);
  END IF;
END
$$;
