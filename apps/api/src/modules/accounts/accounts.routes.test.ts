import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createUser,
  linkIn,
  loginCookie,
  mailsTo,
  unique,
} from '../../../test/factories';

const t = useTestApp();

describe('staff accounts, managed by administrators', () => {
  it('creates a department staff account; its owner sets a password from the e-mailed link and logs in', async () => {
    const { app, ctx, db } = t();
    const admin = await createUser(db, { role: 'admin' });
    const cookie = await loginCookie(app, ctx, admin);
    const department = await createDepartment(db, {
      nameJa: '公園管理課',
      nameEn: 'Park Management Section',
    });
    const email = `${unique('staff')}@city.example.jp`;
    const created = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie },
      payload: { email, name: '公園 二郎', role: 'department', departmentId: department.id },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({
      email,
      role: 'department',
      department: { name: { ja: '公園管理課' } },
      emailVerified: false,
    });

    const [mail] = await mailsTo(db, email);
    expect(mail?.template).toBe('staff_welcome');
    const link = linkIn(mail!.textBody, '/reset-password');
    expect(link.searchParams.get('welcome')).toBe('1');
    const set = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: link.searchParams.get('token'), password: 'Kouen-no-Midori-31' },
    });
    expect(set.statusCode).toBe(200);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'Kouen-no-Midori-31' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({
      role: 'department',
      departmentId: department.id,
      department: { name: { en: 'Park Management Section' } },
    });
  });

  it('requires a department for department staff', async () => {
    const { app, ctx, db } = t();
    const cookie = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie },
      payload: { email: `${unique('s')}@city.example.jp`, name: '部署 なし', role: 'department' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'users.department_required',
      details: [{ path: 'departmentId' }],
    });
  });

  it('cannot create proposer accounts or be used by anyone but an administrator', async () => {
    const { app, ctx, db } = t();
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const proposer = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie: admin },
      payload: { email: `${unique('p')}@example.test`, name: 'P', role: 'proposer' },
    });
    expect(proposer.statusCode).toBe(400);
    for (const role of ['coordinator', 'department', 'proposer'] as const) {
      const cookie = await loginCookie(app, ctx, await createUser(db, { role }));
      expect(
        (await app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie } }))
          .statusCode,
      ).toBe(403);
    }
    expect((await app.inject({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(401);
  });

  it('disables an account, which ends its sessions at once', async () => {
    const { app, ctx, db } = t();
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const staff = await createUser(db, { role: 'coordinator' });
    const staffCookie = await loginCookie(app, ctx, staff);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${staff.id}`,
      headers: { cookie: admin },
      payload: { disabled: true },
    });
    expect(res.json().user.disabled).toBe(true);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: staffCookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('names a department’s head, which only an administrator may do and a move ends', async () => {
    const { app, ctx, db } = t();
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const department = await createDepartment(db);
    const staff = await createUser(db, { role: 'department', departmentId: department.id });
    const patch = (cookie: string, payload: object) =>
      app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${staff.id}`,
        headers: { cookie },
        payload,
      });
    const named = await patch(admin, { departmentHead: true });
    expect(named.statusCode).toBe(200);
    expect(named.json().user).toMatchObject({ departmentHead: true });
    const listed = await app.inject({
      method: 'GET',
      url: '/api/admin/users?role=department',
      headers: { cookie: admin },
    });
    expect(listed.json().users.find((u: { id: string }) => u.id === staff.id).departmentHead).toBe(
      true,
    );
    // The head may not name themselves, nor may the desk.
    for (const who of [staff, await createUser(db, { role: 'coordinator' })]) {
      expect(
        (await patch(await loginCookie(app, ctx, who), { departmentHead: false })).statusCode,
      ).toBe(403);
    }
    // Moved to another department: no longer its head, unless named again.
    const other = await createDepartment(db);
    expect((await patch(admin, { departmentId: other.id })).json().user.departmentHead).toBe(false);
    // Not department staff: never a head.
    expect(
      (await patch(admin, { role: 'coordinator', departmentHead: true })).json().user
        .departmentHead,
    ).toBe(false);
  });

  it('does not let an administrator lock themselves out', async () => {
    const { app, ctx, db } = t();
    const admin = await createUser(db, { role: 'admin' });
    const cookie = await loginCookie(app, ctx, admin);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${admin.id}`,
      headers: { cookie },
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('departments', () => {
  it('lists the organisation chart with full names', async () => {
    const { app, db } = t();
    const bureau = await createDepartment(db, {
      level: 'bureau',
      nameJa: '保健福祉局',
      nameEn: 'Health and Welfare Bureau',
    });
    const section = await createDepartment(db, {
      parentId: bureau.id,
      nameJa: '長寿社会対策課',
      nameEn: 'Ageing Society Section',
    });
    const res = await app.inject({ method: 'GET', url: '/api/departments' });
    const found = res.json().departments.find((d: { id: string }) => d.id === section.id);
    expect(found).toMatchObject({
      parentId: bureau.id,
      level: 'section',
      fullName: {
        ja: '保健福祉局 長寿社会対策課',
        en: 'Ageing Society Section, Health and Welfare Bureau',
      },
    });
  });
});
