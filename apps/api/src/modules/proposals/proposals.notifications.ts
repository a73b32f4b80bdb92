/**
 * E-mails about a STEP record, to one side of the case: the proposer's organisation or the lead
 * department's staff. The headline is the timeline's own words for the event, so that the
 * e-mail and the timeline say the same thing; the record adds what to do next, a notice and the
 * text the reader needs (a question, an answer). Sent through the outbox in the caller's
 * transaction, never to the person who acted.
 */
import type { LocalizedText } from '@kyoso/i18n/languages';
import type { AppContext } from '../../app-context';
import type { Executor } from '../../db/client';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { Actor } from '../users/actor';
import { departmentStaff, organizationRecipients } from '../users/users.repository';
import type { CaseAccess, CaseEvent } from './proposals.case';

export type CaseSide = 'proposer' | 'lead_department';

export async function notifyCase(args: {
  ctx: AppContext;
  tx: Executor;
  access: CaseAccess;
  /** Who acted (not e-mailed about their own act). */
  actor: Pick<Actor, 'id' | 'email'> | null;
  to: CaseSide;
  event: CaseEvent;
  next?: LocalizedText | null;
  notice?: LocalizedText | null;
  quote?: { label: LocalizedText; text: string } | null;
  /** The tab of the case page the link opens. */
  tab?: string;
}) {
  const { ctx, tx, access, actor, to, event } = args;
  const headline = ctx.cases.eventWords(event);
  if (!headline) {
    throw new Error(`No words for the timeline event ${event.type}`);
  }
  const p = access.proposal;
  const recipients =
    to === 'proposer'
      ? await organizationRecipients(tx, p.organizationId)
      : p.leadDepartmentId
        ? await departmentStaff(tx, [p.leadDepartmentId])
        : [];
  for (const recipient of recipients) {
    if (actor && recipient.email === actor.email) {
      continue;
    }
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: recipient.email,
      language: recipient.language,
      template: 'case_update',
      data: {
        name: recipient.name,
        referenceNumber: p.referenceNumber,
        title: p.title,
        headline,
        next: args.next ?? null,
        notice: args.notice ?? null,
        quote: args.quote ?? null,
        link: appLink(ctx.config, `/proposals/${p.id}`, args.tab ? { tab: args.tab } : {}),
      },
    });
  }
}
