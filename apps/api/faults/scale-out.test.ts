/**
 * Scale-out: two API processes on one PostgreSQL database and one S3-compatible bucket behave as
 * one — each mail is sent once (both outbox workers compete for the same rows), the daily digest
 * goes out once (both schedulers start on a business morning), login throttling counts the
 * failures made on both, a session opened on one is valid on the other (and a logout on one
 * ends it on both), what each keeps in memory (the public themes list) follows a change made
 * elsewhere, and a file uploaded through one downloads through the other.
 *
 * The bucket is served by s3rver (an S3 implementation for Node, in this process). It checks the
 * access key and the shape of the Signature V4 header but not the signature itself; the signer is
 * checked against the example in Amazon's documentation in storage.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, describe, expect, it } from 'vitest';
import { createS3Storage } from '../src/modules/attachments/storage';
import { eq } from 'drizzle-orm';
import { themesTable } from '../src/modules/themes/themes.table';
import { createProposal, createTheme } from '../test/factories';
import { pdfBytes } from '../test/files';
import { startSmtpServer } from '../test/smtp';
import { createFaultDatabase } from './support/databases';
import {
  receiptsOf,
  seedCoordinator,
  seedProposer,
  submitDraft,
  TEST_PASSWORD,
} from './support/fixtures';
import { call, isAnswered, login, sleep, waitFor } from './support/http';
import { startServer, type ServerProcess } from './support/server-process';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

const BUCKET = 'kyoso-attachments';

async function startS3() {
  const directory = mkdtempSync(path.join(tmpdir(), 'kyoso-s3-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await s3.run();
  return {
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    close: async () => {
      await s3.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

describe('two API processes on one PostgreSQL database', () => {
  it('send each mail once, the digest once, share throttles, sessions and files', async () => {
    const database = await createFaultDatabase('postgres');
    cleanups.push(() => database.drop());
    const smtp = await startSmtpServer();
    cleanups.push(() => smtp.close());
    const s3 = await startS3();
    cleanups.push(() => s3.close());

    const seed = await database.open();
    cleanups.push(() => seed.close());
    const desk = [await seedCoordinator(seed.db), await seedCoordinator(seed.db)];
    const me = await seedProposer(seed.db, 21);
    const target = await seedProposer(seed.db, 0);
    await createProposal(seed.db, { status: 'submitted', screeningDueOn: '2026-11-01' });

    // Both start at once on a business morning (Thursday 26 November 2026, 09:30 in Tokyo).
    const env = {
      ...database.env,
      ...s3.env,
      SMTP_URL: smtp.url,
      FIXED_NOW: '2026-11-26T00:30:00Z',
    };
    // Two machines: each its own DATA_DIR (no shared disk), one database and one bucket.
    const otherDataDir = mkdtempSync(path.join(tmpdir(), 'kyoso-faults-b-'));
    cleanups.push(async () => rmSync(otherDataDir, { recursive: true, force: true }));
    const [a, b] = await Promise.all([
      startServer(env),
      startServer({ ...env, DATA_DIR: otherDataDir }),
    ]);
    cleanups.push(
      () => a.stop('SIGKILL'),
      () => b.stop('SIGKILL'),
    );

    // The daily digest: once per coordinator, although both schedulers ran.
    const digestsTo = (email: string) =>
      smtp.received.filter(
        // The digest's subject (期限の状況…), not an escalation's (期限を…超過しています).
        (m) => JSON.stringify(m.to).includes(email) && (m.subject ?? '').includes('期限の状況'),
      );
    await waitFor('the digests', () => desk.every((d) => digestsTo(d.email).length > 0), 15_000);

    // A session opened on one process is valid on the other; a logout on one ends it on both.
    const cookie = await login(a.url, me.email, TEST_PASSWORD);
    const meOn = async (server: ServerProcess) => {
      const answer = await call(`${server.url}/api/auth/me`, { cookie });
      return isAnswered(answer) ? answer.status : answer.error;
    };
    expect(await meOn(b)).toBe(200);

    // The public themes list, which each process keeps in memory, follows a change made
    // elsewhere (here by the test's own connection) on both, within the notification's delay.
    const theme = await createTheme(seed.db, { title: 'テーマの公開一覧 A' });
    const themeTitleOn = async (server: ServerProcess) => {
      const answer = await call(`${server.url}/api/themes`);
      if (!isAnswered(answer)) {
        return answer.error;
      }
      const { themes } = JSON.parse(answer.body) as { themes: { id: string; title: string }[] };
      return themes.find((x) => x.id === theme.id)?.title;
    };
    expect([await themeTitleOn(a), await themeTitleOn(b)]).toEqual([theme.title, theme.title]);
    await seed.db
      .update(themesTable)
      .set({ title: 'テーマの公開一覧 B' })
      .where(eq(themesTable.id, theme.id));
    await waitFor(
      'the themes list changed on both',
      async () =>
        (await themeTitleOn(a)) === 'テーマの公開一覧 B' &&
        (await themeTitleOn(b)) === 'テーマの公開一覧 B',
      2_000,
    );

    // Each receipt once, with submissions spread over both processes and both workers sending.
    const submissions = await Promise.all(
      me.drafts.slice(0, 20).map((draft, i) => submitDraft((i % 2 ? a : b).url, cookie, draft)),
    );
    expect(submissions.map((s) => isAnswered(s) && s.status)).toEqual(Array(20).fill(200));
    await waitFor('every receipt', () =>
      me.drafts.slice(0, 20).every((d) => receiptsOf(smtp.received, d.id).length > 0),
    );

    // A file uploaded through one process downloads through the other (one bucket).
    const draft = me.drafts[20]!;
    const form = new FormData();
    const bytes = pdfBytes('scale-out 共有ストレージ');
    form.append(
      'file',
      new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }),
      '計画書.pdf',
    );
    const upload = await fetch(`${a.url}/api/proposals/${draft.id}/attachments`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const { attachment } = (await upload.json()) as { attachment: { id: string } };
    const download = await fetch(
      `${b.url}/api/proposals/${draft.id}/attachments/${attachment.id}`,
      { headers: { cookie } },
    );
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // The bytes are in the bucket.
    const bucket = createS3Storage({
      endpoint: s3.env.S3_ENDPOINT,
      bucket: BUCKET,
      region: s3.env.S3_REGION,
      accessKeyId: s3.env.S3_ACCESS_KEY_ID,
      secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY,
    });
    expect((await bucket.get(`proposals/${draft.id}/${attachment.id}`)).equals(bytes)).toBe(true);

    const logout = await call(`${b.url}/api/auth/logout`, { method: 'POST', cookie });
    expect(isAnswered(logout) && logout.status).toBe(200);
    expect(await meOn(a)).toBe(401);

    // Login throttling counts the failures made on both processes.
    const failures = { a: 0, b: 0 };
    let throttledAfter = 0;
    for (let attempt = 1; attempt <= 40; attempt += 1) {
      const on = attempt % 2 ? a : b;
      const answer = await call(`${on.url}/api/auth/login`, {
        method: 'POST',
        body: { email: target.email, password: 'wrong-password-123' },
      });
      if (isAnswered(answer) && answer.status === 429) {
        throttledAfter = attempt - 1;
        break;
      }
      expect(isAnswered(answer) && answer.status).toBe(401);
      failures[on === a ? 'a' : 'b'] += 1;
    }
    expect(throttledAfter).toBeGreaterThan(0);
    // Neither process alone saw as many failures as it took to be throttled.
    expect(Math.max(failures.a, failures.b)).toBeLessThan(throttledAfter);
    for (const server of [a, b]) {
      const right = await call(`${server.url}/api/auth/login`, {
        method: 'POST',
        body: { email: target.email, password: TEST_PASSWORD },
      });
      expect(isAnswered(right) && right.status).toBe(429);
    }

    // Nothing more arrives: each receipt and each digest exactly once.
    await sleep(1_500);
    for (const d of me.drafts.slice(0, 20)) {
      expect(receiptsOf(smtp.received, d.id)).toHaveLength(1);
    }
    for (const d of desk) {
      expect(digestsTo(d.email)).toHaveLength(1);
    }
    expect(a.errors()).toEqual([]);
    expect(b.errors()).toEqual([]);
  });
});
