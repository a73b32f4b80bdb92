-- Change notifications for the API's caches (apps/api/src/db/change-feed.ts).
--
-- Every API process listens on the channel kyoso_changes. A committed change of a table the
-- caches depend on notifies it with the table's name, and for sessions and users with the row's
-- id ("sessions:<id>"), so that a cache forgets exactly what the change made wrong:
-- - the session of each request (sessions, users, organizations, departments);
-- - the totals of the city's inbox (proposals, proposal_departments, organizations, ndas).
-- PostgreSQL delivers a notification only if its transaction commits, once per distinct payload
-- per transaction, to every listening connection.
-- The row's id with the table's name (sessions, users).
CREATE OR REPLACE FUNCTION kyoso_notify_row_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kyoso_changes', TG_TABLE_NAME || ':' || (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The table's name only: one notification per transaction, however many rows it wrote.
CREATE OR REPLACE FUNCTION kyoso_notify_table_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kyoso_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A session changes what it grants only when it is revoked, shortened or deleted (not when it is
-- merely touched by a refresh).
CREATE TRIGGER sessions_notify_change AFTER UPDATE OF revoked_at, expires_at, user_id OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION kyoso_notify_row_change();
--> statement-breakpoint
CREATE TRIGGER users_notify_change AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION kyoso_notify_row_change();
--> statement-breakpoint
CREATE TRIGGER organizations_notify_change AFTER UPDATE OR DELETE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION kyoso_notify_table_change();
--> statement-breakpoint
CREATE TRIGGER departments_notify_change AFTER INSERT OR UPDATE OR DELETE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION kyoso_notify_table_change();
--> statement-breakpoint
-- Drafts are in no inbox: their saves (the autosave, every few seconds) notify nothing.
CREATE TRIGGER proposals_insert_notify_change AFTER INSERT ON proposals
  FOR EACH ROW WHEN (NEW.status <> 'draft') EXECUTE FUNCTION kyoso_notify_table_change();
--> statement-breakpoint
CREATE TRIGGER proposals_update_notify_change AFTER UPDATE ON proposals
  FOR EACH ROW WHEN (OLD.status <> 'draft' OR NEW.status <> 'draft') EXECUTE FUNCTION kyoso_notify_table_change();
--> statement-breakpoint
CREATE TRIGGER proposals_delete_notify_change AFTER DELETE ON proposals
  FOR EACH ROW WHEN (OLD.status <> 'draft') EXECUTE FUNCTION kyoso_notify_table_change();
--> statement-breakpoint
CREATE TRIGGER proposal_departments_notify_change AFTER INSERT OR UPDATE OR DELETE ON proposal_departments
  FOR EACH STATEMENT EXECUTE FUNCTION kyoso_notify_table_change();
--> statement-breakpoint
CREATE TRIGGER ndas_notify_change AFTER INSERT OR UPDATE OR DELETE ON ndas
  FOR EACH STATEMENT EXECUTE FUNCTION kyoso_notify_table_change();
