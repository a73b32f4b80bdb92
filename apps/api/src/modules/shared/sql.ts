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
