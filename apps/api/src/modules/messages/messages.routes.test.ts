import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { mailsTo } from '../../../test/factories';
import { exeBytes, multipart, pdfBytes } from '../../../test/files';
import { createScenario, requestAs, SCENARIO_ROLES } from '../../../test/scenario';

const t = useTestApp();

describe('messages between the city and the proposer', () => {
  it('go both ways, each e-mailed to the other side, and the proposer sees the department, never a name', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/messages`;

    const question = await as('lead', 'POST', url, {
      body: '実証に使うセンサーの電源はどのように確保しますか。',
    });
    expect(question.statusCode).toBe(201);
    const toProposer = await mailsTo(t().db, s.users.proposer.email);
    expect(toProposer.map((m) => m.template)).toEqual(['message_received']);
    expect(toProposer[0]!.textBody).toContain(s.departments.lead.nameJa);
    expect(toProposer[0]!.textBody).toContain('電源はどのように確保');
    expect(toProposer[0]!.textBody).not.toContain(s.users.lead.name);
    // The English-speaking colleague reads it in English.
    expect((await mailsTo(t().db, s.users.colleague.email))[0]!.subject).toContain('New message');

    // The proposer answers on the portal, with a file.
    const form = multipart(
      { name: '電源計画.pdf', bytes: pdfBytes('power plan') },
      { body: '乾電池式で、交換は当社が月1回行います。' },
    );
    const answer = await t().app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookies.proposer!, ...form.headers },
      payload: form.payload,
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json().message).toMatchObject({
      side: 'proposer',
      attachments: [{ fileName: '電源計画.pdf', kind: 'pdf', confidential: false }],
    });
    const toLead = await mailsTo(t().db, s.users.lead.email);
    expect(toLead.map((m) => m.template)).toEqual(['message_received']);
    expect(toLead[0]!.textBody).toContain(s.organization.name);
    // Supporting departments are not disturbed: one voice to the proposer, one inbox for replies.
    expect(await mailsTo(t().db, s.users.supporting.email)).toEqual([]);

    const thread = (await as('proposer', 'GET', url)).json().messages;
    expect(thread.map((m: { side: string }) => m.side)).toEqual(['city', 'proposer']);
    expect(thread[0].author).toEqual({
      name: null,
      department: { id: s.departments.lead.id, name: expect.any(Object) },
    });
    const staffThread = (await as('supporting', 'GET', url)).json().messages;
    expect(staffThread[0].author.name).toBe(s.users.lead.name);

    // The file opens for both sides, and is not one of the proposal's own files.
    const fileId = answer.json().message.attachments[0].id;
    const download = await as(
      'lead',
      'GET',
      `/api/proposals/${s.proposal.id}/attachments/${fileId}`,
    );
    expect(download.statusCode).toBe(200);
    const own = (await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/attachments`)).json()
      .attachments;
    expect(own.map((a: { id: string }) => a.id)).not.toContain(fileId);
  });

  it('are read by everyone in charge but written only by the proposer, the desk and the lead department', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/messages`;
    const outcomes: Record<string, [number, number]> = {};
    for (const role of SCENARIO_ROLES) {
      outcomes[role] = [
        (await as(role, 'GET', url)).statusCode,
        (await as(role, 'POST', url, { body: 'よろしくお願いします。' })).statusCode,
      ];
    }
    expect(outcomes).toEqual({
      proposer: [200, 201],
      otherProposer: [404, 404],
      coordinator: [200, 201],
      lead: [200, 201],
      supporting: [200, 403],
      otherDepartment: [404, 404],
      admin: [404, 404],
      anonymous: [401, 401],
    });
  });

  it('refuses an empty message and a file that is not a document', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/messages`;
    const empty = await as('proposer', 'POST', url, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('body');
    const form = multipart({ name: 'setup.pdf', bytes: exeBytes() }, { body: 'ご確認ください。' });
    const bad = await t().app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookies.proposer!, ...form.headers },
      payload: form.payload,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('attachments.unsupported_type');
    expect((await as('proposer', 'GET', url)).json().messages).toEqual([]);
  });

  it('before a department is in charge, reach the co-creation desk', async () => {
    const s = await createScenario(t(), { status: 'more_info_requested' });
    const res = await requestAs(t(), s)(
      'proposer',
      'POST',
      `/api/proposals/${s.proposal.id}/messages`,
      {
        body: '追加資料は来週お送りします。',
      },
    );
    expect(res.statusCode).toBe(201);
    expect((await mailsTo(t().db, s.users.coordinator.email)).map((m) => m.template)).toEqual([
      'message_received',
    ]);
  });
});
