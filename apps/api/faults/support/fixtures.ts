/**
 * The rows a fault test starts from, written with the API tests' factories before a server
 * starts: people who log in through the API with TEST_PASSWORD, and complete drafts.
 */
import type { ParsedMail } from 'mailparser';
import type { Executor } from '../../src/db/client';
import {
  createOrganization,
  createProposal,
  createUser,
  TEST_PASSWORD,
  unique,
} from '../../test/factories';
import { call, isAnswered, type Answer } from './http';

export { TEST_PASSWORD };

export type Draft = { id: string; version: number };

/** A proposer (and their organisation) with `drafts` drafts ready to submit. */
export async function seedProposer(db: Executor, drafts = 0) {
  const org = await createOrganization(db);
  const email = `${unique('proposer')}@example.test`;
  const user = await createUser(db, { role: 'proposer', organizationId: org.id, email });
  const made: Draft[] = [];
  for (let i = 0; i < drafts; i += 1) {
    const p = await createProposal(db, {
      organizationId: org.id,
      createdBy: user.id,
      status: 'draft',
      referenceNumber: null,
      submittedAt: null,
      fiscalYear: null,
      screeningDueOn: null,
      title: `障害試験の提案 ${i + 1}`,
    });
    made.push({ id: p.id, version: p.version });
  }
  return { user, email, org, drafts: made };
}

/** A coordinator of the co-creation desk. */
export async function seedCoordinator(db: Executor) {
  const email = `${unique('desk')}@example.test`;
  const user = await createUser(db, { role: 'coordinator', email });
  return { user, email };
}

/** Submits a draft with an Idempotency-Key derived from its id (a retry uses the same key). */
export function submitDraft(baseUrl: string, cookie: string, draft: Draft) {
  return call(`${baseUrl}/api/proposals/${draft.id}/transitions`, {
    method: 'POST',
    cookie,
    headers: { 'idempotency-key': `submit-${draft.id}` },
    body: { action: 'submit', version: draft.version },
  });
}

/** The reference number in a successful submission's answer. */
export function referenceOf(answer: Answer): string | null {
  if (!isAnswered(answer) || answer.status !== 200) {
    return null;
  }
  return (JSON.parse(answer.body) as { proposal: { referenceNumber: string | null } }).proposal
    .referenceNumber;
}

/** The receipts (`proposal_received`) the SMTP server got for a proposal: its link is in them. */
export function receiptsOf(received: ParsedMail[], proposalId: string): ParsedMail[] {
  return received.filter((m) => (m.text ?? '').includes(`/proposals/${proposalId}`));
}
