-- Up Migration
-- Attachment bytes, content-addressed by SHA-256, and which case names which file (for who may download it).
CREATE TABLE attachment_blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  bytes bytea NOT NULL,
  CONSTRAINT attachment_size_matches CHECK (octet_length(bytes) = size_bytes)
);
CREATE TABLE case_attachments (
  case_id text NOT NULL REFERENCES cases (id),
  attachment_id text NOT NULL,
  sha256 text NOT NULL,
  PRIMARY KEY (case_id, attachment_id)
);
CREATE INDEX case_attachments_sha256 ON case_attachments (sha256);

ALTER TABLE case_attachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_attachments FORCE ROW LEVEL SECURITY;
CREATE POLICY case_attachments_through_case ON case_attachments FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_attachments.case_id));
CREATE POLICY case_attachments_insert ON case_attachments FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
-- Anonymisation removes a case's files: a complaints manager drops the case's links, then the bytes nobody names.
CREATE POLICY case_attachments_anonymise ON case_attachments FOR DELETE TO complaints_app
  USING (app_user_role() = 'complaints-manager' AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_attachments.case_id));
GRANT SELECT, INSERT, DELETE ON case_attachments TO complaints_app;

ALTER TABLE attachment_blobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment_blobs FORCE ROW LEVEL SECURITY;
-- Bytes leave only for a file named by a case the user can see.
CREATE POLICY attachment_blobs_through_case ON attachment_blobs FOR SELECT TO complaints_app
  USING (EXISTS (SELECT 1 FROM case_attachments a WHERE a.sha256 = attachment_blobs.sha256));
CREATE POLICY attachment_blobs_upload ON attachment_blobs FOR INSERT TO complaints_app WITH CHECK (app_user_role() IN ('agent', 'complaints-manager'));
GRANT SELECT, INSERT ON attachment_blobs TO complaints_app;

GRANT SELECT ON case_attachments TO complaints_definer;
CREATE POLICY case_attachments_definer ON case_attachments FOR SELECT TO complaints_definer USING (true);
GRANT SELECT, DELETE ON attachment_blobs TO complaints_definer;
CREATE POLICY attachment_blobs_definer ON attachment_blobs FOR ALL TO complaints_definer USING (true);
-- Deletes the bytes of a file no case names any more (after anonymisation); true when they were deleted.
CREATE FUNCTION drop_unnamed_file(file_sha256 text) RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH gone AS (
    DELETE FROM attachment_blobs b WHERE b.sha256 = file_sha256 AND NOT EXISTS (SELECT 1 FROM case_attachments a WHERE a.sha256 = file_sha256)
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM gone)
$$;
-- A new owner needs CREATE on the schema for the moment of the change.
GRANT CREATE ON SCHEMA public TO complaints_definer;
ALTER FUNCTION drop_unnamed_file(text) OWNER TO complaints_definer;
REVOKE CREATE ON SCHEMA public FROM complaints_definer;
REVOKE ALL ON FUNCTION drop_unnamed_file(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION drop_unnamed_file(text) TO complaints_app;

-- Down Migration
DROP FUNCTION drop_unnamed_file(text);
-- Together: the files' read policy names the links table.
DROP TABLE attachment_blobs, case_attachments;
