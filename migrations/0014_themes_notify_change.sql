-- The public themes list is kept in each API process's memory (apps/api/src/caches.ts) until a
-- theme changes: any write to themes notifies kyoso_changes with the table's name (see
-- 0009_change_notifications.sql), once per statement.
CREATE TRIGGER themes_notify_change AFTER INSERT OR UPDATE OR DELETE ON themes
  FOR EACH STATEMENT EXECUTE FUNCTION kyoso_notify_table_change();
