import { describe, expect, it } from 'vitest';
import { foldRoutingEvents } from './routing.report';
import { scoreDepartment, suggestDepartments, termsOf, WEIGHTS } from './routing.scoring';

const choju = {
  id: 'choju',
  mission: '高齢者が住み慣れた地域で安心して暮らせるよう、見守りや介護予防を進める。',
  keywords: ['高齢者', '見守り', '介護', '認知症'],
  history: [],
};
const koen = {
  id: 'koen',
  mission: '市内の公園の管理と利活用。',
  keywords: ['公園', '緑地', 'Park-PFI'],
  history: [],
};
const kotsu = {
  id: 'kotsu',
  mission: '公共交通と新たなモビリティの導入。',
  keywords: ['バス', 'モビリティ', 'MaaS'],
  history: ['高齢者の通院を支えるオンデマンド交通の実証'],
};

describe('termsOf', () => {
  it.each([
    ['高齢者の見守りにIoTセンサーを使う', ['高齢者', 'iot', 'センサー']],
    ['ＩｏＴ（全角）も半角に揃える', ['iot']],
    ['提案を実証します', []], // only words too common to tell departments apart
  ])('%s', (text, expected) => {
    expect(termsOf(text)).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) {
      expect(termsOf(text)).toEqual([]);
    }
  });
});

describe('scoreDepartment', () => {
  it.each([
    ['一人暮らし高齢者の見守り', choju, ['高齢者', '見守り'], 2 * WEIGHTS.keyword],
    ['公園でキッチンカー', koen, ['公園'], WEIGHTS.keyword],
    ['Park-PFIの活用', koen, ['park-pfi'], WEIGHTS.keyword],
    ['介護予防の体操教室', choju, ['介護', '予防'], WEIGHTS.keyword + WEIGHTS.missionWord],
    ['港湾の物流', choju, [], 0],
    ['都市計画', koen, [], 0],
  ])('%s → %s', (text, department, words, score) => {
    const result = scoreDepartment(text, department);
    expect(result.matchedWords).toEqual(expect.arrayContaining(words));
    expect(result.score).toBe(score);
  });

  it('counts words of proposals the department accepted before, but less', () => {
    const result = scoreDepartment('オンデマンドの送迎で通院を支援', kotsu);
    expect(result.matchedWords).toEqual(expect.arrayContaining(['オンデマンド', '通院']));
    expect(result.profileScore).toBe(0);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(WEIGHTS.historyCap);
  });
});

describe('suggestDepartments', () => {
  const departments = [choju, koen, kotsu];

  it('ranks free proposals by how well they match, best first, without departments that do not match', () => {
    const ranked = suggestDepartments({
      text: '公園で高齢者の見守りと介護予防の体操を行う',
      themeDepartmentId: null,
      departments,
    });
    expect(ranked.map((s) => s.departmentId)).toEqual(['choju', 'koen', 'kotsu']);
    expect(ranked[0]).toMatchObject({ reason: 'profile' });
    // Transport only shares a word (高齢者) with a proposal it accepted before.
    expect(ranked[2]).toMatchObject({ reason: 'history', matchedWords: ['高齢者'] });
    expect(ranked[2]!.score).toBeLessThan(ranked[1]!.score);
  });

  it('puts the theme’s own department first for a theme proposal', () => {
    const ranked = suggestDepartments({
      text: '公園で高齢者の見守り',
      themeDepartmentId: 'kotsu',
      departments,
    });
    expect(ranked[0]).toMatchObject({ departmentId: 'kotsu', reason: 'theme' });
    expect(ranked.map((s) => s.departmentId)).toEqual(['kotsu', 'choju', 'koen']);
  });

  it('says when a suggestion comes from earlier proposals', () => {
    const [top] = suggestDepartments({
      text: 'オンデマンドの送迎で通院',
      themeDepartmentId: null,
      departments,
    });
    expect(top).toMatchObject({ departmentId: 'kotsu', reason: 'history' });
  });
});

describe('foldRoutingEvents', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day));
  it('counts routing, returns and acceptances per department, with the days to accept', () => {
    const stats = foldRoutingEvents([
      {
        proposalId: 'p1',
        action: 'route',
        data: { leadDepartmentId: 'koen' },
        actorDepartmentId: 'desk',
        createdAt: at(2),
      },
      {
        proposalId: 'p1',
        action: 'return_assignment',
        data: { returnedBy: 'koen' },
        actorDepartmentId: 'koen',
        createdAt: at(4),
      },
      {
        proposalId: 'p1',
        action: 'route',
        data: { leadDepartmentId: 'choju' },
        actorDepartmentId: 'desk',
        createdAt: at(5),
      },
      {
        proposalId: 'p1',
        action: 'accept_assignment',
        data: {},
        actorDepartmentId: 'choju',
        createdAt: at(8),
      },
      {
        proposalId: 'p2',
        action: 'route',
        data: { leadDepartmentId: 'choju' },
        actorDepartmentId: 'desk',
        createdAt: at(10),
      },
    ]);
    expect(stats.get('koen')).toEqual({
      routedAsLead: 1,
      accepted: 0,
      returned: 1,
      daysToAccept: [],
    });
    expect(stats.get('choju')).toEqual({
      routedAsLead: 2,
      accepted: 1,
      returned: 0,
      daysToAccept: [3],
    });
  });
});
