import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client';

/** Drafts ready to submit: enough for 20 connections for the whole run. */
export const SUBMIT_POOL = 20_000;

/** Generated submitted proposals for the inbox and search scenarios (none unless asked). */
export async function seedInbox(
  db: Database,
  args: { organizationId: string; createdBy: string; count: number },
) {
  if (args.count <= 0) {
    return {};
  }
  await db.execute(sql`
    insert into proposals (kind, organization_id, created_by, status, reference_number, fiscal_year, submitted_at, screening_due_on, due_on, title, summary, problem, solution)
    select 'free', ${args.organizationId}, ${args.createdBy},
      (array['submitted','routing','awaiting_department','dialogue','internal_review','declined'])[1 + g % 6],
      'KY-2026-B' || lpad(g::text, 6, '0'), 2026, now() - (g || ' minutes')::interval, date '2026-11-01' + (g % 60),
      -- As the workflow stores it: the current stage's due date while a clock runs, else none.
      case when g % 6 < 3 then date '2026-11-01' + (g % 60) end,
      (array['見守り','公園','救急','子育て','脱炭素','観光','防災','交通','教育','DX'])[1 + g % 10] || 'に関する提案 ' || g,
      '提案番号' || g || 'の概要です。地域の課題を解決します。',
      repeat((array['高齢者の見守り','公園の利活用','救急搬送','保育の担い手','再生可能エネルギー'])[1 + g % 5] || 'に課題があります。', 3),
      repeat('センサーとデータで解決します。', 3)
    from generate_series(1, ${args.count}) g`);
  await db.execute(sql`analyze proposals`);
  return { proposals: args.count };
}
