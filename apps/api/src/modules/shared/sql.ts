import { getTableName, is, sql, type SQL } from 'drizzle-orm';
import { PgColumn, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A reference to a column of the outer query, always qualified by its table
 * (`"proposals"."id"`): inside a subquery, a bare `"id"` would mean the subquery's own table.
 * Drizzle leaves column names bare in a query that reads one table, so every SQL fragment that
 * other modules embed correlates through this.
 */
export function outerRef(column: AnyPgColumn | SQL): SQL {
  if (is(column, PgColumn)) {
    return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
  }
  return column as SQL;
}

/**
 * A JSON object built in SQL from named columns or expressions (`json_build_object`), for the
 * state a module hands to the case core inside the case query. Timestamps come back as ISO
 * strings with an offset, dates as `YYYY-MM-DD`.
 */
export function jsonObjectSql(fields: Record<string, AnyPgColumn | SQL>): SQL {
  const entries = Object.entries(fields).map(
    ([key, value]) => sql`${sql.raw(`'${key.replace(/'/g, "''")}'`)}, ${value}`,
  );
  return sql`json_build_object(${sql.join(entries, sql`, `)})`;
}

/** A timestamp as JSON gives it (`2026-11-30 12:00:00.12+00` or ISO), as an ISO 8601 string. */
export function isoTimestamp(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}
