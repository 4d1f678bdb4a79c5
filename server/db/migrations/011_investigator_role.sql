-- Up Migration
-- The investigator role (shared/model roles): an account may have it, and it works cases like an agent or a
-- complaints manager (shared/policy seesNoCase is false for it). Until now the accounts table refused the role and
-- every write policy named the two older case-working roles, so an investigator could be neither created on the
-- server nor record what they did. The roles that write cases are now named once, in app_user_works_cases(); the
-- test test/integration/server/roles-in-sql.test.ts holds both lists to shared/model and shared/policy.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('agent', 'investigator', 'complaints-manager', 'administrator'));

CREATE FUNCTION app_user_works_cases() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(app_user_role() IN ('agent', 'investigator', 'complaints-manager'), false)
$$;

DROP POLICY cases_insert ON cases;
CREATE POLICY cases_insert ON cases FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));
DROP POLICY customers_insert ON customers;
CREATE POLICY customers_insert ON customers FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));
DROP POLICY timeline_insert ON timeline_events;
CREATE POLICY timeline_insert ON timeline_events FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));
DROP POLICY purge_orders_insert ON purge_orders;
CREATE POLICY purge_orders_insert ON purge_orders FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));
DROP POLICY case_grants_insert ON case_grants;
CREATE POLICY case_grants_insert ON case_grants FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));
DROP POLICY case_attachments_insert ON case_attachments;
CREATE POLICY case_attachments_insert ON case_attachments FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));
DROP POLICY attachment_blobs_upload ON attachment_blobs;
CREATE POLICY attachment_blobs_upload ON attachment_blobs FOR INSERT TO complaints_app WITH CHECK ((SELECT app_user_works_cases()));

-- Down Migration
DROP POLICY attachment_blobs_upload ON attachment_blobs;
CREATE POLICY attachment_blobs_upload ON attachment_blobs FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP POLICY case_attachments_insert ON case_attachments;
CREATE POLICY case_attachments_insert ON case_attachments FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP POLICY case_grants_insert ON case_grants;
CREATE POLICY case_grants_insert ON case_grants FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP POLICY purge_orders_insert ON purge_orders;
CREATE POLICY purge_orders_insert ON purge_orders FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP POLICY timeline_insert ON timeline_events;
CREATE POLICY timeline_insert ON timeline_events FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP POLICY customers_insert ON customers;
CREATE POLICY customers_insert ON customers FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP POLICY cases_insert ON cases;
CREATE POLICY cases_insert ON cases FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
DROP FUNCTION app_user_works_cases();
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('agent', 'complaints-manager', 'administrator'));
