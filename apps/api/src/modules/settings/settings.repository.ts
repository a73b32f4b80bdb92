import { sql, type SQL } from 'drizzle-orm';
import { settingsTable } from './settings.table';

/** The stored value of a setting as JSON inside another query (null when never saved). */
export function settingValueSql(key: string): SQL<unknown> {
  return sql`(select ${settingsTable.value} from ${settingsTable} where ${settingsTable.key} = ${key})`;
}

export const SERVICE_LEVELS_KEY = 'service_levels';

/** The stored service levels as JSON inside another query (null until an administrator saves). */
export function serviceLevelsSql(): SQL<unknown> {
  return settingValueSql(SERVICE_LEVELS_KEY);
}
