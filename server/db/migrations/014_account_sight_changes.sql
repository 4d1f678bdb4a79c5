-- Up Migration
-- When an account's role or active flag changes, what its desk may hold changes with it: a purge order for every
-- case the account could see and no longer can (an investigator made an agent, an account switched off), and a grant
-- for every case it now can and could not (an agent confirmed as complaints manager, an account switched back on),
-- whose next pull then carries the case row, its customer and whole timeline although its checkpoint has passed
-- them. Both are written by a trigger on the accounts table, so they are in the same transaction as the change and
-- nothing can change a role without them. The test is case_visible(), the row-level policy's own rule (shared/policy
-- inAudience), applied to the account as it was and as it is. The trigger's function runs as complaints_definer, the
-- one role that reads every case row, and returns nothing to the administrator who made the change: not even a count.
GRANT INSERT ON purge_orders, case_grants TO complaints_definer;
GRANT USAGE ON SEQUENCE purge_orders_id_seq, case_grants_id_seq TO complaints_definer;
CREATE POLICY purge_orders_definer ON purge_orders FOR INSERT TO complaints_definer WITH CHECK (true);
CREATE POLICY case_grants_definer ON case_grants FOR INSERT TO complaints_definer WITH CHECK (true);

CREATE FUNCTION account_sight_changed() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  -- A switched-off account sees nothing: as a viewer without a role.
  was_role text := CASE WHEN OLD.active THEN OLD.role END;
  now_role text := CASE WHEN NEW.active THEN NEW.role END;
BEGIN
  IF was_role IS NOT DISTINCT FROM now_role THEN
    RETURN NULL;
  END IF;
  INSERT INTO purge_orders (user_id, case_id, customer_id, visible_from_seq, change_seq)
    SELECT NEW.id, c.id, c.customer_id, c.created_seq, NEW.change_seq FROM cases c
     WHERE case_visible(NEW.id, was_role, c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles)
       AND NOT case_visible(NEW.id, now_role, c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles);
  INSERT INTO case_grants (user_id, case_id, change_seq)
    SELECT NEW.id, c.id, NEW.change_seq FROM cases c
     WHERE case_visible(NEW.id, now_role, c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles)
       AND NOT case_visible(NEW.id, was_role, c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles);
  RETURN NULL;
END
$$;
-- Made while the owning role may still run it (EXECUTE is checked when a trigger is made, not when it fires), and
-- closed to everyone else before its owner changes (the grants go with it).
CREATE TRIGGER account_sight_changed AFTER UPDATE OF role, active ON users FOR EACH ROW EXECUTE FUNCTION account_sight_changed();
REVOKE ALL ON FUNCTION account_sight_changed() FROM PUBLIC;

-- Separation of duties (REQUIREMENTS section 11, the desk's store/duties/roles.ts): an administrator asks for an
-- account to become a complaints manager and an existing complaints manager confirms it; only while the office has
-- no active complaints manager (the first, at set-up) does the administrator's change take effect at once. The
-- office cannot lose its last active complaints manager (switched off or given another role), so the set-up
-- exception never comes back to let an administrator make a manager, sign in as it and receive complaints about staff.
CREATE TABLE role_requests (
  user_id text PRIMARY KEY REFERENCES users (id),
  role text NOT NULL CHECK (role = 'complaints-manager'),
  requested_by text NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL
);
ALTER TABLE role_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY role_requests_read ON role_requests FOR SELECT TO complaints_app
  USING ((SELECT app_user_role()) IN ('administrator', 'complaints-manager'));
CREATE POLICY role_requests_ask ON role_requests FOR INSERT TO complaints_app
  WITH CHECK ((SELECT app_user_role()) = 'administrator' AND requested_by = (SELECT app_user_id()));
CREATE POLICY role_requests_ask_again ON role_requests FOR UPDATE TO complaints_app
  USING ((SELECT app_user_role()) = 'administrator') WITH CHECK ((SELECT app_user_role()) = 'administrator' AND requested_by = (SELECT app_user_id()));
CREATE POLICY role_requests_withdraw ON role_requests FOR DELETE TO complaints_app
  USING ((SELECT app_user_role()) IN ('administrator', 'complaints-manager'));
GRANT SELECT, INSERT, UPDATE, DELETE ON role_requests TO complaints_app;

-- The rule itself, under every write of the accounts table whoever makes it: a new complaints manager only through
-- confirm_manager_role() (run as complaints_definer) or while there is none; never the last one taken away.
CREATE FUNCTION complaints_manager_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  becomes boolean := NEW.role = 'complaints-manager' AND NEW.active;
  was boolean := TG_OP = 'UPDATE' AND OLD.role = 'complaints-manager' AND OLD.active;
  others boolean := EXISTS (SELECT 1 FROM users u WHERE u.role = 'complaints-manager' AND u.active AND u.id <> NEW.id);
BEGIN
  IF becomes AND NOT was AND others AND current_user <> 'complaints_definer' THEN
    RAISE EXCEPTION 'A new complaints manager must be confirmed by an existing complaints manager' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF was AND NOT becomes AND NOT others THEN
    RAISE EXCEPTION 'The office needs an active complaints manager: have another confirmed first' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER complaints_manager_confirmed BEFORE INSERT OR UPDATE OF role, active ON users FOR EACH ROW EXECUTE FUNCTION complaints_manager_confirmed();

-- A complaints manager confirms another account's request: true when it was confirmed (a request for an active
-- account other than their own), the role given with the change number `seq`; the grants follow from the trigger above.
GRANT SELECT, DELETE ON role_requests TO complaints_definer;
CREATE POLICY role_requests_definer ON role_requests FOR ALL TO complaints_definer USING (true);
GRANT UPDATE (role, change_seq) ON users TO complaints_definer;
CREATE POLICY users_definer_confirm ON users FOR UPDATE TO complaints_definer USING (true) WITH CHECK (role = 'complaints-manager');
CREATE FUNCTION confirm_manager_role(target text, seq bigint) RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF app_user_role() IS DISTINCT FROM 'complaints-manager' OR target = app_user_id()
     OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = target AND u.active) THEN
    RETURN false;
  END IF;
  DELETE FROM role_requests r WHERE r.user_id = target;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  UPDATE users SET role = 'complaints-manager', change_seq = seq WHERE id = target;
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION confirm_manager_role(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION confirm_manager_role(text, bigint) TO complaints_app;

-- Handing it to complaints_definer: the new owner needs CREATE on the schema for that moment, which only the
-- schema's owner can give; the owning role is pg_database_owner's member but no longer inherits its rights (007).
GRANT complaints_definer TO CURRENT_USER;
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE 'SET LOCAL ROLE pg_database_owner';
  END IF;
  GRANT CREATE ON SCHEMA public TO complaints_definer;
END
$$;
RESET ROLE;
ALTER FUNCTION account_sight_changed() OWNER TO complaints_definer;
ALTER FUNCTION confirm_manager_role(text, bigint) OWNER TO complaints_definer;
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE 'SET LOCAL ROLE pg_database_owner';
  END IF;
  REVOKE CREATE ON SCHEMA public FROM complaints_definer;
END
$$;
RESET ROLE;
REVOKE complaints_definer FROM CURRENT_USER;

-- Down Migration
DROP TRIGGER account_sight_changed ON users;
DROP TRIGGER complaints_manager_confirmed ON users;
DROP FUNCTION complaints_manager_confirmed();
GRANT complaints_definer TO CURRENT_USER;
SET LOCAL ROLE complaints_definer;
DROP FUNCTION confirm_manager_role(text, bigint);
DROP FUNCTION account_sight_changed();
RESET ROLE;
REVOKE complaints_definer FROM CURRENT_USER;
DROP POLICY users_definer_confirm ON users;
REVOKE UPDATE (role, change_seq) ON users FROM complaints_definer;
DROP TABLE role_requests;
DROP POLICY case_grants_definer ON case_grants;
DROP POLICY purge_orders_definer ON purge_orders;
REVOKE USAGE ON SEQUENCE purge_orders_id_seq, case_grants_id_seq FROM complaints_definer;
REVOKE INSERT ON purge_orders, case_grants FROM complaints_definer;
