import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  createOrganization,
  createProposal,
  createUser,
  linkIn,
  loginCookie,
  mailsTo,
  unique,
} from '../../../test/factories';

const t = useTestApp();

describe('an organisation and its members', () => {
  it('shows my organisation and lets me correct it, with a valid 法人番号', async () => {
    const { app, ctx, db } = t();
    const org = await createOrganization(db, { name: '株式会社まえ' });
    const cookie = await loginCookie(app, ctx, await createUser(db, { organizationId: org.id }));
    const mine = await app.inject({
      method: 'GET',
      url: '/api/organizations/mine',
      headers: { cookie },
    });
    expect(mine.json().organization.name).toBe('株式会社まえ');
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/organizations/mine',
      headers: { cookie },
      payload: { name: '株式会社あと', kind: 'sme', corporateNumber: '1234567890123' },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await app.inject({
      method: 'PUT',
      url: '/api/organizations/mine',
      headers: { cookie },
      payload: { name: '株式会社あと', kind: 'sme', corporateNumber: '5400001111222' },
    });
    expect(ok.json().organization).toMatchObject({
      name: '株式会社あと',
      kind: 'sme',
      corporateNumber: '5400001111222',
    });
  });

  it('invites a colleague who joins by the e-mailed link and then shares the organisation’s proposals', async () => {
    const { app, ctx, db } = t();
    const org = await createOrganization(db, { name: '株式会社なかま' });
    const inviter = await createUser(db, { organizationId: org.id, name: '招待 花子' });
    const cookie = await loginCookie(app, ctx, inviter);
    const proposal = await createProposal(db, { organizationId: org.id, status: 'submitted' });
    const email = `${unique('colleague')}@example.test`;

    const invited = await app.inject({
      method: 'POST',
      url: '/api/organizations/mine/invitations',
      headers: { cookie },
      payload: { email },
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().invitations.map((i: { email: string }) => i.email)).toContain(email);
    const [mail] = await mailsTo(db, email);
    expect(mail?.textBody).toContain('株式会社なかま');
    expect(mail?.textBody).toContain('招待 花子');
    const token = linkIn(mail!.textBody, '/join').searchParams.get('token')!;

    const preview = await app.inject({ method: 'GET', url: `/api/auth/invitation?token=${token}` });
    expect(preview.json().invitation).toMatchObject({ email, organizationName: '株式会社なかま' });

    const joined = await app.inject({
      method: 'POST',
      url: '/api/auth/accept-invitation',
      payload: { token, name: '仲間 次郎', password: 'Hikari-no-Michi-55', language: 'ja' },
    });
    expect(joined.statusCode).toBe(201);
    expect(joined.json().user).toMatchObject({
      email,
      organizationId: org.id,
      emailVerified: true,
    });
    const colleagueCookie = joined.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const seen = await app.inject({
      method: 'GET',
      url: `/api/proposals/${proposal.id}`,
      headers: { cookie: colleagueCookie },
    });
    expect(seen.statusCode).toBe(200);

    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/accept-invitation',
      payload: { token, name: 'X', password: 'Hikari-no-Michi-55', language: 'ja' },
    });
    expect(again.json().error.code).toBe('organizations.invitation_invalid');
    const members = (
      await app.inject({ method: 'GET', url: '/api/organizations/mine', headers: { cookie } })
    ).json().members;
    expect(members.map((m: { name: string }) => m.name)).toEqual(['招待 花子', '仲間 次郎']);
  });

  it('refuses to invite someone who already has an account', async () => {
    const { app, ctx, db } = t();
    const org = await createOrganization(db);
    const member = await createUser(db, { organizationId: org.id });
    const outsider = await createUser(db);
    const cookie = await loginCookie(app, ctx, member);
    const same = await app.inject({
      method: 'POST',
      url: '/api/organizations/mine/invitations',
      headers: { cookie },
      payload: { email: member.email },
    });
    expect(same.json().error.code).toBe('organizations.already_member');
    const other = await app.inject({
      method: 'POST',
      url: '/api/organizations/mine/invitations',
      headers: { cookie },
      payload: { email: outsider.email },
    });
    expect(other.json().error.code).toBe('auth.email_taken');
  });

  it('cancels an invitation so that its link no longer works', async () => {
    const { app, ctx, db } = t();
    const cookie = await loginCookie(app, ctx, await createUser(db));
    const email = `${unique('cancel')}@example.test`;
    const invited = await app.inject({
      method: 'POST',
      url: '/api/organizations/mine/invitations',
      headers: { cookie },
      payload: { email },
    });
    const invitation = invited.json().invitations.find((i: { email: string }) => i.email === email);
    const token = linkIn((await mailsTo(db, email))[0]!.textBody, '/join').searchParams.get(
      'token',
    )!;
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/organizations/mine/invitations/${invitation.id}`,
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: `/api/auth/invitation?token=${token}` })).json().error
        .code,
    ).toBe('organizations.invitation_invalid');
  });

  it('is for proposers only', async () => {
    const { app, ctx, db } = t();
    const cookie = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    expect(
      (await app.inject({ method: 'GET', url: '/api/organizations/mine', headers: { cookie } }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/organizations/mine' })).statusCode).toBe(
      401,
    );
  });
});
