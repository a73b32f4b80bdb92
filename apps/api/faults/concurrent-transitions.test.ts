/**
 * (d) Twenty desk members act on one proposal at the same instant, from the same version, with
 * different actions: exactly one wins, the others are told it changed (409), and the timeline has
 * one event.
 */
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { createProposal } from '../test/factories';
import { createFaultDatabase } from './support/databases';
import { seedCoordinator, TEST_PASSWORD } from './support/fixtures';
import { call, isAnswered, login } from './support/http';
import { startServer } from './support/server-process';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

describe('concurrent transitions (PostgreSQL)', () => {
  it('twenty at once from the same version: one winner, nineteen 409', async () => {
    const database = await createFaultDatabase('postgres');
    cleanups.push(() => database.drop());
    const seed = await database.open();
    cleanups.push(() => seed.close());
    const desk = await Promise.all(Array.from({ length: 4 }, () => seedCoordinator(seed.db)));
    const proposal = await createProposal(seed.db, { status: 'submitted' });

    const server = await startServer(database.env);
    cleanups.push(() => server.stop('SIGKILL'));
    const cookies = await Promise.all(desk.map((d) => login(server.url, d.email, TEST_PASSWORD)));
    const bodies = [
      { action: 'accept_for_routing', version: proposal.version },
      {
        action: 'request_info',
        version: proposal.version,
        reason: '予算の見込みを教えてください。',
      },
    ];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(`${server.url}/api/proposals/${proposal.id}/transitions`, {
          method: 'POST',
          cookie: cookies[i % cookies.length],
          body: bodies[i % bodies.length],
        }),
      ),
    );
    const statuses = answers.map((a) => (isAnswered(a) ? a.status : a.error));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const events = await queryRows<{ action: string }>(
      seed.db,
      sql`select action from proposal_events where proposal_id = ${proposal.id} and action is not null`,
    );
    expect(events).toHaveLength(1);
    const [row] = await queryRows<{ status: string; version: number }>(
      seed.db,
      sql`select status, version from proposals where id = ${proposal.id}`,
    );
    expect(row?.version).toBe(proposal.version + 1);
    expect(['routing', 'more_info_requested']).toContain(row?.status);
  });
});
