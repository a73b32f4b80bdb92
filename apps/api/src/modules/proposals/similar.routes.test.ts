import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createProposal, unique } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { SIMILAR_CANDIDATES_PER_REASON } from './proposals.repository';

const t = useTestApp();

describe('the duplicate radar', () => {
  it('finds proposals like this one, says why, and hides those the caller may not open', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const { db } = t();
    const tag = unique('');
    // The scenario's proposal is about watching over elderly people living alone (見守り).
    const sameWords = await createProposal(db, {
      status: 'completed',
      title: `一人暮らし高齢者の見守り実証 ${tag}`,
      summary: '高齢者の見守りにセンサーを使う提案です。',
      problem: '一人暮らしの高齢者の異変に気づくのが遅れています。',
      solution: 'センサーで異変を検知します。',
      fiscalYear: 2025,
      leadDepartmentId: s.departments.lead.id,
    });
    const elsewhere = await createProposal(db, {
      status: 'declined',
      title: `見守りと高齢者の買い物支援 ${tag}`,
      summary: '高齢者の見守りを兼ねた移動販売の提案です。',
      problem: '買い物に行けない高齢者が増えています。',
      solution: '移動販売車が地域を巡回します。',
      leadDepartmentId: null,
    });
    const sameOrganization = await createProposal(db, {
      status: 'submitted',
      organizationId: s.organization.id,
      title: `公園のキッチンカー ${tag}`,
      summary: '公園でキッチンカーを出店する提案です。',
      problem: '公園の利用者が少ないことが課題です。',
      solution: '週末にキッチンカーを出店します。',
    });
    const unrelated = await createProposal(db, {
      status: 'submitted',
      title: `港湾の物流効率化 ${tag}`,
      summary: 'コンテナ輸送の効率化を図る提案です。',
      problem: '港でのコンテナの待ち時間が長くなっています。',
      solution: '予約制のゲート管理を導入します。',
    });
    const draft = await createProposal(db, {
      status: 'draft',
      title: `高齢者の見守りの下書き ${tag}`,
    });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/similar`;

    const desk = (await as('coordinator', 'GET', url)).json().similar as Array<{
      id: string | null;
      title: string | null;
      status: string;
      reasons: { words: string[]; sameTheme: boolean; sameOrganization: boolean };
    }>;
    const byId = new Map(desk.map((x) => [x.id, x]));
    expect(byId.get(sameWords.id)).toMatchObject({
      status: 'completed',
      reasons: { words: expect.arrayContaining(['高齢者']), sameOrganization: false },
    });
    expect(byId.get(elsewhere.id)?.reasons.words).toContain('高齢者');
    expect(byId.get(sameOrganization.id)?.reasons).toMatchObject({ sameOrganization: true });
    expect(byId.has(unrelated.id)).toBe(false);
    expect(byId.has(draft.id)).toBe(false);
    expect(byId.has(s.proposal.id)).toBe(false);
    // Best first: more shared words before fewer.
    expect(desk[0]!.reasons.words.length).toBeGreaterThanOrEqual(desk.at(-1)!.reasons.words.length);

    // The lead department opens what it leads; the others are "another proposal".
    const lead = (await as('lead', 'GET', url)).json().similar as typeof desk;
    expect(lead.find((x) => x.id === sameWords.id)?.title).toContain('見守り実証');
    const hidden = lead.filter((x) => x.id === null);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((x) => x.title === null)).toBe(true);
    expect(JSON.stringify(lead)).not.toContain(elsewhere.title);

    for (const [role, status] of [
      ['proposer', 403],
      ['otherProposer', 404],
      ['otherDepartment', 404],
      ['anonymous', 401],
    ] as const) {
      expect((await as(role, 'GET', url)).statusCode, role).toBe(status);
    }
    // The proposal answer says who may open the radar, so the web never works it out again.
    const proposalUrl = `/api/proposals/${s.proposal.id}`;
    for (const [role, may] of [
      ['coordinator', true],
      ['lead', true],
      ['proposer', false],
    ] as const) {
      expect((await as(role, 'GET', proposalUrl)).json().proposal.can.readSimilar, role).toBe(may);
    }
  });

  it('still finds an old proposal like this one behind hundreds of newer ones sharing a common word', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const { db } = t();
    const old = await createProposal(db, {
      status: 'completed',
      title: s.proposal.title,
      summary: s.proposal.summary,
      submittedAt: new Date('2021-06-01T00:00:00Z'),
    });
    // More newer proposals with the two commonest words than the radar ranks for one word.
    const newer = SIMILAR_CANDIDATES_PER_REASON + 20;
    await db.execute(sql`insert into proposals (kind, organization_id, created_by, status, title, summary, submitted_at)
      select 'free', organization_id, created_by, 'submitted', '高齢者の見守り ' || g, '地域で高齢者を見守ります。', now() - g * interval '1 minute'
      from proposals, generate_series(1, ${newer}) g where id = ${old.id}`);
    const similar = (
      await requestAs(t(), s)('coordinator', 'GET', `/api/proposals/${s.proposal.id}/similar`)
    ).json().similar as Array<{ id: string; reasons: { words: string[] } }>;
    expect(similar.length).toBeLessThanOrEqual(10);
    // Ranked with the other copies of this text (earlier tests' proposals), above every newer one.
    const found = similar.find((x) => x.id === old.id);
    expect(found).toBeDefined();
    const most = Math.max(...similar.map((x) => x.reasons.words.length));
    expect(found!.reasons.words.length).toBe(most);
    expect(most).toBeGreaterThan(similar.at(-1)!.reasons.words.length);
  });
});
