// `npm start`: builds what changed since the last build (the web app, the API) and runs the API.
//
// Each part is rebuilt only when the content of its sources differs from what its last build
// was made from (a fingerprint kept in apps/api/dist/build-inputs.json) or its output is
// missing. The server starts as soon as its own bundle is built: while it loads, opens (or
// creates) its database and seeds the demo city, the web app builds beside it at a lower
// priority; the server builds its app once that build is done (so it finds the pages, and its
// first page is never "being built"). The migrated database template of the build (for the next
// new DATA_DIR) is made last, in the background, once the server listens.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const stampFile = path.join(root, 'apps', 'api', 'dist', 'build-inputs.json');
const SKIP = new Set(['node_modules', 'dist', '.vite', 'e2e', 'coverage']);

const parts = {
  web: {
    label: 'the web app',
    inputs: ['apps/web', 'packages', 'package-lock.json', 'scripts/compress-web-dist.mjs'],
    output: 'apps/web/dist/index.html',
    cwd: 'apps/web',
    // Beside the server's start, which needs a whole core (its database); the build has the other.
    background: true,
    commands: [
      [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      // Quick: the pages come over the loopback (`npm run build` compresses at its best).
      [path.join(root, 'scripts', 'compress-web-dist.mjs'), '--quick'],
    ],
  },
  api: {
    label: 'the API',
    inputs: [
      'apps/api/src',
      'apps/api/scripts',
      'apps/api/package.json',
      'packages',
      'migrations',
      'package-lock.json',
    ],
    output: 'apps/api/dist/server.js',
    cwd: 'apps/api',
    commands: [['scripts/build.mjs', '--no-template']],
  },
  template: {
    label: 'the database template',
    // Made by the API's bundle from the migrations and the schema (all of apps/api/src).
    inputs: ['apps/api/src', 'migrations', 'package-lock.json'],
    output: 'apps/api/dist/pglite-template.tar.gz',
    cwd: 'apps/api',
    commands: [['dist/make-pglite-template.js']],
  },
};

/** The files under `entry`, sorted (tests and build outputs left out). */
function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) {
    return [];
  }
  if (statSync(full).isFile()) {
    return [entry];
  }
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => !SKIP.has(d.name) && !/\.test\.tsx?$/.test(d.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => files(path.join(entry, d.name)));
}

/** Each file's own hash, read once even when several parts list it. */
const fileHashes = new Map();
function fileHash(file) {
  let hash = fileHashes.get(file);
  if (!hash) {
    hash = createHash('sha256')
      .update(readFileSync(path.join(root, file)))
      .digest('hex');
    fileHashes.set(file, hash);
  }
  return hash;
}

/** A hash of the names and contents of a part's sources. */
function fingerprint(part) {
  const hash = createHash('sha256');
  for (const file of part.inputs.flatMap(files)) {
    hash.update(file).update('\0').update(fileHash(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Lowers a child's priority, where the system allows it. */
function lowerPriority(child) {
  child.on('spawn', () => {
    try {
      os.setPriority(child.pid, 10);
    } catch {
      // Not allowed here: it runs at normal priority.
    }
  });
}

/** The builds running; stopped if this process ends first (a failed start, Ctrl-C). */
const children = new Set();
process.on('exit', () => {
  for (const child of children) {
    child.kill();
  }
});

function runCommand(part, command) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: path.join(root, part.cwd),
      stdio: 'inherit',
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    if (part.background) {
      lowerPriority(child);
    }
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building ${part.label} failed (exit ${code})`)),
    );
  });
}

async function run(part) {
  for (const command of part.commands) {
    await runCommand(part, command);
  }
}

/** The fingerprints each part was last built from ({} when unknown or unreadable). */
function readStamps() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return {};
  }
}

/** Notes in the stamp file that `name` is now built from `fingerprint` (written whole). */
function stamp(name, fingerprint) {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  const partial = `${stampFile}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify({ ...readStamps(), [name]: fingerprint }, null, 2)}\n`);
  renameSync(partial, stampFile);
}

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const stamps = readStamps();
const current = Object.fromEntries(
  Object.entries(parts).map(([name, p]) => [name, fingerprint(p)]),
);
const stale = new Set(
  Object.keys(parts).filter(
    (name) => stamps[name] !== current[name] || !existsSync(path.join(root, parts[name].output)),
  ),
);
const build = (name) => run(parts[name]).then(() => stamp(name, current[name]));

const foreground = ['web', 'api'].filter((name) => stale.has(name));
if (foreground.length > 0) {
  console.log(`Building ${foreground.map((name) => parts[name].label).join(' and ')}…`);
} else {
  console.log('The web app and the API are up to date with their sources: nothing to build.');
}
const web = stale.has('web')
  ? build('web').then(() => console.log(`Built the web app (${seconds()}).`))
  : Promise.resolve();
// Not left unhandled while the API builds: the server reports it (it awaits `web`).
web.catch(() => undefined);
if (stale.has('api')) {
  await build('api');
  console.log(`Built the API (${seconds()}).`);
}
if (stale.has('template')) {
  // Made from other migrations or schema than these: a new DATA_DIR must not start from it (the
  // migrator only applies migrations newer than the newest it finds). Made again below.
  rmSync(path.join(root, 'apps', 'api', 'dist', 'pglite-template.json'), { force: true });
}

/** The hand-over to the server (read in apps/api/src/server.ts). */
globalThis[Symbol.for('kyoso.start')] = {
  webBuilt: web,
  // The migrated database a new DATA_DIR starts from: made once the server listens, at a lower
  // priority (made beside the start, it slowed the start by more than it saved).
  listening() {
    if (stale.has('template')) {
      const child = spawn(process.execPath, parts.template.commands[0], {
        cwd: path.join(root, parts.template.cwd),
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.add(child);
      lowerPriority(child);
      child.on('error', (error) => {
        children.delete(child);
        console.error(`The database template was not made (${error.message}).`);
      });
      child.on('exit', (code) => {
        children.delete(child);
        if (code === 0) {
          stamp('template', current.template);
        }
      });
    }
  },
};
await import(pathToFileURL(path.join(root, 'apps', 'api', 'dist', 'server.js')).href);
