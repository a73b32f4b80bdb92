/**
 * The coordinators' daily digest: every business morning, the proposals whose stage is overdue
 * or due within two business days, by e-mail to each coordinator. Sent once a day whatever the
 * number of API processes (the day is claimed in `job_runs`, in the same transaction).
 */
import { staffStatusLabel } from '@kyoso/contracts/workflow-text';
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { DUE_SOON_BUSINESS_DAYS } from '@kyoso/contracts/proposals';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { findProposalsDueBetween } from '../proposals/proposals.repository';
import type { AppContext } from '../../app-context';
import { coordinators } from '../users/users.repository';
import { claimDailyRun } from './jobs.repository';

export const DIGEST_JOB = 'coordinator_digest';
/** Longer lists are cut; the counts in the e-mail stay exact. */
const MAX_LISTED = 100;

export type DigestResult =
  | { sent: false; reason: 'already_sent' }
  | { sent: true; overdue: number; dueSoon: number; recipients: number };

export async function sendCoordinatorDigest(args: {
  ctx: AppContext;
  today: string;
}): Promise<DigestResult> {
  const { ctx, today } = args;
  const soon = addBusinessDays(today, DUE_SOON_BUSINESS_DAYS);
  const result = await ctx.db.transaction(async (tx): Promise<DigestResult> => {
    if (!(await claimDailyRun(tx, DIGEST_JOB, today))) {
      return { sent: false, reason: 'already_sent' };
    }
    // One after the other: a transaction's statements share its one connection.
    const overdue = await findProposalsDueBetween(tx, { before: today });
    const dueSoon = await findProposalsDueBetween(tx, { from: today, to: soon });
    const item = (p: (typeof overdue)[number]) => ({
      referenceNumber: p.referenceNumber,
      title: p.title,
      dueOn: p.dueOn ?? '',
      status: staffStatusLabel(p.status),
      link: appLink(ctx.config, `/proposals/${p.id}`),
    });
    // Those who turned the digests off (account page) receive none.
    const recipients =
      overdue.length + dueSoon.length > 0
        ? (await coordinators(tx)).filter((c) => !c.digestOptOut)
        : [];
    for (const c of recipients) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: c.email,
        language: c.language,
        template: 'coordinator_digest',
        data: {
          name: c.name,
          date: today,
          overdueCount: overdue.length,
          dueSoonCount: dueSoon.length,
          overdue: overdue.slice(0, MAX_LISTED).map(item),
          dueSoon: dueSoon.slice(0, MAX_LISTED).map(item),
          inboxLink: appLink(ctx.config, '/inbox', { due: 'overdue' }),
        },
      });
    }
    return {
      sent: true,
      overdue: overdue.length,
      dueSoon: dueSoon.length,
      recipients: recipients.length,
    };
  });
  ctx.wakeOutbox();
  return result;
}
