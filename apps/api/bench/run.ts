/**
 * `npm run bench`: measures the API under load and the size of the public pages' JavaScript.
 *
 * The server runs in a child process (bench/server.ts) on a fresh database; autocannon loads it
 * with 20 connections for 10 s per scenario. PGlite by default; set BENCH_DATABASE_URL (an admin
 * connection to PostgreSQL) to measure PostgreSQL too. BENCH_PROPOSALS=100000 generates that many
 * submitted proposals and adds the desk's inbox and Japanese search scenarios, with their query
 * plans (EXPLAIN ANALYZE). Options: --duration=10 --connections=20
 * --only=draft-save,submit,inbox,search. Figures vary by ±15–30 % between runs on small machines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

type Ready = {
  port: number;
  engine: string;
  cookie: string;
  deskCookie: string;
  saveIds: string[];
  submitIds: string[];
  /** Generated submitted proposals (BENCH_PROPOSALS), for the inbox and search scenarios. */
  proposals?: number;
  plans: Record<string, string>;
};

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]),
);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 20);
const only = args.only ? new Set(args.only.split(',')) : null;
const apiRoot = path.resolve(new URL('.', import.meta.url).pathname, '..');

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; ready: Ready }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], {
      cwd: apiRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
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
): Promise<Row> {
  // autocannon's summary has no p95: keep every response's time and take the percentiles exactly.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${ready.port}`,
        connections: conns,
        duration,
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
  const engines: Array<Record<string, string>> = [{ BENCH_DATABASE_URL: '' }];
  if (process.env.BENCH_DATABASE_URL) {
    engines.push({ BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL });
  }
  const rows: Row[] = [];
  const plans: Array<{ engine: string; plans: Record<string, string> }> = [];
  for (const env of engines) {
    const { child, ready } = await startServer(env);
    try {
      rows.push(...(await scenarios(ready)));
      plans.push({ engine: ready.engine, plans: ready.plans });
    } finally {
      child.kill('SIGTERM');
    }
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
