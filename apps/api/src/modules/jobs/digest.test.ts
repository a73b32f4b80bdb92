import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createProposal, createUser, mailsTo, unique } from '../../../test/factories';
import { sendCoordinatorDigest } from './digest.service';
import { digestDue } from './scheduler';

const t = useTestApp();

describe('digestDue', () => {
  it.each([
    ['2026-11-20T23:29:00Z', false], // Saturday 08:29 in Tokyo
    ['2026-11-19T23:29:00Z', false], // Friday 08:29
    ['2026-11-19T23:30:00Z', true], // Friday 08:30
    ['2026-11-20T08:00:00Z', true], // Friday 17:00
    ['2026-11-21T01:00:00Z', false], // Saturday
    ['2026-11-23T01:00:00Z', false], // Monday, Labour Thanksgiving Day (holiday)
    ['2026-12-29T01:00:00Z', false], // year-end closure
  ])('%s → %s', (instant, due) => {
    expect(digestDue(new Date(instant))).toBe(due);
  });
});

describe('the coordinators’ daily digest', () => {
  it('lists overdue and due-soon proposals, once a day, to every coordinator', async () => {
    const { ctx, db } = t();
    const coordinator = await createUser(db, { role: 'coordinator' });
    const english = await createUser(db, { role: 'coordinator', language: 'en' });
    const overdue = await createProposal(db, {
      status: 'submitted',
      title: `${unique('遅延')} 見守りの提案`,
      screeningDueOn: '2026-11-18',
    });
    const soon = await createProposal(db, {
      status: 'awaiting_department',
      title: `${unique('間近')} 公園の提案`,
      departmentDueOn: '2026-11-24',
    });
    const later = await createProposal(db, {
      status: 'submitted',
      title: `${unique('余裕')} 交通の提案`,
      screeningDueOn: '2026-12-20',
    });

    const result = await sendCoordinatorDigest({ ctx, today: '2026-11-20' });
    expect(result).toMatchObject({ sent: true });
    const [mail] = await mailsTo(db, coordinator.email);
    expect(mail!.template).toBe('coordinator_digest');
    expect(mail!.subject).toContain('期限の状況');
    expect(mail!.textBody).toContain(overdue.title);
    expect(mail!.textBody).toContain(soon.title);
    expect(mail!.textBody).not.toContain(later.title);
    expect(mail!.textBody).toContain(`/proposals/${overdue.id}`);
    expect((await mailsTo(db, english.email))[0]!.subject).toContain('Deadlines');

    // A second process, or a second tick, the same day: nothing more.
    expect(await sendCoordinatorDigest({ ctx, today: '2026-11-20' })).toEqual({
      sent: false,
      reason: 'already_sent',
    });
    expect(await mailsTo(db, coordinator.email)).toHaveLength(1);
  });

  it('runs from the scheduler on a business morning', async () => {
    const { app, db, setNow } = t();
    const coordinator = await createUser(db, { role: 'coordinator' });
    await createProposal(db, { status: 'submitted', screeningDueOn: '2026-11-01' });
    setNow('2026-11-25T23:45:00Z'); // Thursday 08:45 in Tokyo
    try {
      await app.scheduler.tick();
      // The digest, and (the proposal is weeks overdue) the stage's escalation to the desk.
      expect((await mailsTo(db, coordinator.email)).map((m) => m.template).sort()).toEqual([
        'coordinator_digest',
        'stage_escalation',
      ]);
      await app.scheduler.tick();
      expect(await mailsTo(db, coordinator.email)).toHaveLength(2);
    } finally {
      setNow(null);
    }
  });
});
