import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { usersTable } from '../users/users.table';
import { proposalNotesTable } from './notes.table';

const t = useTestApp();

describe('internal notes', () => {
  it('are shared by the city staff in charge, mention colleagues by e-mail, and never reach the proposer', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/notes`;

    const mentionable = (
      await as('lead', 'GET', `/api/proposals/${s.proposal.id}/mentionable`)
    ).json().users;
    const ids = mentionable.map((u: { id: string }) => u.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        s.users.coordinator.id,
        s.users.leadColleague.id,
        s.users.supporting.id,
      ]),
    );
    expect(ids).not.toContain(s.users.otherDepartment.id);
    expect(ids).not.toContain(s.users.proposer.id);

    const body = `@${s.users.leadColleague.name} 占用許可の要否を確認してください。事業者には未連絡です。`;
    const added = await as('lead', 'POST', url, {
      body,
      mentionedUserIds: [s.users.leadColleague.id],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().note).toMatchObject({
      body,
      author: {
        id: s.users.lead.id,
        name: s.users.lead.name,
        department: { id: s.departments.lead.id },
      },
      mentioned: [{ id: s.users.leadColleague.id, name: s.users.leadColleague.name }],
    });

    const mails = await mailsTo(t().db, s.users.leadColleague.email);
    expect(mails.map((m) => m.template)).toEqual(['note_mention']);
    expect(mails[0]!.textBody).toContain('占用許可の要否');
    expect(mails[0]!.textBody).toContain(`/proposals/${s.proposal.id}`);

    // Everyone in charge reads them.
    for (const role of ['coordinator', 'lead', 'supporting'] as const) {
      const res = await as(role, 'GET', url);
      expect(res.statusCode, role).toBe(200);
      expect(res.json().notes.map((n: { body: string }) => n.body)).toEqual([body]);
    }
    // The proposer and strangers do not.
    expect((await as('proposer', 'GET', url)).statusCode).toBe(403);
    expect((await as('proposer', 'POST', url, { body: 'x' })).statusCode).toBe(403);
    expect((await as('otherDepartment', 'GET', url)).statusCode).toBe(404);
    expect(
      (await mailsTo(t().db, s.users.proposer.email)).map((m) => m.textBody).join(),
    ).not.toContain('占用許可');
    // Nor through the timeline.
    const timeline = (await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/events`)).body;
    expect(timeline).not.toContain('占用許可');
  });

  it('names a deleted author in the reader’s language', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/notes`;
    const note = (
      await as('lead', 'POST', url, { body: '引き継ぎメモ', mentionedUserIds: [] })
    ).json().note;
    // What deleting the author's account leaves (the foreign key sets it to null).
    await t()
      .db.update(proposalNotesTable)
      .set({ authorId: null })
      .where(eq(proposalNotesTable.id, note.id));
    await t()
      .db.update(usersTable)
      .set({ language: 'en' })
      .where(eq(usersTable.id, s.users.supporting.id));
    const author = async (role: 'coordinator' | 'supporting') =>
      (await as(role, 'GET', url)).json().notes[0].author;
    expect(await author('coordinator')).toMatchObject({
      id: null,
      name: '（削除されたアカウント）',
    });
    expect(await author('supporting')).toMatchObject({ id: null, name: '(deleted account)' });
  });

  it('refuses to mention someone who cannot see the proposal', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const res = await requestAs(t(), s)('lead', 'POST', `/api/proposals/${s.proposal.id}/notes`, {
      body: '確認をお願いします。',
      mentionedUserIds: [s.users.otherDepartment.id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('notes.invalid_mention');
    expect(await mailsTo(t().db, s.users.otherDepartment.email)).toEqual([]);
    const notes = (
      await requestAs(t(), s)('lead', 'GET', `/api/proposals/${s.proposal.id}/notes`)
    ).json().notes;
    expect(notes).toEqual([]);
  });
});
