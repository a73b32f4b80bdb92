/**
 * The caches of an API process, kept right by the database's change feed
 * (`db/change-feed.ts`): what every request would otherwise ask the database for.
 */
import { createChangeCache, type ChangeCache } from './db/change-cache';
import type { ChangeFeed } from './db/change-feed';
import type { Statistics } from '@kyoso/contracts/results';
import type { ThemeSummary } from '@kyoso/contracts/themes';
import type { SessionUser } from './modules/auth/auth.repository';
import type { DepartmentRow } from './modules/departments/departments.repository';

export type AppCaches = {
  /** The session of each request, with its user, organisation and department, by session id. */
  sessions: ChangeCache<SessionUser>;
  /** How many proposals match a filter of the city's inbox, by filter (capped count). */
  inboxTotals: ChangeCache<number>;
  /** The city's departments (局, 部, 課), which every theme names with its parents. */
  departments: ChangeCache<DepartmentRow[]>;
  /**
   * The public statistics, by fiscal year (`all` for every year): computed over every submitted
   * proposal, read by every visitor of the home page, and changed only when a proposal moves.
   */
  statistics: ChangeCache<Statistics>;
  /**
   * The public themes list as every visitor first sees it (no filter), by Japan's date (which
   * themes are open depends on the day): read on every visit to the home and themes pages,
   * changed only when a theme or a department does.
   */
  publicThemes: ChangeCache<ThemeSummary[]>;
};

/** How long the public statistics are served without reading them again, changes or not. */
const STATISTICS_MAX_AGE_MS = 10 * 60_000;

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
    statistics: createChangeCache<Statistics>(feed, {
      // A proposal's status, dates, transfers and decline reasons are on its row; its events are
      // written with it.
      tables: ['proposals', 'proposal_departments'],
      max: 100,
      maxAgeMs: STATISTICS_MAX_AGE_MS,
    }),
    publicThemes: createChangeCache<ThemeSummary[]>(feed, {
      tables: ['themes', 'departments'],
      max: 10,
    }),
  };
}
