import { date, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAtColumn } from '../shared/columns';

/** Scheduled jobs that already ran for a day: the first API process to insert the row runs it. */
export const jobRunsTable = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    runOn: date('run_on', { mode: 'string' }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.job, t.runOn] })],
);
