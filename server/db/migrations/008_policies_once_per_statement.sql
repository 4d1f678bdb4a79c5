-- Up Migration
-- The read policies again, for speed, with the same rule: the viewer's id and role as scalar subqueries, worked out
-- once per statement (an InitPlan) instead of once per row; and "through a case the user can see" as a per-row
-- look-up by id (a PL/pgSQL function, run as the caller so the cases policy applies), where the planner otherwise
-- hashed every visible case for each page of a pull. JIT compiling costs more than these short queries gain.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;

-- The viewer's role as the service set it for this transaction, read from the accounts table by the session's user
-- id (becomeUser) rather than looked up again for every row a policy tests.
CREATE OR REPLACE FUNCTION app_user_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_role', true), '')
$$;

CREATE FUNCTION case_in_sight(id text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM cases c WHERE c.id = case_in_sight.id);
END
$$;
CREATE FUNCTION customer_in_sight(id text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM cases c WHERE c.customer_id = customer_in_sight.id);
END
$$;

DROP POLICY timeline_through_case ON timeline_events;
CREATE POLICY timeline_through_case ON timeline_events FOR SELECT TO complaints_app USING (case_in_sight(case_id));
DROP POLICY timeline_redact ON timeline_events;
CREATE POLICY timeline_redact ON timeline_events FOR UPDATE TO complaints_app
  USING ((SELECT app_user_role()) = 'complaints-manager' AND case_in_sight(case_id)) WITH CHECK (true);
DROP POLICY customers_through_case ON customers;
CREATE POLICY customers_through_case ON customers FOR SELECT TO complaints_app USING (customer_in_sight(id));
DROP POLICY customers_update ON customers;
CREATE POLICY customers_update ON customers FOR UPDATE TO complaints_app
  USING (customer_in_sight(id) OR ((SELECT app_user_role()) = 'complaints-manager' AND NOT customer_has_cases(id)))
  WITH CHECK (true);
DROP POLICY case_attachments_through_case ON case_attachments;
CREATE POLICY case_attachments_through_case ON case_attachments FOR SELECT TO complaints_app USING (case_in_sight(case_id));
DROP POLICY cases_audience ON cases;
CREATE POLICY cases_audience ON cases FOR SELECT TO complaints_app
  USING (case_visible((SELECT app_user_id()), (SELECT app_user_role()), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles));
DROP POLICY cases_update ON cases;
CREATE POLICY cases_update ON cases FOR UPDATE TO complaints_app
  USING (case_visible((SELECT app_user_id()), (SELECT app_user_role()), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles))
  WITH CHECK (true);
DROP POLICY purge_orders_own ON purge_orders;
CREATE POLICY purge_orders_own ON purge_orders FOR SELECT TO complaints_app USING (user_id = (SELECT app_user_id()));
DROP POLICY case_grants_own ON case_grants;
CREATE POLICY case_grants_own ON case_grants FOR SELECT TO complaints_app USING (user_id = (SELECT app_user_id()));
DROP POLICY receipts_own ON case_receipts;
CREATE POLICY receipts_own ON case_receipts FOR SELECT TO complaints_app USING (recorded_by = (SELECT app_user_id()));
DROP POLICY users_read ON users;
CREATE POLICY users_read ON users FOR SELECT TO complaints_app USING ((SELECT app_user_id()) IS NOT NULL);
DROP POLICY settings_read ON settings;
CREATE POLICY settings_read ON settings FOR SELECT TO complaints_app USING ((SELECT app_user_id()) IS NOT NULL);

-- Down Migration
DROP POLICY case_attachments_through_case ON case_attachments;
CREATE POLICY case_attachments_through_case ON case_attachments FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_attachments.case_id));
DROP POLICY customers_update ON customers;
CREATE POLICY customers_update ON customers FOR UPDATE TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.customer_id = customers.id)
         OR (app_user_role() = 'complaints-manager' AND NOT customer_has_cases(customers.id)))
  WITH CHECK (true);
DROP POLICY customers_through_case ON customers;
CREATE POLICY customers_through_case ON customers FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.customer_id = customers.id));
DROP POLICY timeline_redact ON timeline_events;
CREATE POLICY timeline_redact ON timeline_events FOR UPDATE TO complaints_app
  USING (app_user_role() = 'complaints-manager' AND EXISTS (SELECT 1 FROM cases c WHERE c.id = timeline_events.case_id))
  WITH CHECK (true);
DROP POLICY timeline_through_case ON timeline_events;
CREATE POLICY timeline_through_case ON timeline_events FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = timeline_events.case_id));
CREATE OR REPLACE FUNCTION app_user_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT role FROM users WHERE id = app_user_id() AND active
$$;
DROP FUNCTION customer_in_sight(text);
DROP FUNCTION case_in_sight(text);
DROP POLICY settings_read ON settings;
CREATE POLICY settings_read ON settings FOR SELECT TO complaints_app USING (app_user_id() IS NOT NULL);
DROP POLICY users_read ON users;
CREATE POLICY users_read ON users FOR SELECT TO complaints_app USING (app_user_id() IS NOT NULL);
DROP POLICY receipts_own ON case_receipts;
CREATE POLICY receipts_own ON case_receipts FOR SELECT TO complaints_app USING (recorded_by = app_user_id());
DROP POLICY case_grants_own ON case_grants;
CREATE POLICY case_grants_own ON case_grants FOR SELECT TO complaints_app USING (user_id = app_user_id());
DROP POLICY purge_orders_own ON purge_orders;
CREATE POLICY purge_orders_own ON purge_orders FOR SELECT TO complaints_app USING (user_id = app_user_id());
DROP POLICY cases_update ON cases;
CREATE POLICY cases_update ON cases FOR UPDATE TO complaints_app
  USING (case_visible(app_user_id(), app_user_role(), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles))
  WITH CHECK (true);
DROP POLICY cases_audience ON cases;
CREATE POLICY cases_audience ON cases FOR SELECT TO complaints_app
  USING (case_visible(app_user_id(), app_user_role(), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles));
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I RESET jit', current_database());
END
$$;
