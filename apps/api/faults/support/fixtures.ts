/**
 * The rows a fault test starts from, written with the API tests' factories before a server
 * starts: people who log in through the API with TEST_PASSWORD, and complete drafts.
 */
import type { Executor } from '../../src/db/client';
import {
  createOrganization,
  createProposal,
  createUser,
  TEST_PASSWORD,
  unique,
} from '../../test/factories';

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
