/**
 * The caches of an API process, kept right by the database's change feed
 * (`db/change-feed.ts`): what every request would otherwise ask the database for.
 */
import { createChangeCache, type ChangeCache } from './db/change-cache';
import type { ChangeFeed } from './db/change-feed';
import type { SessionUser } from './modules/auth/auth.repository';
import type { DepartmentRow } from './modules/departments/departments.repository';

export type AppCaches = {
  /** The session of each request, with its user, organisation and department, by session id. */
  sessions: ChangeCache<SessionUser>;
  /** How many proposals match a filter of the city's inbox, by filter (capped count). */
  inboxTotals: ChangeCache<number>;
  /** The city's departments (局, 部, 課), which every theme names with its parents. */
  departments: ChangeCache<DepartmentRow[]>;
};

export function createAppCaches(feed: ChangeFeed): AppCaches {
  return {
    sessions: createChangeCache<SessionUser>(feed, {
      tables: ['sessions', 'users', 'organizations', 'departments'],
      affects: (change, sessionId, found) =>
        change.table === 'sessions' ? sessionId === change.id : found.user.id === change.id,
    }),
    inboxTotals: createChangeCache<number>(feed, {
      tables: ['proposals', 'proposal_departments', 'organizations', 'ndas'],
      max: 1_000,
    }),
    departments: createChangeCache<DepartmentRow[]>(feed, { tables: ['departments'] }),
  };
}
