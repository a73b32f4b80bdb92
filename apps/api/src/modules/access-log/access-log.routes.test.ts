import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createScenario, requestAs, SCENARIO_ROLES } from '../../../test/scenario';

const t = useTestApp();

describe('the confidential access log', () => {
  it('records each view and download of confidential content by city staff, and shows it to the proposer', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    const log = async (role: 'proposer' | 'coordinator') =>
      (await as(role, 'GET', `/api/proposals/${s.proposal.id}/access-log`)).json().entries;
    expect(await log('proposer')).toEqual([]);

    // The lead department reads the proposal and opens the confidential file.
    expect((await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).statusCode).toBe(200);
    const file = await as(
      'lead',
      'GET',
      `/api/proposals/${s.proposal.id}/attachments/${s.files.confidential}`,
    );
    expect(file.statusCode).toBe(200);
    // A file that is not confidential is not logged.
    await as('lead', 'GET', `/api/proposals/${s.proposal.id}/attachments/${s.files.public}`);
    // The proposer's own reading is not logged either.
    await as('proposer', 'GET', `/api/proposals/${s.proposal.id}`);

    const entries = await log('proposer');
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: 'sections',
          sections: ['solution', 'kpis'],
          fileName: null,
          user: {
            name: null,
            role: 'department',
            department: { id: s.departments.lead.id, name: expect.any(Object) },
          },
        }),
        expect.objectContaining({
          resource: 'attachment',
          fileName: expect.stringContaining(s.fileMarker),
          user: expect.objectContaining({ name: null, role: 'department' }),
        }),
      ]),
    );
    // The proposer never sees a civil servant's name; the desk does.
    expect(JSON.stringify(entries)).not.toContain(s.users.lead.name);
    const deskView = await log('coordinator');
    expect(
      deskView.every((e: { user: { name: string } }) => e.user.name === s.users.lead.name),
    ).toBe(true);
    // Newest first.
    expect(entries[0].at >= entries[1].at).toBe(true);
  });

  it('records nothing for a department before the NDA, which sees no confidential content', async () => {
    const s = await createScenario(t(), { status: 'nda' });
    const as = requestAs(t(), s);
    const seen = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(seen.redactedSections).toEqual(['solution', 'kpis']);
    const blocked = await as(
      'lead',
      'GET',
      `/api/proposals/${s.proposal.id}/attachments/${s.files.confidential}`,
    );
    expect(blocked.statusCode).toBe(403);
    const entries = (
      await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/access-log`)
    ).json().entries;
    expect(entries).toEqual([]);
  });

  it('records the co-creation desk’s first-check reading too', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    await as('coordinator', 'GET', `/api/proposals/${s.proposal.id}`);
    const entries = (
      await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/access-log`)
    ).json().entries;
    expect(entries).toEqual([
      expect.objectContaining({
        resource: 'sections',
        user: expect.objectContaining({ role: 'coordinator', name: null }),
      }),
    ]);
  });

  it('is for the proposer’s organisation and the desk only', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/access-log`;
    const outcomes = Object.fromEntries(
      await Promise.all(
        SCENARIO_ROLES.map(async (role) => [role, (await as(role, 'GET', url)).statusCode]),
      ),
    );
    expect(outcomes).toEqual({
      proposer: 200,
      otherProposer: 404,
      coordinator: 200,
      lead: 403,
      supporting: 403,
      otherDepartment: 404,
      admin: 404,
      anonymous: 401,
    });
  });
});
