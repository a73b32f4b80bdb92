/**
 * `npm run bench`: measures the API under load and the size of the public pages' JavaScript.
 *
 * The server runs in a child process (bench/server.ts) on a fresh database; autocannon loads it
 * with 20 connections for 10 s per scenario. PGlite by default; set BENCH_DATABASE_URL (an admin
 * connection to PostgreSQL) to measure PostgreSQL too. BENCH_PROPOSALS=100000 generates that many
 * submitted proposals and adds the desk's inbox and Japanese search scenarios, with their query
 * plans (EXPLAIN ANALYZE), the public statistics and the duplicate radar. Options: --duration=10
 * --connections=20 --only=draft-save,submit,inbox,search,statistics,similar. Figures vary by ±15–30 % between runs on small machines.
 *
 * Also, on PostgreSQL: `hot`, each hot read against a bare Fastify + pg server running the same
 * statement (bench/bare-server.ts; --rounds=N, --profile[=dir] for CPU profiles) and `mixed`,
 * 200 connections for 60 s (--mixed-connections, --mixed-duration); `lighthouse` (the web app
 * built); `start` (npm start's start times: it deletes both builds first, so only when asked).
 * --engine=postgres|pglite runs one engine only. The servers run bundled, as in production
 * (`serverEntries`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { runLighthouse, type LighthouseRow } from './lighthouse';
import type { ProfileSummary } from './profile';

type Ready = {
  port: number;
  engine: string;
  cookie: string;
  deskCookie: string;
  saveIds: string[];
  submitIds: string[];
  /** Generated submitted proposals (BENCH_PROPOSALS), for the inbox and search scenarios. */
  proposals?: number;
  /** How long generating them took. */
  seedSeconds: number;
  plans: Record<string, string>;
  /** The hot reads compared with the bare baseline. */
  hot: Record<string, { label: string; path: string; cookie?: string }>;
  /** The bare baseline's setup (PostgreSQL only): the queries captured from the application. */
  bare: { databaseUrl: string; poolSize: number; queries: Record<string, unknown> } | null;
};

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, ...value] = a.replace(/^--/, '').split('=');
    return [key!, value.join('=')];
  }),
);
const apiRoot = path.resolve(new URL('.', import.meta.url).pathname, '..');
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 20);
const only = args.only ? new Set(args.only.split(',')) : null;
/** --profile[=dir]: a CPU profile of the application under each hot read (bench/profile.ts). */
const profileDir =
  args.profile === undefined
    ? null
    : path.resolve(args.profile || path.join(apiRoot, 'bench', 'profiles'));
const profiles: Array<{ read: string; file: string; summary: ProfileSummary }> = [];
/** Each hot read is measured this many times (bare, then the app); the medians are reported. */
const rounds = Number(args.rounds ?? 1);

/**
 * The benchmark's two servers as production runs the API: bundled by esbuild with the options of
 * `npm run build` (scripts/bundle-options.mjs) and run by plain Node, so that neither pays for
 * tsx's loader (its module hooks, the names it gives every function it defines). With --profile
 * they run from the sources through tsx instead, so that the profile names kyoso's files.
 */
async function serverEntries(): Promise<{ server: string[]; bare: string[] }> {
  if (profileDir) {
    return {
      server: ['--import', 'tsx', 'bench/server.ts'],
      bare: ['--import', 'tsx', 'bench/bare-server.ts'],
    };
  }
  const outdir = path.join(apiRoot, 'dist', 'bench');
  await build({
    ...bundleOptions({ devDependencies: true }),
    entryPoints: { server: 'bench/server.ts', 'bare-server': 'bench/bare-server.ts' },
    outdir,
  });
  return {
    server: [path.join(outdir, 'server.js')],
    bare: [path.join(outdir, 'bare-server.js')],
  };
}
let entries: ReturnType<typeof serverEntries> | undefined;

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; ready: Ready }> {
  entries ??= serverEntries();
  return entries.then((entry) => startServerFrom(entry.server, env));
}

function startServerFrom(
  entry: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: Ready }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...entry], {
      cwd: apiRoot,
      env: { ...process.env, ...env },
      // IPC: CPU profiles and memory figures on request (bench/server.ts, answerCommands).
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      // The ready line is long (thousands of ids): wait for its end.
      const end = buffer.indexOf('\n');
      if (end >= 0) {
        resolve({ child, ready: JSON.parse(buffer.slice(0, end)) as Ready });
      }
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

/** Starts the bare baseline (bench/bare-server.ts) on the application's database. */
async function startBare(
  setup: NonNullable<Ready['bare']>,
): Promise<{ child: ChildProcess; port: number }> {
  entries ??= serverEntries();
  const entry = (await entries).bare;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, entry, {
      cwd: apiRoot,
      env: process.env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin?.end(`${JSON.stringify(setup)}\n`);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const end = buffer.indexOf('\n');
      if (end >= 0) {
        resolve({ child, port: (JSON.parse(buffer.slice(0, end)) as { port: number }).port });
      }
    });
    child.on('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
}

let commandId = 0;
/** Asks the bench server for something over IPC (see answerCommands in bench/server.ts). */
function ask<T>(child: ChildProcess, command: Record<string, unknown>): Promise<T> {
  const id = (commandId += 1);
  return new Promise((resolve) => {
    const onMessage = (message: { id: number; answer: T }) => {
      if (message.id === id) {
        child.off('message', onMessage);
        resolve(message.answer);
      }
    };
    child.on('message', onMessage);
    child.send({ ...command, id });
  });
}

type Row = {
  scenario: string;
  engine: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  requests: number;
};

/** The q-th percentile (0–100) of sorted values, nearest rank. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  const rank = Math.ceil((q / 100) * sorted.length);
  return Math.round(sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!);
}

async function load(
  name: string,
  ready: Ready,
  request: autocannon.Request | autocannon.Request[],
  cookie = ready.cookie,
  conns = connections,
  port = ready.port,
  seconds = duration,
): Promise<Row> {
  // autocannon's summary has no p95: keep every response's time and take the percentiles exactly.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: conns,
        duration: seconds,
        headers: { cookie, 'content-type': 'application/json', 'accept-language': 'ja' },
        requests: Array.isArray(request) ? request : [request],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    scenario: name,
    engine: ready.engine,
    connections: conns,
    rps: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The fingerprints of what `npm start` has built (scripts/start.mjs). */
function buildStamps(): Record<string, string> {
  const file = path.join(apiRoot, 'dist', 'build-inputs.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/**
 * `npm start` from the repository's root until /api/health/ready answers 200 and the home page is
 * served, in seconds; then, once the database template it builds in the background is written
 * (so that the next start measures what it says), stopped with SIGTERM (its whole process group).
 */
async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: path.resolve(apiRoot, '..', '..'),
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    for (;;) {
      if (performance.now() - started > 120_000) {
        throw new Error('npm start was not ready within 2 minutes');
      }
      const answers = (url: string) =>
        fetch(`http://127.0.0.1:${port}${url}`).then(
          (r) => r.status === 200,
          () => false,
        );
      if ((await answers('/api/health/ready')) && (await answers('/'))) {
        const seconds = Math.round((performance.now() - started) / 100) / 10;
        const waitUntil = performance.now() + 60_000;
        while (!buildStamps().template && performance.now() < waitUntil) {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return seconds;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

/**
 * The bare baseline of the start times, in seconds: a Node process that only creates a new PGlite
 * database in a new folder and closes it — the work no start on a new database can skip, and a
 * measure of how fast the machine is at the time.
 */
async function timeBareDatabase(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kyoso-bare-'));
  const started = performance.now();
  try {
    const script = `import { PGlite } from '@electric-sql/pglite';
      const db = await PGlite.create({ dataDir: ${JSON.stringify(path.join(dir, 'pglite'))} });
      await db.close();`;
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: apiRoot,
        stdio: 'inherit',
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`the bare database start exited with ${code}`)),
      );
    });
    return Math.round((performance.now() - started) / 100) / 10;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Start times (`--only=start`): the first start of a fresh checkout (no build, no database), a
 * later start (nothing changed), and a start on a new DATA_DIR with the build in place; each also
 * as a multiple of the bare baseline (`timeBareDatabase`, the median of three runs).
 */
async function startTimes(): Promise<Array<{ start: string; seconds: number }>> {
  const bare = [await timeBareDatabase(), await timeBareDatabase(), await timeBareDatabase()];
  notes.push(
    `Bare baseline of the start times: a new PGlite database in a new folder, ${median(bare)} s (runs: ${bare.join(', ')} s).`,
  );
  bareDatabaseSeconds = median(bare);
  const repo = path.resolve(apiRoot, '..', '..');
  rmSync(path.join(repo, 'apps', 'web', 'dist'), { recursive: true, force: true });
  rmSync(path.join(repo, 'apps', 'api', 'dist'), { recursive: true, force: true });
  const first = mkdtempSync(path.join(tmpdir(), 'kyoso-start-'));
  const second = mkdtempSync(path.join(tmpdir(), 'kyoso-start-'));
  try {
    return [
      { start: 'first start (nothing built, new database)', seconds: await timeStart(first) },
      { start: 'later start (nothing changed)', seconds: await timeStart(first) },
      { start: 'new DATA_DIR (built: from the template)', seconds: await timeStart(second) },
    ];
  } finally {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
}

type MixedResult = {
  engine: string;
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  memoryBefore: NodeJS.MemoryUsage;
  memoryAfter: NodeJS.MemoryUsage;
};

/**
 * Many people at once (`--only=mixed`, 200 connections for 60 s unless --mixed-connections and
 * --mixed-duration say otherwise): public pages and their API, a proposal and its timeline as
 * its proposer, the desk's inbox and search, in turns on every connection. Errors are every
 * answer that is not 2xx, every connection error and every timeout; memory as the server
 * reports it before and after.
 */
async function mixedLoad(ready: Ready, child: ChildProcess): Promise<MixedResult> {
  const conns = Number(args['mixed-connections'] ?? 200);
  const seconds = Number(args['mixed-duration'] ?? 60);
  const index = path.resolve(apiRoot, '../web/dist/index.html');
  const script = existsSync(index)
    ? /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(index, 'utf8'))?.[1]
    : undefined;
  const page = (p: string, cookie = ''): autocannon.Request => ({
    method: 'GET',
    path: p,
    headers: { cookie, 'accept-encoding': 'br, gzip', 'accept-language': 'ja' },
  });
  const { proposal, inbox, search } = ready.hot;
  const requests: autocannon.Request[] = [
    page('/'),
    page('/api/themes'),
    page('/api/meta'),
    ...(script ? [page(script)] : []),
    page('/themes'),
    page(proposal!.path, proposal!.cookie),
    page(`${proposal!.path}/events`, proposal!.cookie),
    page(inbox!.path, inbox!.cookie),
    page('/calendar'),
    page(search!.path, search!.cookie),
  ];
  const memoryBefore = await ask<NodeJS.MemoryUsage>(child, { memory: true });
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${ready.port}`,
        connections: conns,
        duration: seconds,
        timeout: 30,
        requests,
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const memoryAfter = await ask<NodeJS.MemoryUsage>(child, { memory: true });
  times.sort((a, b) => a - b);
  return {
    engine: ready.engine,
    connections: conns,
    seconds,
    rps: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
    memoryBefore,
    memoryAfter,
  };
}

type HotRow = {
  read: string;
  bare: Row;
  app: Row;
  /** The application's throughput as a share of the bare baseline's. */
  ratio: number;
  /** The application's p99 as a multiple of the bare baseline's. */
  p99Multiple: number;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each figure over the rounds. */
function medianRow(rows: Row[]): Row {
  const first = rows[0]!;
  const m = (key: 'rps' | 'p50' | 'p95' | 'p99') => Math.round(median(rows.map((r) => r[key])));
  return {
    ...first,
    rps: m('rps'),
    p50: m('p50'),
    p95: m('p95'),
    p99: m('p99'),
    non2xx: rows.reduce((n, r) => n + r.non2xx, 0),
    requests: rows.reduce((n, r) => n + r.requests, 0),
  };
}

/**
 * Each hot read against the bare baseline, in turns (bare, then the application, `rounds` times),
 * on the same database with the same connections: the ratio of the medians.
 */
async function hotReads(ready: Ready, child: ChildProcess): Promise<HotRow[]> {
  if (!ready.bare) {
    return [];
  }
  const bare = await startBare(ready.bare);
  try {
    const results: HotRow[] = [];
    for (const [name, read] of Object.entries(ready.hot)) {
      const bareRows: Row[] = [];
      const appRows: Row[] = [];
      for (let round = 0; round < rounds; round += 1) {
        bareRows.push(
          await load(
            `bare: ${read.label}`,
            ready,
            { method: 'GET', path: `/bare/${name}` },
            '',
            connections,
            bare.port,
          ),
        );
        appRows.push(
          await load(read.label, ready, { method: 'GET', path: read.path }, read.cookie ?? ''),
        );
        process.stderr.write(
          `  ${read.label}: bare ${bareRows.at(-1)!.rps} req/s p99 ${bareRows.at(-1)!.p99} ms, app ${appRows.at(-1)!.rps} req/s p99 ${appRows.at(-1)!.p99} ms\n`,
        );
      }
      if (profileDir) {
        // One more stretch of load on the application, profiled.
        mkdirSync(profileDir, { recursive: true });
        const file = path.join(profileDir, `${name}.cpuprofile`);
        await ask(child, { profile: 'start' });
        await load(read.label, ready, { method: 'GET', path: read.path }, read.cookie ?? '');
        profiles.push({
          read: read.label,
          file,
          summary: await ask(child, { profile: 'stop', file }),
        });
      }
      const b = medianRow(bareRows);
      const a = medianRow(appRows);
      results.push({
        read: read.label,
        bare: b,
        app: a,
        ratio: Math.round((a.rps / Math.max(1, b.rps)) * 100) / 100,
        p99Multiple: Math.round((a.p99 / Math.max(1, b.p99)) * 10) / 10,
      });
    }
    return results;
  } finally {
    bare.child.kill('SIGTERM');
  }
}

/** Single measurements the scenarios make besides their load (printed after the seeding). */
const notes: string[] = [];
/** The bare baseline of the start times (`timeBareDatabase`), once measured. */
let bareDatabaseSeconds = 0;

async function scenarios(ready: Ready): Promise<Row[]> {
  const rows: Row[] = [];
  const want = (name: string) => !only || only.has(name);
  if (want('draft-save')) {
    // Autosave: a PATCH of one field of a draft (no version: the last save wins), spread over
    // twenty drafts as twenty people would.
    let n = 0;
    rows.push(
      await load('draft-save (PATCH /api/proposals/:id)', ready, {
        method: 'PATCH',
        setupRequest: (req) => {
          n += 1;
          return {
            ...req,
            path: `/api/proposals/${ready.saveIds[n % ready.saveIds.length]}`,
            body: JSON.stringify({
              problem: `自動保存の計測 ${n}：一人暮らしの高齢者の見守りに課題があります。`,
            }),
          };
        },
      }),
    );
  }
  if (want('submit')) {
    // Submission: each request submits another complete draft (reference number, calendar, e-mail).
    let i = 0;
    rows.push(
      await load('submit (POST /api/proposals/:id/transitions)', ready, {
        method: 'POST',
        setupRequest: (req) => {
          const id = ready.submitIds[i % ready.submitIds.length];
          i += 1;
          return {
            ...req,
            path: `/api/proposals/${id}/transitions`,
            body: JSON.stringify({ action: 'submit', version: 1 }),
          };
        },
      }),
    );
  }
  if (ready.proposals) {
    // Each read scenario twice: one coordinator alone (what a person at the desk waits), then
    // the whole load.
    const get = async (name: string, paths: () => string) => {
      const request: autocannon.Request = {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: paths() }),
      };
      rows.push(await load(name, ready, request, ready.deskCookie, 1));
      return load(name, ready, request, ready.deskCookie);
    };
    const inbox = '/api/proposals?scope=inbox&pageSize=20';
    if (want('inbox')) {
      let page = 0;
      rows.push(
        await get('inbox: desk, by due date, pages 1–5', () => `${inbox}&page=${(page++ % 5) + 1}`),
      );
      rows.push(await get('inbox: overdue only', () => `${inbox}&overdue=true`));
    }
    if (want('search')) {
      const common = ['見守り', '公園の利活用', '救急搬送', '保育の担い手', 'エネルギー'];
      let n = 0;
      rows.push(
        await get(
          'search: common words (10–20 % of rows)',
          () => `${inbox}&q=${encodeURIComponent(common[n++ % common.length]!)}`,
        ),
      );
      rows.push(
        await get(
          'search: one proposal (「提案番号NNNNNの」)',
          () =>
            `${inbox}&q=${encodeURIComponent(`提案番号${1 + ((n++ * 7919) % ready.proposals!)}の`)}`,
        ),
      );
      rows.push(
        await get(
          'search: two characters (「公園」)',
          () => `${inbox}&q=${encodeURIComponent('公園')}`,
        ),
      );
    }
    if (want('statistics')) {
      // The public statistics over every generated proposal: per fiscal year and overall. They
      // are kept in memory until a proposal changes: the first visitor after a change waits for
      // the computation (measured once each, the server having computed nothing yet).
      for (const path of ['/api/public/statistics', '/api/public/statistics?fiscalYear=2026']) {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${ready.port}${path}`).then((r) => r.arrayBuffer());
        notes.push(
          `${ready.engine}: ${path} computed in ${Math.round(performance.now() - started)} ms (the first visitor after a change)`,
        );
      }
      let n = 0;
      rows.push(
        await get('public statistics (GET /api/public/statistics)', () =>
          n++ % 2 === 0 ? '/api/public/statistics' : '/api/public/statistics?fiscalYear=2026',
        ),
      );
    }
    if (want('similar')) {
      // The duplicate radar on submitted proposals the desk opens (ids taken from its inbox).
      const ids: string[] = [];
      for (let page = 1; page <= 5; page += 1) {
        const answer = await fetch(`http://127.0.0.1:${ready.port}${inbox}&page=${page}`, {
          headers: { cookie: ready.deskCookie },
        });
        const { proposals } = (await answer.json()) as { proposals: Array<{ id: string }> };
        ids.push(...proposals.map((p) => p.id));
      }
      let n = 0;
      rows.push(
        await get(
          'duplicate radar (GET /api/proposals/:id/similar)',
          () => `/api/proposals/${ids[n++ % ids.length]}/similar`,
        ),
      );
    }
  }
  return rows;
}

/** Gzipped JavaScript a visitor downloads for each public page (entry + the page's chunks). */
function bundleSizes(): Array<{ page: string; gzipKb: number }> {
  const dist = path.resolve(apiRoot, '../web/dist');
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    return [];
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; imports?: string[]; isEntry?: boolean }
  >;
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) {
      return seen;
    }
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) {
      closure(dep, seen);
    }
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) {
    return [];
  }
  const base = closure(entry);
  const size = (keys: Set<string>) => [...keys].reduce((n, k) => n + gz(manifest[k]!.file), 0);
  const pages: Array<[string, string | null]> = [
    ['home (/)', null],
    ['themes (/themes)', 'src/app/routes/themes/list.tsx'],
    ['theme (/themes/:id)', 'src/app/routes/themes/theme.tsx'],
    ['cases (/cases)', 'src/app/routes/results/cases.tsx'],
    ['statistics (/statistics)', 'src/app/routes/results/statistics.tsx'],
    ['guide (/guide)', 'src/app/routes/guide.tsx'],
    ['budget calendar (/calendar)', 'src/app/routes/calendar.tsx'],
    ['register (/register)', 'src/app/routes/auth/register.tsx'],
    ['login (/login)', 'src/app/routes/auth/login.tsx'],
    ['verify e-mail (/verify-email)', 'src/app/routes/auth/verify-email.tsx'],
    ['forgot password (/forgot-password)', 'src/app/routes/auth/forgot-password.tsx'],
    ['reset password (/reset-password)', 'src/app/routes/auth/reset-password.tsx'],
  ];
  const css = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.css'));
  const rows = pages.map(([page, key]) => {
    const keys = key ? closure(key, new Set(base)) : base;
    return { page, gzipKb: Math.round((size(keys) / 1024) * 10) / 10 };
  });
  rows.push({
    page: 'CSS (all pages)',
    gzipKb:
      Math.round(
        (css.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, 'assets', f))).length, 0) /
          1024) *
          10,
      ) / 10,
  });
  return rows;
}

async function main() {
  // The drafts to submit are made only for the submit scenario (20,000 rows take a while).
  const common: Record<string, string> =
    only && !only.has('submit') ? { BENCH_SUBMIT_POOL: '0' } : {};
  // --engine=postgres skips PGlite (the bare baseline is PostgreSQL only).
  const engines: Array<Record<string, string>> =
    args.engine === 'postgres' ? [] : [{ ...common, BENCH_DATABASE_URL: '' }];
  if (process.env.BENCH_DATABASE_URL && args.engine !== 'pglite') {
    engines.push({ ...common, BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL });
  }
  // The mixed load asks for the web app's pages and script: without the build they are 404s,
  // which it would count as errors.
  const wantsMixed = only ? only.has('mixed') : engines.some((e) => e.BENCH_DATABASE_URL);
  if (wantsMixed && !existsSync(path.resolve(apiRoot, '../web/dist/index.html'))) {
    console.error('The mixed load asks for the web app: run `npm run build` first.');
    process.exit(1);
  }
  const loadBefore = loadavg();
  const starts = only?.has('start') ? await startTimes() : [];
  const seeded: string[] = [];
  const rows: Row[] = [];
  const hot: HotRow[] = [];
  const lighthouseRows: Array<LighthouseRow & { engine: string }> = [];
  const mixed: MixedResult[] = [];
  const plans: Array<{ engine: string; plans: Record<string, string> }> = [];
  // Start times need no bench server; everything else does.
  const serverScenarios = only ? [...only].filter((name) => name !== 'start') : ['all'];
  for (const env of serverScenarios.length > 0 ? engines : []) {
    const { child, ready } = await startServer(env);
    if (ready.proposals) {
      seeded.push(
        `${ready.engine}: ${ready.proposals.toLocaleString('en')} proposals seeded in ${ready.seedSeconds} s (${Math.round(ready.proposals / Math.max(0.1, ready.seedSeconds))} rows a second)`,
      );
    }
    try {
      if (!only || only.has('hot')) {
        hot.push(...(await hotReads(ready, child)));
      }
      // By default on PostgreSQL only: PGlite refuses most of 200 connections by design (503).
      if (only ? only.has('mixed') : ready.engine === 'postgres') {
        mixed.push(await mixedLoad(ready, child));
      }
      // Lighthouse once, on the first engine (the pages are the same on both).
      const built = existsSync(path.resolve(apiRoot, '../web/dist/index.html'));
      if ((only ? only.has('lighthouse') : built) && lighthouseRows.length === 0) {
        const found = await runLighthouse(`http://127.0.0.1:${ready.port}`);
        lighthouseRows.push(...found.map((r) => ({ ...r, engine: ready.engine })));
      }
      rows.push(...(await scenarios(ready)));
      if (!only || only.has('inbox') || only.has('search')) {
        plans.push({ engine: ready.engine, plans: ready.plans });
      }
    } finally {
      child.kill('SIGTERM');
    }
  }
  const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(`\nLoad average: ${fmt(loadBefore)} at the start, ${fmt(loadavg())} at the end`);
  for (const line of [...seeded, ...notes]) {
    console.log(line);
  }
  console.log(
    `\nAPI under load (${duration} s per row; latency percentiles over every response)\n`,
  );
  console.log(
    '| scenario | engine | connections | req/s | p50 ms | p95 ms | p99 ms | requests | non-2xx |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.engine} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.requests} | ${r.non2xx} |`,
    );
  }
  if (hot.length > 0) {
    console.log(
      `\nHot reads against the bare baseline (Fastify + pg, the same query on the same database; ${connections} connections, ${duration} s, median of ${rounds} round${rounds === 1 ? '' : 's'})\n`,
    );
    console.log(
      '| read | bare req/s | app req/s | ratio | bare p99 ms | app p99 ms | p99 multiple | app p95 ms | non-2xx |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const h of hot) {
      console.log(
        `| ${h.read} | ${h.bare.rps} | ${h.app.rps} | ${h.ratio.toFixed(2)}× | ${h.bare.p99} | ${h.app.p99} | ${h.p99Multiple.toFixed(1)}× | ${h.app.p95} | ${h.app.non2xx + h.bare.non2xx} |`,
      );
    }
  }
  if (mixed.length > 0) {
    const mb = (bytes: number) => Math.round(bytes / 1_048_576);
    console.log(
      '\nMixed load (public pages, a proposal and its timeline, the inbox and its search)\n',
    );
    console.log(
      '| engine | connections | seconds | req/s | p50 ms | p95 ms | p99 ms | requests | errors | RSS MB before → after | heap MB before → after (after a full GC) |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const m of mixed) {
      console.log(
        `| ${m.engine} | ${m.connections} | ${m.seconds} | ${m.rps} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.requests} | ${m.errors} | ${mb(m.memoryBefore.rss)} → ${mb(m.memoryAfter.rss)} | ${mb(m.memoryBefore.heapUsed)} → ${mb(m.memoryAfter.heapUsed)} |`,
      );
    }
  }
  if (lighthouseRows.length > 0) {
    console.log(`\nLighthouse ${'(Chromium, nobody logged in; scores 0–1, LCP and TBT in ms)'}\n`);
    console.log(
      '| page | form factor | performance | best practices | accessibility | LCP | CLS | TBT | KB transferred | audits below 0.9 |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const r of lighthouseRows) {
      console.log(
        `| ${r.page} | ${r.formFactor} | ${r.performance.toFixed(2)} | ${r.bestPractices.toFixed(2)} | ${r.accessibility.toFixed(2)} | ${r.lcp} | ${r.cls} | ${r.tbt} | ${r.transferKb} | ${r.failed.join(', ')} |`,
      );
    }
  }
  if (starts.length > 0) {
    console.log(
      '\n`npm start` until /api/health/ready and the home page answer (PGlite, development)\n',
    );
    console.log('| start | seconds | × a bare new PGlite database |');
    console.log('| --- | ---: | ---: |');
    for (const s of starts) {
      const multiple = Math.round((s.seconds / Math.max(0.1, bareDatabaseSeconds)) * 10) / 10;
      console.log(`| ${s.start} | ${s.seconds} | ${multiple} |`);
    }
  }
  for (const { read, file, summary } of profiles) {
    console.log(
      `\nProfile of the application under "${read}" (${summary.totalMs} ms on the CPU; ${path.relative(process.cwd(), file)})\n`,
    );
    console.log('| self time in | ms | share |');
    console.log('| --- | ---: | ---: |');
    for (const c of summary.byCategory) {
      console.log(`| ${c.name} | ${c.ms} | ${c.share} % |`);
    }
    console.log('\n| function | ms | share |');
    console.log('| --- | ---: | ---: |');
    for (const f of summary.byFunction) {
      console.log(`| ${f.name} | ${f.ms} | ${f.share} % |`);
    }
  }
  for (const { engine, plans: byQuery } of plans) {
    for (const [name, plan] of Object.entries(byQuery)) {
      console.log(`\nQuery plan (${engine}): ${name}\n\n\`\`\`\n${plan}\n\`\`\``);
    }
  }
  const sizes = bundleSizes();
  if (sizes.length > 0) {
    console.log('\nPublic pages: JavaScript downloaded, gzipped (npm run build first)\n');
    console.log('| page | KB (gzip) |');
    console.log('| --- | ---: |');
    for (const s of sizes) {
      console.log(`| ${s.page} | ${s.gzipKb} |`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
