import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';

const t = useTestApp();

const record = (round: 1 | 2, extra: Record<string, unknown> = {}) => ({
  round,
  heldOn: round === 1 ? '2026-12-03' : '2027-01-14',
  cityAttendees: '長寿社会対策課 係長、担当',
  proposerAttendees: '代表取締役、開発責任者',
  minutes:
    round === 1
      ? '目的（孤立死の防止）と提供価値、市と事業者の役割分担、実証後のビジネスモデルを確認した。'
      : '個人情報保護条例との関係、機器故障時のリスク分担、KPI（通知までの時間30分以内）を確認した。',
  actionItems: [
    {
      description: '民生委員への説明資料を作る',
      ownerSide: 'proposer',
      ownerName: '開発責任者',
      dueOn: '2027-01-10',
    },
    {
      description: '個人情報保護担当課に相談する',
      ownerSide: 'city',
      ownerName: '担当係長',
      dueOn: null,
    },
  ],
  ...extra,
});

describe('dialogue records (STEP 3)', () => {
  it('are written by the lead department, ① before ②, and the proposer confirms or comments', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/dialogues`;

    const tooEarly = await as('lead', 'POST', url, record(2));
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.code).toBe('dialogues.round_1_first');
    expect((await as('supporting', 'POST', url, record(1))).statusCode).toBe(403);
    expect((await as('proposer', 'POST', url, record(1))).statusCode).toBe(403);

    const first = await as('lead', 'POST', url, record(1));
    expect(first.statusCode).toBe(201);
    const dialogue = first.json().dialogue;
    expect(dialogue).toMatchObject({
      round: 1,
      heldOn: '2026-12-03',
      confirmedAt: null,
      actionItems: [
        {
          description: '民生委員への説明資料を作る',
          ownerSide: 'proposer',
          done: false,
          dueOn: '2027-01-10',
        },
        {
          description: '個人情報保護担当課に相談する',
          ownerSide: 'city',
          done: false,
          dueOn: null,
        },
      ],
    });
    const mail = (await mailsTo(t().db, s.users.proposer.email)).at(-1)!;
    expect(mail.template).toBe('dialogue_recorded');
    expect(mail.subject).toContain('対話①');
    expect(mail.textBody).toContain(`/proposals/${s.proposal.id}?tab=dialogues`);

    // The proposer reads, ticks their item, comments, confirms.
    const seen = (await as('proposer', 'GET', url)).json().dialogues;
    expect(seen).toHaveLength(1);
    const item = seen[0].actionItems[0].id;
    const ticked = await as('proposer', 'PATCH', `${url}/${dialogue.id}/action-items/${item}`, {
      done: true,
    });
    expect(ticked.json().dialogue.actionItems[0].done).toBe(true);
    const commented = await as('proposer', 'POST', `${url}/${dialogue.id}/comments`, {
      body: '役割分担の2点目は「当社が設置まで行う」に修正をお願いします。',
    });
    expect(commented.statusCode).toBe(201);
    expect((await mailsTo(t().db, s.users.lead.email)).at(-1)!.textBody).toContain('設置まで行う');

    // The department corrects the minutes; done items stay done.
    const corrected = await as(
      'lead',
      'PUT',
      `${url}/${dialogue.id}`,
      record(1, { minutes: '目的と価値、役割分担（設置は事業者）、ビジネスモデルを確認した。' }),
    );
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().dialogue.minutes).toContain('設置は事業者');
    expect(corrected.json().dialogue.actionItems[0].done).toBe(true);

    const confirmed = await as('proposer', 'POST', `${url}/${dialogue.id}/confirm`);
    expect(confirmed.json().dialogue.confirmedAt).toEqual(expect.any(String));
    const locked = await as('lead', 'PUT', `${url}/${dialogue.id}`, record(1));
    expect(locked.json().error.code).toBe('dialogues.confirmed');

    // The proposer sees the department's comments without a name.
    await as('lead', 'POST', `${url}/${dialogue.id}/comments`, { body: '修正しました。' });
    const comments = (await as('proposer', 'GET', url)).json().dialogues[0].comments;
    expect(
      comments.map((c: { side: string; author: string | null }) => [c.side, c.author]),
    ).toEqual([
      ['proposer', s.users.proposer.name],
      ['city', null],
    ]);

    // ② is now possible, and with it the internal review.
    expect((await as('lead', 'POST', url, record(2))).statusCode).toBe(201);
    const proposal = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(proposal.allowedActions).toContain('send_to_review');
  });

  it('can only be written while the proposal is in dialogue', async () => {
    const s = await createScenario(t(), { status: 'nda' });
    const res = await requestAs(t(), s)(
      'lead',
      'POST',
      `/api/proposals/${s.proposal.id}/dialogues`,
      record(1),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('dialogues.not_in_dialogue');
  });

  it('are invisible to those outside the proposal', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/dialogues`;
    const created = (await as('lead', 'POST', url, record(1))).json().dialogue;
    for (const role of ['otherProposer', 'otherDepartment', 'admin'] as const) {
      expect((await as(role, 'GET', url)).statusCode, role).toBe(404);
      expect((await as(role, 'POST', `${url}/${created.id}/confirm`)).statusCode, role).toBe(404);
    }
    // Supporting departments and the desk read but do not confirm.
    expect((await as('supporting', 'GET', url)).statusCode).toBe(200);
    expect((await as('coordinator', 'POST', `${url}/${created.id}/confirm`)).statusCode).toBe(403);
  });
});
