import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { completeProposalFields, decisionInput } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';

const t = useTestApp();

describe('resubmitting a declined proposal', () => {
  it('starts a prefilled draft linked to the old one, and the desk sees the history', async () => {
    const s = await createScenario(t(), { status: 'internal_review', nda: 'in_effect' });
    const as = requestAs(t(), s);
    const old = `/api/proposals/${s.proposal.id}`;
    const version = async () => (await as('lead', 'GET', old)).json().proposal.version;

    expect((await as('proposer', 'POST', `${old}/resubmit`)).json().error.code).toBe(
      'proposals.not_resubmittable',
    );
    const reasons = {
      declineReasonCodes: ['fiscal_burden', 'legal_conflict'] as (
        'fiscal_burden' | 'legal_conflict'
      )[],
      declineReason: '市の新たな負担が大きく、道路占用の許可も見込めないため。',
    };
    await as('lead', 'PUT', `${old}/decision`, decisionInput('decline', reasons));
    const declined = await as('lead', 'POST', `${old}/transitions`, {
      action: 'decline',
      reasonCodes: reasons.declineReasonCodes,
      reason: reasons.declineReason,
      version: await version(),
    });
    expect(declined.statusCode).toBe(200);
    const seen = (await as('proposer', 'GET', old)).json().proposal;
    expect(seen.can.resubmit).toBe(true);
    expect(seen.decision.declineReasonCodes).toEqual(['fiscal_burden', 'legal_conflict']);

    for (const [role, status] of [
      ['lead', 403],
      ['coordinator', 403],
      ['otherProposer', 404],
      ['anonymous', 401],
    ] as const) {
      expect((await as(role, 'POST', `${old}/resubmit`)).statusCode, role).toBe(status);
    }
    const started = await as('proposer', 'POST', `${old}/resubmit`);
    expect(started.statusCode).toBe(201);
    const draft = started.json().proposal;
    expect(draft).toMatchObject({
      status: 'draft',
      title: s.proposal.title,
      previous: {
        id: s.proposal.id,
        referenceNumber: s.proposal.referenceNumber,
        declineReasonCodes: ['fiscal_burden', 'legal_conflict'],
        declineReason: reasons.declineReason,
      },
    });
    expect(draft.solution).toBe(s.proposal.solution);
    // Only once: the declined proposal now points to its successor.
    expect((await as('proposer', 'POST', `${old}/resubmit`)).json().error.code).toBe(
      'proposals.not_resubmittable',
    );
    const after = (await as('proposer', 'GET', old)).json().proposal;
    expect(after).toMatchObject({ can: { resubmit: false }, resubmittedAs: { id: draft.id } });

    // Submitted, the new proposal shows the desk where it comes from.
    const url = `/api/proposals/${draft.id}`;
    const { kpis: _k, ...fields } = completeProposalFields();
    await as('proposer', 'PATCH', url, { ...fields, kpis: [{ name: '搬送件数', target: '半減' }] });
    const submitted = await as('proposer', 'POST', `${url}/transitions`, {
      action: 'submit',
      version: (await as('proposer', 'GET', url)).json().proposal.version,
    });
    expect(submitted.statusCode).toBe(200);
    const desk = (await as('coordinator', 'GET', url)).json().proposal;
    expect(desk.previous).toMatchObject({
      referenceNumber: s.proposal.referenceNumber,
      declineReason: reasons.declineReason,
    });
    const titles = (await as('coordinator', 'GET', `${url}/events`))
      .json()
      .events.map((e: { title: { ja: string } }) => e.title.ja);
    expect(titles).toContain(
      `不採択となった提案 ${s.proposal.referenceNumber} をもとに再提案されました`,
    );
  });
});
