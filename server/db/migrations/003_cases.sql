-- Up Migration
-- Cases, their customers and receipts, guarded by the policy's "who may see a case" rule (caseAudience).
-- The service writes the audience columns exactly as shared/policy/confidentiality.ts caseAudience computes them;
-- case_visible() below is inAudience, and only that: a property test holds the two to agreement.
CREATE TABLE customers (
  id text PRIMARY KEY,
  record jsonb NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX customers_change_seq ON customers (change_seq);

CREATE TABLE reference_counters (
  year integer NOT NULL,
  series text NOT NULL CHECK (series IN ('open', 'confidential')),
  last integer NOT NULL,
  PRIMARY KEY (year, series)
);
GRANT SELECT, INSERT, UPDATE ON reference_counters TO complaints_app;

CREATE TABLE cases (
  id text PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  version integer NOT NULL CHECK (version >= 1),
  customer_id text NOT NULL REFERENCES customers (id),
  record jsonb NOT NULL,
  sealed jsonb,
  recorded_by text NOT NULL,
  audience_roles text[] NOT NULL,
  audience_user_ids text[] NOT NULL,
  excluded_user_ids text[] NOT NULL,
  excluded_roles text[] NOT NULL,
  -- The change that created the case: a purge is owed only to desks that pulled past it (they may hold it).
  created_seq bigint NOT NULL,
  timeline_seq integer NOT NULL DEFAULT 0,
  timeline_hash text NOT NULL DEFAULT '',
  change_seq bigint NOT NULL
);
CREATE INDEX cases_change_seq ON cases (change_seq);
CREATE INDEX cases_customer ON cases (customer_id);

-- inAudience(viewer, audience): not excluded by id or role, and allowed by role or by id.
CREATE FUNCTION case_visible(viewer_id text, viewer_role text, roles text[], user_ids text[], excluded_ids text[], excluded_roles text[])
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT viewer_id IS NOT NULL AND viewer_role IS NOT NULL
    AND NOT (viewer_id = ANY (excluded_ids)) AND NOT (viewer_role = ANY (excluded_roles))
    AND (viewer_role = ANY (roles) OR viewer_id = ANY (user_ids))
$$;

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE cases FORCE ROW LEVEL SECURITY;
CREATE POLICY cases_audience ON cases FOR SELECT TO complaints_app
  USING (case_visible(app_user_id(), app_user_role(), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles));
-- Recording a complaint about staff hides it from the agent who records it: the insert is allowed, the read is not.
CREATE POLICY cases_insert ON cases FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
-- Only a case the user can see can be changed; the change may take it out of their sight (recording a staff concern).
CREATE POLICY cases_update ON cases FOR UPDATE TO complaints_app
  USING (case_visible(app_user_id(), app_user_role(), audience_roles, audience_user_ids, excluded_user_ids, excluded_roles))
  WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON cases TO complaints_app;

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE customers FORCE ROW LEVEL SECURITY;
-- A customer is seen through a case the user can see (the subquery runs under the cases policy).
CREATE POLICY customers_through_case ON customers FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.customer_id = customers.id));
CREATE POLICY customers_insert ON customers FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
-- Whether any case at all (seen or not) names a customer: a SECURITY DEFINER function owned by complaints_definer,
-- the one role with a policy that reads every case row, and it returns a count for one customer id only.
DO $$
BEGIN
  CREATE ROLE complaints_definer NOLOGIN NOINHERIT NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
GRANT complaints_definer TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO complaints_definer;
GRANT SELECT ON cases TO complaints_definer;
CREATE POLICY cases_definer ON cases FOR SELECT TO complaints_definer USING (true);
CREATE FUNCTION customer_has_cases(customer text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM cases WHERE customer_id = customer)
$$;
-- A new owner needs CREATE on the schema for the moment of the change.
GRANT CREATE ON SCHEMA public TO complaints_definer;
ALTER FUNCTION customer_has_cases(text) OWNER TO complaints_definer;
REVOKE CREATE ON SCHEMA public FROM complaints_definer;
REVOKE ALL ON FUNCTION customer_has_cases(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION customer_has_cases(text) TO complaints_app;
-- A customer is changed through a case the user can see, or anonymised by a complaints manager once no case names them.
CREATE POLICY customers_update ON customers FOR UPDATE TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.customer_id = customers.id)
         OR (app_user_role() = 'complaints-manager' AND NOT customer_has_cases(customers.id)))
  WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON customers TO complaints_app;

-- The recorder of a confidential case they may not open: only that they recorded it.
CREATE TABLE case_receipts (
  case_id text PRIMARY KEY REFERENCES cases (id),
  recorded_by text NOT NULL,
  reference text NOT NULL,
  received_at text NOT NULL,
  recorded_at text NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX case_receipts_recorder ON case_receipts (recorded_by, change_seq);
ALTER TABLE case_receipts ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_receipts FORCE ROW LEVEL SECURITY;
CREATE POLICY receipts_own ON case_receipts FOR SELECT TO complaints_app USING (recorded_by = app_user_id());
CREATE POLICY receipts_insert ON case_receipts FOR INSERT TO complaints_app WITH CHECK (recorded_by = app_user_id());
GRANT SELECT, INSERT ON case_receipts TO complaints_app;

-- Purge orders: ids only, for the one user whose desk must drop the case.
CREATE TABLE purge_orders (
  id bigserial PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  case_id text NOT NULL,
  customer_id text NOT NULL,
  visible_from_seq bigint NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX purge_orders_user ON purge_orders (user_id, change_seq);
ALTER TABLE purge_orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE purge_orders FORCE ROW LEVEL SECURITY;
CREATE POLICY purge_orders_own ON purge_orders FOR SELECT TO complaints_app USING (user_id = app_user_id());
-- Written by the change that hid the case, whoever made it.
CREATE POLICY purge_orders_insert ON purge_orders FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
GRANT SELECT, INSERT ON purge_orders TO complaints_app;
GRANT USAGE ON SEQUENCE purge_orders_id_seq TO complaints_app;

-- Grants: a change that shows a case to a user who could not see it (the investigator assigned): their next pull
-- carries the case's customer and whole timeline, which their checkpoint has already passed.
CREATE TABLE case_grants (
  id bigserial PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  case_id text NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX case_grants_user ON case_grants (user_id, change_seq);
ALTER TABLE case_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_grants FORCE ROW LEVEL SECURITY;
CREATE POLICY case_grants_own ON case_grants FOR SELECT TO complaints_app USING (user_id = app_user_id());
CREATE POLICY case_grants_insert ON case_grants FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
GRANT SELECT, INSERT ON case_grants TO complaints_app;
GRANT USAGE ON SEQUENCE case_grants_id_seq TO complaints_app;

-- Answers already given, per change id: a replayed push gets the first answer and is never applied twice.
CREATE TABLE push_results (
  change_id uuid PRIMARY KEY,
  user_id text NOT NULL,
  result jsonb NOT NULL
);
ALTER TABLE push_results ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_results FORCE ROW LEVEL SECURITY;
CREATE POLICY push_results_own ON push_results FOR ALL TO complaints_app USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
GRANT SELECT, INSERT ON push_results TO complaints_app;

-- Settings (policy calendar with closure dates, letter wording, retention): everyone reads, administrators write.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  version integer NOT NULL,
  change_seq bigint NOT NULL
);
CREATE INDEX settings_change_seq ON settings (change_seq);
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE settings FORCE ROW LEVEL SECURITY;
CREATE POLICY settings_read ON settings FOR SELECT TO complaints_app USING (app_user_id() IS NOT NULL);
CREATE POLICY settings_insert ON settings FOR INSERT TO complaints_app WITH CHECK (app_user_role() = 'administrator');
CREATE POLICY settings_update ON settings FOR UPDATE TO complaints_app USING (app_user_role() = 'administrator') WITH CHECK (app_user_role() = 'administrator');
GRANT SELECT, INSERT, UPDATE ON settings TO complaints_app;

-- Down Migration
DROP TABLE settings;
DROP TABLE push_results;
DROP TABLE case_grants;
DROP TABLE purge_orders;
DROP TABLE case_receipts;
-- Together: each names the other (a foreign key one way, a read policy the other).
DROP TABLE cases, customers;
DROP FUNCTION customer_has_cases(text);
DROP FUNCTION case_visible(text, text, text[], text[], text[], text[]);
DROP TABLE reference_counters;
