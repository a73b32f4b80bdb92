import { proposalListQuerySchema } from '@kyoso/contracts/proposals';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database';
import { createDepartment, createProposal, createUser } from '../../../test/factories';
import type { DatabaseHandle } from '../../db/client';
import { findInbox, inboxQueries, type InboxScope } from './inbox.repository';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("the inbox's statements, prepared once per shape of filter", () => {
  it('answer every combination of filters as the statement built for it would, one after another', async () => {
    const { db } = database;
    const department = await createDepartment(db);
    const coordinator = await createUser(db, { role: 'coordinator' });
    await createProposal(db, { status: 'submitted', assignedCoordinatorId: coordinator.id });
    await createProposal(db, { status: 'submitted', dueOn: '2026-11-01' });
    await createProposal(db, {
      status: 'dialogue',
      leadDepartmentId: department.id,
      title: '公園のキッチンカー KY',
      calendarAssessment: { flag: { severity: 'warning', code: 'after_cutoff' } },
    } as never);
    const scopes: InboxScope[] = [
      { kind: 'all' },
      { kind: 'department', departmentId: department.id },
    ];
    // Pairs that differ only by a choice that binds no value come one after the other, so that a
    // statement prepared for one would be used for the other if the shape missed the choice.
    const filters: Array<Record<string, string>> = [
      {},
      { unassigned: 'true' },
      { assignedToMe: 'true' },
      { calendarFlag: 'any' },
      { calendarFlag: 'warning' },
      { overdue: 'true' },
      { due: 'due_soon' },
      { q: '公園' },
      { q: '園' },
      { q: '00042' },
      { q: 'KY-2026-00042' },
      { q: 'キッチンカー', step: '3' },
      { status: 'submitted', kind: 'free' },
      { sort: 'submitted' },
      { sort: 'updated', page: '2', pageSize: '1' },
      { departmentId: department.id },
    ];
    for (const scope of scopes) {
      for (const filter of filters) {
        const query = proposalListQuerySchema.parse({ scope: 'inbox', ...filter });
        const args = { scope, query, today: '2026-11-20', actorId: coordinator.id };
        const found = await findInbox(db, { ...args, verify: true });
        const plain = inboxQueries(db, args);
        const rows = await plain.page;
        const [counted] = await plain.count;
        expect(
          found.rows.map((r) => r.proposal.id),
          JSON.stringify(filter),
        ).toEqual(rows.map((r) => r.proposal.id));
        expect(found.total).toBe(counted!.n);
      }
    }
    // The same statements again, in another order: nothing left over from a previous shape.
    for (const filter of [...filters].reverse()) {
      const query = proposalListQuerySchema.parse({ scope: 'inbox', ...filter });
      await findInbox(db, {
        scope: { kind: 'all' },
        query,
        today: '2026-11-21',
        actorId: coordinator.id,
        verify: true,
      });
    }
  });
});
