/**
 * The daily job of themes (課題設定型): a proposer's draft on a theme that closes within
 * `THEME_CLOSING_WARNING_BUSINESS_DAYS` business days is warned once (claimed in `job_runs` under
 * the draft and the close date, so a second run or process sends nothing twice), with the offer
 * to continue as a free proposal.
 */
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { THEME_CLOSING_WARNING_BUSINESS_DAYS } from '@kyoso/contracts/theme-constants';
import type { AppContext } from '../../app-context';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { findDraftsOnThemes } from '../proposals/proposals.repository';
import { findThemesClosingBetween } from '../themes/themes.repository';
import { organizationRecipients } from '../users/users.repository';
import { claimDailyRun } from './jobs.repository';

/** Warns the drafts on themes closing soon; returns how many drafts were warned. */
export async function runThemeJobs(args: { ctx: AppContext; today: string }): Promise<number> {
  const { ctx, today } = args;
  const until = addBusinessDays(today, THEME_CLOSING_WARNING_BUSINESS_DAYS);
  const themes = await findThemesClosingBetween(ctx.db, today, until);
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  let warned = 0;
  for (const draft of await findDraftsOnThemes(ctx.db, [...byId.keys()])) {
    const theme = draft.themeId ? byId.get(draft.themeId) : undefined;
    if (!theme?.closesOn) {
      continue;
    }
    const closesOn = theme.closesOn;
    await ctx.db.transaction(async (tx) => {
      if (!(await claimDailyRun(tx, `theme_closing:${draft.id}`, closesOn))) {
        return;
      }
      for (const member of await organizationRecipients(tx, draft.organizationId)) {
        await enqueueEmail({
          tx,
          config: ctx.config,
          to: member.email,
          language: member.language,
          template: 'theme_closing_draft',
          data: {
            name: member.name,
            title: draft.title,
            themeTitle: theme.title,
            closesOn,
            link: appLink(ctx.config, `/proposals/${draft.id}/edit`),
            freeLink: appLink(ctx.config, '/proposals/new'),
          },
        });
      }
      warned += 1;
    });
  }
  ctx.wakeOutbox();
  return warned;
}
