-- Up Migration
-- Saving a changed case. PostgreSQL checks an UPDATE's new row against the read policy too, so a change that takes
-- a case out of its author's sight (an agent recording a staff concern, an investigator replaced) could not be
-- written under complaints_app. This function, owned by complaints_definer, writes it only when the user can see
-- the case as it stands (the same inAudience test as the read policy), and only the columns a case change sets.
GRANT SELECT ON users TO complaints_definer;
CREATE POLICY users_definer ON users FOR SELECT TO complaints_definer USING (true);
GRANT UPDATE (version, customer_id, record, sealed, audience_roles, audience_user_ids, excluded_user_ids, excluded_roles, change_seq) ON cases TO complaints_definer;
CREATE POLICY cases_definer_write ON cases FOR UPDATE TO complaints_definer USING (true) WITH CHECK (true);

CREATE FUNCTION save_case_change(
  case_id text, new_version integer, new_customer_id text, new_record jsonb, new_sealed jsonb,
  roles text[], user_ids text[], excluded_ids text[], excluded_role_list text[], seq bigint
) RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH saved AS (
    UPDATE cases c SET version = new_version, customer_id = new_customer_id, record = new_record, sealed = new_sealed,
                       audience_roles = roles, audience_user_ids = user_ids, excluded_user_ids = excluded_ids,
                       excluded_roles = excluded_role_list, change_seq = seq
     WHERE c.id = case_id AND c.version = new_version - 1
       AND case_visible(app_user_id(), app_user_role(), c.audience_roles, c.audience_user_ids, c.excluded_user_ids, c.excluded_roles)
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM saved)
$$;
GRANT CREATE ON SCHEMA public TO complaints_definer;
ALTER FUNCTION save_case_change(text, integer, text, jsonb, jsonb, text[], text[], text[], text[], bigint) OWNER TO complaints_definer;
REVOKE CREATE ON SCHEMA public FROM complaints_definer;
REVOKE ALL ON FUNCTION save_case_change(text, integer, text, jsonb, jsonb, text[], text[], text[], text[], bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION save_case_change(text, integer, text, jsonb, jsonb, text[], text[], text[], text[], bigint) TO complaints_app;

-- Down Migration
DROP FUNCTION save_case_change(text, integer, text, jsonb, jsonb, text[], text[], text[], text[], bigint);
DROP POLICY cases_definer_write ON cases;
REVOKE UPDATE ON cases FROM complaints_definer;
DROP POLICY users_definer ON users;
REVOKE SELECT ON users FROM complaints_definer;
