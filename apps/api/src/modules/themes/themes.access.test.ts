/**
 * Access to the theme routes of issue #10: each route × the eight kinds of caller (the theme's
 * own department is `lead`; `supporting` and `otherDepartment` are other departments), with the
 * exact status each must get, in each status of the theme.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeStatus } from '@kyoso/contracts/theme-constants';
import { useTestApp } from '../../../test/build-app';
import { createDepartment, createTheme, createUser, loginCookie } from '../../../test/factories';
import { SCENARIO_ROLES, type ScenarioRole } from '../../../test/scenario';
import { insertThemeQuestion } from './themes.repository';

const t = useTestApp();

type Expect = Record<ScenarioRole, number>;
type Fixture = { themeId: string; questionId: string };
type Route = {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: (f: Fixture) => string;
  body?: unknown;
  expect: Expect;
};

const everyone = (status: number): Expect =>
  Object.fromEntries(SCENARIO_ROLES.map((role) => [role, status])) as Expect;
/** The theme's department, the desk and administrators manage; everyone else gets 404. */
const managed = (inCharge: Partial<Expect>): Expect => ({
  ...everyone(404),
  coordinator: 403,
  admin: 403,
  lead: 403,
  anonymous: 401,
  ...inCharge,
});

const draftBody = {
  title: '公園の見守りと利活用',
  summary: '公園の利用状況を把握し、安全で使いやすい公園にするテーマです。',
  policyArea: 'urban',
  background: '市内の公園の多くが整備から30年を過ぎています。',
  problem: '夜間の公園で不安を感じる市民が増えています。',
  whoIsAffected: '公園の近くに住む高齢者と子育て世帯',
  evidence: '令和6年度の市民意識調査で「夜の公園が不安」と答えた人が42%でした。',
  outcomeWanted: '夜間の不安を感じる市民の割合を半分にすること。',
  resources: [{ kind: 'test_field', description: '市内3か所の公園を実証の場として使えます。' }],
  budget: 'none',
  contactDepartmentId: null,
  opensOn: '2026-12-01',
  closesOn: '2027-01-29',
  titleEn: null,
  summaryEn: null,
  textEn: null,
};
const id = (path: string) => (f: Fixture) => `/api/themes/${f.themeId}${path}`;

const STAGES: Array<{ status: ThemeStatus; routes: Route[] }> = [
  {
    status: 'draft',
    routes: [
      {
        name: 'public theme',
        method: 'GET',
        url: id(''),
        expect: { ...everyone(404), admin: 200 },
      },
      {
        name: 'managed theme',
        method: 'GET',
        url: id('/manage'),
        expect: managed({ lead: 200, coordinator: 200, admin: 200 }),
      },
      {
        name: 'managed list',
        method: 'GET',
        url: () => '/api/themes/manage',
        expect: {
          ...everyone(200),
          proposer: 403,
          otherProposer: 403,
          anonymous: 401,
        },
      },
      {
        name: 'new draft',
        method: 'POST',
        url: () => '/api/themes/drafts',
        body: draftBody,
        expect: {
          ...everyone(201),
          proposer: 403,
          otherProposer: 403,
          coordinator: 403,
          admin: 403,
          anonymous: 401,
        },
      },
      {
        name: 'edit draft',
        method: 'PUT',
        url: id('/draft'),
        body: draftBody,
        expect: managed({ lead: 200 }),
      },
      { name: 'submit', method: 'POST', url: id('/submit'), expect: managed({ lead: 200 }) },
      {
        name: 'publish a draft',
        method: 'POST',
        url: id('/publish'),
        expect: managed({ lead: 409, coordinator: 409, admin: 409 }),
      },
    ],
  },
  {
    status: 'in_review',
    routes: [
      {
        name: 'publish',
        method: 'POST',
        url: id('/publish'),
        expect: managed({ coordinator: 200 }),
      },
      {
        name: 'send back',
        method: 'POST',
        url: id('/send-back'),
        body: { comment: '根拠の出典を書いてください。' },
        expect: managed({ coordinator: 200 }),
      },
      {
        name: 'edit under review',
        method: 'PUT',
        url: id('/draft'),
        body: draftBody,
        expect: managed({ lead: 409 }),
      },
    ],
  },
  {
    status: 'published',
    routes: [
      { name: 'public theme', method: 'GET', url: id(''), expect: everyone(200) },
      {
        name: 'amend',
        method: 'POST',
        url: id('/amendments'),
        body: { text: '実証に使える公園を増やしました。' },
        expect: managed({ lead: 201 }),
      },
      {
        name: 'close early',
        method: 'POST',
        url: id('/close'),
        body: { reason: '予算が確保できなくなったため。' },
        expect: managed({ lead: 200 }),
      },
      {
        name: 'ask',
        method: 'POST',
        url: id('/questions'),
        body: { question: '夜間の照明を変えることはできますか。' },
        expect: { ...everyone(403), proposer: 201, otherProposer: 201, anonymous: 401 },
      },
      {
        name: 'answer',
        method: 'POST',
        url: (f) => `/api/themes/${f.themeId}/questions/${f.questionId}/answer`,
        body: { answer: '調整のうえ変更できます。' },
        expect: managed({ lead: 200 }),
      },
    ],
  },
];

describe.each(STAGES)('the theme routes on a $status theme', ({ status, routes }) => {
  it(`answer each of the ${SCENARIO_ROLES.length} callers exactly as specified`, async () => {
    const { app, ctx, db } = t();
    const own = await createDepartment(db);
    const users: Record<
      Exclude<ScenarioRole, 'anonymous'>,
      Awaited<ReturnType<typeof createUser>>
    > = {
      proposer: await createUser(db, { role: 'proposer' }),
      otherProposer: await createUser(db, { role: 'proposer' }),
      coordinator: await createUser(db, { role: 'coordinator' }),
      lead: await createUser(db, { role: 'department', departmentId: own.id }),
      supporting: await createUser(db, { role: 'department' }),
      otherDepartment: await createUser(db, { role: 'department' }),
      admin: await createUser(db, { role: 'admin' }),
    };
    const cookies: Partial<Record<ScenarioRole, string>> = {};
    for (const [role, user] of Object.entries(users)) {
      cookies[role as ScenarioRole] = await loginCookie(app, ctx, user);
    }
    async function fixture(): Promise<Fixture> {
      const theme = await createTheme(db, {
        departmentId: own.id,
        status,
        closesOn: '2099-12-31',
      });
      const question = await insertThemeQuestion(db, {
        themeId: theme.id,
        askedBy: users.proposer.id,
        question: '実証の期間はどのくらいですか。',
      });
      return { themeId: theme.id, questionId: question.id };
    }
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const role of SCENARIO_ROLES) {
        // A fresh theme for every call: a change by one caller never decides another's answer.
        const f = await fixture();
        const cookie = cookies[role];
        const res = await app.inject({
          method: route.method,
          url: route.url(f),
          headers: cookie ? { cookie } : {},
          ...(route.body === undefined ? {} : { payload: route.body as Record<string, unknown> }),
        });
        if (res.statusCode !== route.expect[role]) {
          mismatches.push(
            `${route.name} × ${role}: expected ${route.expect[role]}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
        }
        if (res.body.includes(users.proposer.email) || res.body.includes(users.proposer.name)) {
          mismatches.push(`${route.name} × ${role}: the asker is named`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
