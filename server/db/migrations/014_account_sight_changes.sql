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
GRANT complaints_definer TO CURRENT_USER;
SET LOCAL ROLE complaints_definer;
DROP FUNCTION account_sight_changed();
RESET ROLE;
REVOKE complaints_definer FROM CURRENT_USER;
DROP POLICY case_grants_definer ON case_grants;
DROP POLICY purge_orders_definer ON purge_orders;
REVOKE USAGE ON SEQUENCE purge_orders_id_seq, case_grants_id_seq FROM complaints_definer;
REVOKE INSERT ON purge_orders, case_grants FROM complaints_definer;
