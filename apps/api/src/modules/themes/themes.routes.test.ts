import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createTheme,
  createUser,
  loginCookie,
  unique,
} from '../../../test/factories';

const t = useTestApp();

describe('themes (課題設定型)', () => {
  it('finds 「高齢者見守りサービス」 when searching 「見守り」, and only published themes', async () => {
    const { app, db } = t();
    const tag = unique('tag');
    const match = await createTheme(db, { title: `高齢者見守りサービスの高度化 ${tag}` });
    await createTheme(db, { title: `公園の利活用 ${tag}` });
    await createTheme(db, { title: `見守りの下書き ${tag}`, status: 'draft' });
    const res = await app.inject({
      method: 'GET',
      url: `/api/themes?q=${encodeURIComponent('見守り')}`,
    });
    const ids = res.json().themes.map((th: { id: string }) => th.id);
    expect(ids).toContain(match.id);
    const titles = res
      .json()
      .themes.map((th: { title: string }) => th.title)
      .filter((x: string) => x.includes(tag));
    expect(titles).toEqual([match.title]);
  });

  it('searches the background and the problem too, and treats % and _ literally', async () => {
    const { app, db } = t();
    const tag = unique('bg');
    const theme = await createTheme(db, {
      title: `テーマ ${tag}`,
      problem: '夜間の救急搬送に時間がかかっています。',
    });
    const found = (
      await app.inject({ method: 'GET', url: `/api/themes?q=${encodeURIComponent('救急搬送')}` })
    ).json().themes;
    expect(found.map((th: { id: string }) => th.id)).toContain(theme.id);
    const none = (
      await app.inject({ method: 'GET', url: `/api/themes?q=${encodeURIComponent('%')}` })
    ).json().themes;
    expect(none.map((th: { id: string }) => th.id)).not.toContain(theme.id);
  });

  it('filters by window, policy area and department, with open themes first', async () => {
    const { app, db, setNow } = t();
    const dept = await createDepartment(db, { nameJa: '救急課', nameEn: 'EMS Section' });
    const open = await createTheme(db, {
      departmentId: dept.id,
      policyArea: 'safety',
      opensOn: '2026-10-01',
      closesOn: '2026-12-31',
    });
    const closed = await createTheme(db, {
      departmentId: dept.id,
      policyArea: 'safety',
      opensOn: '2026-04-01',
      closesOn: '2026-06-30',
    });
    const upcoming = await createTheme(db, {
      departmentId: dept.id,
      policyArea: 'environment',
      opensOn: '2027-01-10',
      closesOn: null,
    });
    setNow('2026-11-22T03:00:00Z');
    try {
      const all = (
        await app.inject({ method: 'GET', url: `/api/themes?departmentId=${dept.id}` })
      ).json().themes;
      expect(all.map((th: { id: string; window: string }) => [th.id, th.window])).toEqual([
        [open.id, 'open'],
        [upcoming.id, 'upcoming'],
        [closed.id, 'closed'],
      ]);
      const onlyOpen = (
        await app.inject({ method: 'GET', url: `/api/themes?departmentId=${dept.id}&window=open` })
      ).json().themes;
      expect(onlyOpen.map((th: { id: string }) => th.id)).toEqual([open.id]);
      const env = (
        await app.inject({
          method: 'GET',
          url: `/api/themes?departmentId=${dept.id}&policyArea=environment`,
        })
      ).json().themes;
      expect(env.map((th: { id: string }) => th.id)).toEqual([upcoming.id]);
      expect(all[0].department).toMatchObject({ name: { ja: '救急課' } });
    } finally {
      setNow(null);
    }
  });

  it('answers every combination of filters, twice, as the statement built for its values', async () => {
    // Outside production each filtered list's prepared statement is compared with the one built
    // with its values (a mismatch is a 500): every shape is exercised here, then reused.
    const { app, ctx, db, setNow } = t();
    const dept = await createDepartment(db);
    const tag = unique('shape');
    const open = await createTheme(db, {
      departmentId: dept.id,
      title: `見守りの実証 ${tag}`,
      policyArea: 'welfare',
      opensOn: '2026-10-01',
      closesOn: '2026-12-31',
    });
    const ended = await createTheme(db, {
      departmentId: dept.id,
      title: `公園 ${tag}`,
      opensOn: '2026-04-01',
      closesOn: '2026-06-30',
    });
    const closedEarly = await createTheme(db, {
      departmentId: dept.id,
      title: `見守り（終了） ${tag}`,
      status: 'closed',
      opensOn: '2026-10-01',
      closesOn: null,
    });
    const upcoming = await createTheme(db, {
      departmentId: dept.id,
      title: `見 ${tag}`,
      opensOn: '2027-01-10',
    });
    const draft = await createTheme(db, { departmentId: dept.id, status: 'draft' });
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    setNow('2026-11-22T03:00:00Z');
    try {
      for (let round = 0; round < 2; round += 1) {
        for (const q of ['', '見', '見守り', `見守りの実証 ${tag}`]) {
          for (const window of ['', 'open', 'upcoming', 'closed']) {
            for (const policyArea of ['', 'welfare']) {
              for (const cookie of ['', admin]) {
                const query = new URLSearchParams({ departmentId: dept.id });
                for (const [key, value] of Object.entries({ q, window, policyArea })) {
                  if (value) {
                    query.set(key, value);
                  }
                }
                const res = await app.inject({
                  method: 'GET',
                  url: `/api/themes?${query.toString()}`,
                  headers: cookie ? { cookie } : {},
                });
                expect(
                  res.statusCode,
                  `${query.toString()} ${cookie ? 'admin' : ''}: ${res.body}`,
                ).toBe(200);
                const ids = res.json().themes.map((th: { id: string }) => th.id);
                // The draft (a welfare theme, open since 2020) is listed for an administrator only.
                expect(ids.includes(draft.id)).toBe(cookie !== '' && !q && !window);
                if (!q && !policyArea) {
                  const expected = {
                    '': [open.id, upcoming.id, closedEarly.id, ended.id],
                    open: [open.id],
                    upcoming: [upcoming.id],
                    closed: [closedEarly.id, ended.id],
                  }[window]!;
                  expect(ids.filter((id: string) => id !== draft.id)).toEqual(expected);
                }
                if (q === `見守りの実証 ${tag}` && !policyArea) {
                  expect(ids).toEqual(
                    { '': [open.id], open: [open.id], upcoming: [], closed: [] }[window],
                  );
                }
              }
            }
          }
        }
      }
    } finally {
      setNow(null);
    }
  });

  it('shows one theme with everything a proposer needs, and 404 for drafts or unknown ids', async () => {
    const { app, db } = t();
    const theme = await createTheme(db, {
      background: '背景',
      problem: '課題',
      outcomeWanted: '求める成果',
      resourcesOffered: '実証フィールド',
    });
    const res = await app.inject({ method: 'GET', url: `/api/themes/${theme.id}` });
    expect(res.json().theme).toMatchObject({
      background: '背景',
      problem: '課題',
      outcomeWanted: '求める成果',
      resourcesOffered: '実証フィールド',
    });
    const draft = await createTheme(db, { status: 'draft' });
    expect((await app.inject({ method: 'GET', url: `/api/themes/${draft.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ method: 'GET', url: '/api/themes/00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: '/api/themes?policyArea=space' })).statusCode,
    ).toBe(400);
  });

  it('is written by administrators only', async () => {
    const { app, ctx, db } = t();
    const dept = await createDepartment(db);
    const body = {
      departmentId: dept.id,
      title: '新しいテーマの募集',
      summary: '地域の課題を一緒に解決するテーマです。',
      policyArea: 'digital',
      background: '',
      problem: '窓口の待ち時間が長くなっています。',
      outcomeWanted: '待ち時間を半分にすること。',
      resourcesOffered: '窓口での実証',
      opensOn: '2026-12-01',
      closesOn: '2027-02-28',
      published: true,
    };
    const staff = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/themes',
          headers: { cookie: staff },
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const created = await app.inject({
      method: 'POST',
      url: '/api/themes',
      headers: { cookie: admin },
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/themes/${created.json().theme.id}`,
      headers: { cookie: admin },
      payload: { ...body, closesOn: '2026-11-01' },
    });
    expect(bad.json().error.details[0].path).toBe('closesOn');
  });
});

describe('the public themes list in memory', () => {
  type Listed = { id: string; title: string; window: string; department: { name: { ja: string } } };
  const list = async (query = '') =>
    (await t().app.inject({ method: 'GET', url: `/api/themes${query}` })).json().themes as Listed[];

  it('is kept until a theme or a department changes, and never for a filtered list', async () => {
    const { db } = t();
    const department = await createDepartment(db);
    const theme = await createTheme(db, {
      departmentId: department.id,
      title: `見守りの実証 ${unique('c')}`,
    });
    // A new theme is listed at once (its insert notified the change feed).
    expect((await list()).find((x) => x.id === theme.id)?.title).toBe(theme.title);

    // A write that notifies nothing (the trigger off) shows what the cache holds: the list is
    // served from memory, while a filtered list asks the database.
    await db.execute(sql`alter table themes disable trigger themes_notify_change`);
    try {
      await db.execute(
        sql`update themes set title = ${`${theme.title} 改`} where id = ${theme.id}`,
      );
      expect((await list()).find((x) => x.id === theme.id)?.title).toBe(theme.title);
      expect((await list('?q=見守り')).find((x) => x.id === theme.id)?.title).toBe(
        `${theme.title} 改`,
      );
    } finally {
      await db.execute(sql`alter table themes enable trigger themes_notify_change`);
    }

    // A theme changed the usual way: the next visitor sees it.
    await db.execute(sql`update themes set title = ${`${theme.title} 再`} where id = ${theme.id}`);
    expect((await list()).find((x) => x.id === theme.id)?.title).toBe(`${theme.title} 再`);

    // A department renamed: its themes show the new name.
    await db.execute(
      sql`update departments set name_ja = '見守り推進課' where id = ${department.id}`,
    );
    expect((await list()).find((x) => x.id === theme.id)?.department.name.ja).toBe('見守り推進課');
  });

  it('is read again on a new day, when themes open and close', async () => {
    const { db } = t();
    try {
      t().setNow('2026-12-01T03:00:00Z');
      const theme = await createTheme(db, { opensOn: '2026-12-02', closesOn: '2026-12-20' });
      expect((await list()).find((x) => x.id === theme.id)?.window).toBe('upcoming');
      t().setNow('2026-12-02T03:00:00Z');
      expect((await list()).find((x) => x.id === theme.id)?.window).toBe('open');
    } finally {
      t().setNow(null);
    }
  });

  it('shows an administrator the unpublished themes too, not the visitors’ list', async () => {
    const { app, ctx, db } = t();
    const draft = await createTheme(db, { status: 'draft' });
    expect((await list()).some((x) => x.id === draft.id)).toBe(false);
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const res = await app.inject({ method: 'GET', url: '/api/themes', headers: { cookie: admin } });
    expect(res.json().themes.some((x: Listed) => x.id === draft.id)).toBe(true);
    expect((await list()).some((x) => x.id === draft.id)).toBe(false);
  });
});
