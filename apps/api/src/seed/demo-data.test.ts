import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { testConfig } from '../../test/build-app';
import { createCases } from '../case-plugins';
import { createLocalStorage } from '../modules/attachments/storage';
import { outboxEmailsTable } from '../modules/notifications/outbox.table';
import { proposalsTable } from '../modules/proposals/proposals.table';
import { usersTable } from '../modules/users/users.table';
import { seedDemoData } from './demo-data';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('the demo city', () => {
  it('has a proposal at every STEP, with realistic records for STEPs 4–6', async () => {
    const database = await createTestDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kyoso-demo-'));
    try {
      const config = testConfig({ DATA_DIR: dir });
      const seeded = await seedDemoData({
        db: database.db,
        config,
        now: () => new Date('2026-11-30T01:00:00Z'),
        storage: createLocalStorage(dir),
      });
      expect(seeded).toBe(true);
      const rows = await database.db
        .select({
          id: proposalsTable.id,
          title: proposalsTable.title,
          status: proposalsTable.status,
        })
        .from(proposalsTable);
      const status = (title: string) => rows.find((r) => r.title === title)?.status;
      expect(status('認知症の方の行方不明を防ぐ見守りタグの実証')).toBe('internal_review');
      expect(status('高齢者の通いの場へのオンライン体操教室の提供')).toBe('agreement');
      expect(status('夜間オンコール支援の先行実証（若松区の特別養護老人ホーム）')).toBe(
        'in_progress',
      );
      expect(status('AIによる介護記録の自動作成の実証')).toBe('completed');
      expect(
        rows
          .filter((r) => r.title === '公園の遊具へのIoTセンサー設置による事故防止')
          .map((r) => r.status)
          .sort(),
      ).toEqual(['declined', 'submitted']);
      expect(status('介護施設の夜間オンコール代行の実証')).toBe('dialogue');

      // Read as the desk would: every record is there, presented.
      const cases = createCases();
      const [coordinator] = await database.db
        .select()
        .from(usersTable)
        .where(eq(usersTable.email, 'coordinator@demo.example'));
      const actor = {
        role: 'coordinator' as const,
        organizationId: null,
        departmentId: coordinator!.departmentId,
      };
      const load = (title: string) =>
        cases.load(
          database.db,
          actor,
          rows.find((r) => r.title === title && r.status !== 'declined')!.id,
        );
      const { presentCase } = await import('../modules/proposals/proposals.presenter');
      const pilot = presentCase(
        cases,
        await load('夜間オンコール支援の先行実証（若松区の特別養護老人ホーム）'),
        new Date('2026-11-30T01:00:00Z'),
      );
      expect(pilot.decision).toMatchObject({ outcome: 'adopt', takenAt: expect.any(String) });
      expect(pilot.agreement).toMatchObject({
        type: 'pilot',
        document: { fileName: expect.stringContaining('.pdf') },
      });
      expect(pilot.agreement?.publicSummary?.consentedAt).not.toBeNull();
      expect(pilot.kpis).toHaveLength(2);
      const statuses = pilot.kpis[0]!.periods.slice(0, 5).map((p) => p.report?.status);
      expect(statuses).toEqual(['verified', 'verified', 'verified', 'answered', 'submitted']);
      expect(pilot.logicModel?.version).toBe(1);
      // The clock of STEP 6 is the next report due: the current month's.
      expect(pilot.dueDate).not.toBeNull();

      const done = presentCase(cases, await load('AIによる介護記録の自動作成の実証'), new Date());
      expect(done.evaluation).toMatchObject({
        nextStage: 'scale_up',
        proposerComment: expect.any(String),
      });
      expect(done.evaluation?.sroi?.result.ratio).toBeGreaterThan(1);
      expect(done.outcome).toBe('scale_up');

      const again = presentCase(
        cases,
        await load('公園の遊具へのIoTセンサー設置による事故防止'),
        new Date(),
      );
      expect(again.previous).toMatchObject({
        declineReasonCodes: ['fiscal_burden', 'exclusive_use'],
      });

      const step5 = presentCase(
        cases,
        await load('高齢者の通いの場へのオンライン体操教室の提供'),
        new Date(),
      );
      expect(step5.agreement).toMatchObject({ version: 1, confirmedAt: null });

      // Sections match their titles (no borrowed text about another project).
      expect(pilot.problem).toContain('夜間');
      expect(done.solution).toContain('記録');

      // Seeding e-mails nobody.
      expect((await database.db.select({ n: count() }).from(outboxEmailsTable))[0]!.n).toBe(0);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is written whole or not at all: a seeding that fails leaves nothing, and the next one seeds', async () => {
    const database = await createTestDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kyoso-demo-'));
    try {
      const config = testConfig({ DATA_DIR: dir });
      const storage = createLocalStorage(dir);
      // The signed agreements are stored late in the seeding, after most of the city.
      const failing = {
        ...storage,
        put: () => Promise.reject(new Error('disk full')),
      };
      await expect(seedDemoData({ db: database.db, config, storage: failing })).rejects.toThrow(
        'disk full',
      );
      const users = async () => (await database.db.select({ n: count() }).from(usersTable))[0]!.n;
      const proposals = async () =>
        (await database.db.select({ n: count() }).from(proposalsTable))[0]!.n;
      expect(await users()).toBe(0);
      expect(await proposals()).toBe(0);

      expect(await seedDemoData({ db: database.db, config, storage })).toBe(true);
      expect(await users()).toBeGreaterThan(0);
      expect(await proposals()).toBeGreaterThan(5);
      // Seeded once: a second call finds the city and does nothing.
      expect(await seedDemoData({ db: database.db, config, storage })).toBe(false);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
