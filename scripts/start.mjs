// `npm start`: builds what changed since the last build (the web app, the API) and runs the API.
//
// Each part is rebuilt only when the content of its sources differs from what its last build
// was made from (a fingerprint kept in apps/api/dist/build-inputs.json) or its output is
// missing; both build at once when both must. Then the server runs in this process.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    commands: [
      [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      [path.join(root, 'scripts', 'compress-web-dist.mjs')],
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
    commands: [['scripts/build.mjs']],
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

/** A hash of the names and contents of a part's sources. */
function fingerprint(part) {
  const hash = createHash('sha256');
  for (const file of part.inputs.flatMap(files)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

function runCommand(part, command) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: path.join(root, part.cwd),
      stdio: 'inherit',
    });
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

const started = performance.now();
const stamps = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
const current = Object.fromEntries(
  Object.entries(parts).map(([name, p]) => [name, fingerprint(p)]),
);
const stale = Object.keys(parts).filter(
  (name) => stamps[name] !== current[name] || !existsSync(path.join(root, parts[name].output)),
);
if (stale.length > 0) {
  console.log(`Building ${stale.map((name) => parts[name].label).join(' and ')}…`);
  await Promise.all(stale.map((name) => run(parts[name])));
  writeFileSync(stampFile, `${JSON.stringify({ ...stamps, ...current }, null, 2)}\n`);
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} else {
  console.log('The web app and the API are up to date with their sources: nothing to build.');
}
await import(pathToFileURL(path.join(root, 'apps', 'api', 'dist', 'server.js')).href);
