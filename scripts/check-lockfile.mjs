// Lockfile review, offline (CI runs it on every submission; `--self-test` checks the range logic):
// 1. every package comes from the npm registry (no git, tarball URL or file source) and carries a
//    sha512 integrity hash, so `npm ci` installs exactly the reviewed bytes;
// 2. no runtime dependency declares an `engines.node` range that excludes the oldest Node version
//    kyoso promises (root package.json `engines.node`, stated in the README), unless it is listed
//    below, by exact version, with the reason it works and the test that proves it on that Node.
// Exits 1 on any finding, listing them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REGISTRY = 'https://registry.npmjs.org/';

/**
 * Runtime packages whose `engines.node` excludes the promised Node but that work on it, by exact
 * version (an upgrade must be reviewed again), with the test that exercises them.
 */
const SUPPORTED_DESPITE_ENGINES = {
  'cookie@2.0.2': {
    why: 'declares node >=22 but uses nothing newer than Node 20; ESM-only: @fastify/cookie loads it with import(), light-my-request with require(esm), on by default since Node 20.19',
    test: 'apps/api/src/node20.test.ts',
  },
  'content-disposition@3.0.0': {
    why: 'declares node >=22 but uses nothing newer than Node 20; ESM-only: @fastify/static loads it with require(esm), on by default since Node 20.19',
    test: 'apps/api/src/node20.test.ts',
  },
};

// --- A small reader of npm's semver ranges (enough for `engines.node`) -----------------------

/** `20`, `20.19`, `20.19.1`, `v20.x` → [major, minor, patch] with null for a wildcard. */
function parsePartial(text) {
  const match = /^v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:[-+].*)?$/i.exec(text.trim());
  if (!match) {
    throw new Error(`unreadable version "${text}"`);
  }
  return match
    .slice(1, 4)
    .map((part) => (part === undefined || /^[x*]$/i.test(part) ? null : Number(part)));
}

function compare(a, b) {
  for (let i = 0; i < 3; i += 1) {
    if (a[i] !== b[i]) {
      return a[i] < b[i] ? -1 : 1;
    }
  }
  return 0;
}

/** The comparators `[op, version]` one range term stands for (`^20.19`, `>=22`, `18`, `1.2.x`). */
function comparators(term) {
  const match = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(term);
  const op = match[1] ?? '';
  const parts = parsePartial(match[2]);
  const [major, minor, patch] = parts;
  const low = [major ?? 0, minor ?? 0, patch ?? 0];
  if (major === null) {
    return [];
  }
  if (op === '>=' || op === '>' || op === '<' || op === '<=') {
    if (op === '>' && (minor === null || patch === null)) {
      return [['>=', minor === null ? [major + 1, 0, 0] : [major, minor + 1, 0]]];
    }
    if (op === '<=' && (minor === null || patch === null)) {
      return [['<', minor === null ? [major + 1, 0, 0] : [major, minor + 1, 0]]];
    }
    return [[op, low]];
  }
  if (op === '^') {
    const high =
      major > 0 || minor === null
        ? [major + 1, 0, 0]
        : minor > 0 || patch === null
          ? [0, minor + 1, 0]
          : [0, 0, patch + 1];
    return [
      ['>=', low],
      ['<', high],
    ];
  }
  if (op === '~' || minor === null || patch === null) {
    const high = minor === null ? [major + 1, 0, 0] : [major, minor + 1, 0];
    return [
      ['>=', low],
      ['<', high],
    ];
  }
  return [['=', low]];
}

/** Whether `version` (x.y.z) satisfies an npm range such as `^20.19.0 || >=22.12.0`. */
export function satisfies(version, range) {
  const v = parsePartial(version).map((n) => n ?? 0);
  return range.split('||').some((set) => {
    const normalized = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1');
    if (normalized === '' || normalized === '*') {
      return true;
    }
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(normalized);
    const terms = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : normalized.split(/\s+/);
    return terms.flatMap(comparators).every(([op, bound]) => {
      const c = compare(v, bound);
      return op === '>='
        ? c >= 0
        : op === '>'
          ? c > 0
          : op === '<'
            ? c < 0
            : op === '<='
              ? c <= 0
              : c === 0;
    });
  });
}

/** The lowest version a `>=20.19` style promise admits. */
function minimumOf(range) {
  const match = /^\s*>=?\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(range);
  if (!match) {
    throw new Error(`root engines.node must be a simple ">=" range, found "${range}"`);
  }
  return parsePartial(match[1])
    .map((n) => n ?? 0)
    .join('.');
}

function selfTest() {
  const cases = [
    ['20.19.0', '>=20', true],
    ['20.19.0', '>=22', false],
    ['20.19.0', '18 || 20 || >=22', true],
    ['20.19.0', '20 || >=22', true],
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['20.18.3', '^20.19.0 || >=22.12.0', false],
    ['20.19.0', '>= 0.8', true],
    ['20.19.0', '>=16 || 14 >=14.17', true],
    ['20.19.0', '^18.0.0', false],
    ['20.19.0', '~20.18.0', false],
    ['20.19.0', '20.x', true],
    ['20.19.0', '>=10.0.0 <20', false],
    ['20.19.0', '<=20', true],
    ['20.19.0', '>20', false],
    ['20.19.0', '*', true],
    ['20.19.0', '16 - 20', true],
  ];
  const wrong = cases.filter(([v, r, expected]) => satisfies(v, r) !== expected);
  for (const [v, r, expected] of wrong) {
    console.error(`self-test: satisfies(${v}, "${r}") should be ${expected}`);
  }
  if (minimumOf('>=20.19') !== '20.19.0' || minimumOf('>=20') !== '20.0.0') {
    wrong.push('minimumOf');
    console.error('self-test: minimumOf is wrong');
  }
  // A lockfile with one of each finding must fail, and the same lockfile repaired must pass.
  const dir = mkdtempSync(path.join(tmpdir(), 'check-lockfile-'));
  const hash = `sha512-${'A'.repeat(86)}==`;
  const write = (packages, readme) => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ engines: { node: '>=20.19' } }));
    writeFileSync(path.join(dir, 'README.md'), readme);
    writeFileSync(
      path.join(dir, 'package-lock.json'),
      JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...packages } }),
    );
  };
  mkdirSync(path.join(dir, 'apps', 'api', 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'apps', 'api', 'src', 'node20.test.ts'), '');
  const good = {
    'node_modules/ok': { version: '1.0.0', integrity: hash, engines: { node: '>=18' } },
    'node_modules/cookie': { version: '2.0.2', integrity: hash, engines: { node: '>=22' } },
    'node_modules/content-disposition': {
      version: '3.0.0',
      integrity: hash,
      engines: { node: '>=22' },
    },
    'node_modules/devonly': {
      version: '1.0.0',
      integrity: hash,
      dev: true,
      engines: { node: '>=24' },
    },
  };
  const bad = {
    ...good,
    'node_modules/no-hash': { version: '1.0.0' },
    'node_modules/sha1': { version: '1.0.0', integrity: 'sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
    'node_modules/elsewhere': {
      version: '1.0.0',
      integrity: hash,
      resolved: 'https://evil.example/elsewhere-1.0.0.tgz',
    },
    'node_modules/from-git': { version: 'git+ssh://git@github.com/x/y.git#abc', integrity: hash },
    'node_modules/too-new': { version: '1.0.0', integrity: hash, engines: { node: '>=22' } },
    'node_modules/cookie': { version: '2.0.3', integrity: hash, engines: { node: '>=22' } },
  };
  const quiet = () => {};
  write(good, 'Requirements: Node.js 20.19 or later and npm.');
  const goodFindings = review(dir, quiet).findings;
  write(bad, 'Requirements: Node.js 20 or later and npm.');
  const badFindings = review(dir, quiet).findings;
  rmSync(dir, { recursive: true, force: true });
  // no-hash, sha1, elsewhere, from-git, too-new, cookie@2.0.3, cookie@2.0.2 unused, the README.
  if (goodFindings.length !== 0 || badFindings.length !== 8) {
    wrong.push('review');
    console.error(`self-test: the clean lockfile gave ${JSON.stringify(goodFindings)}`);
    console.error(`self-test: the bad lockfile gave ${badFindings.length} findings (want 8):`);
    badFindings.forEach((finding) => console.error(`  ${finding}`));
  }
  const total = cases.length + 2;
  console.log(`check-lockfile self-test: ${wrong.length} of ${total} cases wrong`);

  process.exit(wrong.length === 0 ? 0 : 1);
}

// --- The review -------------------------------------------------------------------------------

function review(root = ROOT, log = console.log) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const promisedRange = rootPackage.engines?.node;
  if (!promisedRange) {
    return {
      findings: ['package.json: engines.node is missing (the Node version kyoso promises)'],
      checked: 0,
    };
  }
  const promised = minimumOf(promisedRange);
  const findings = [];
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const promisedText = promised.replace(/\.0$/, '').replace(/\.0$/, '');
  if (!readme.includes(`Node.js ${promisedText} or later`)) {
    findings.push(
      `README.md: does not say "Node.js ${promisedText} or later" (package.json engines.node is "${promisedRange}")`,
    );
  }
  if (lock.lockfileVersion < 2) {
    findings.push(`package-lock.json: lockfileVersion ${lock.lockfileVersion} (need 2 or 3)`);
  }

  let checked = 0;
  const used = new Set();
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    if (location === '' || !location.includes('node_modules/')) {
      continue; // the root and the workspaces themselves
    }
    const name =
      entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (entry.link) {
      if (!entry.resolved || entry.resolved.startsWith('..') || path.isAbsolute(entry.resolved)) {
        findings.push(`${location}: a link outside the repository (${entry.resolved})`);
      }
      continue;
    }
    checked += 1;
    const id = `${name}@${entry.version}`;
    if (!/^\d+\.\d+\.\d+/.test(entry.version ?? '')) {
      findings.push(`${id}: not a registry version (${entry.version})`);
    }
    if (entry.resolved !== undefined && !entry.resolved.startsWith(REGISTRY)) {
      findings.push(`${id}: resolved from ${entry.resolved}, not ${REGISTRY}`);
    }
    if (!/^sha512-[A-Za-z0-9+/]+=*$/.test(entry.integrity ?? '')) {
      findings.push(`${id}: no sha512 integrity hash (${entry.integrity ?? 'none'})`);
    }
    const range =
      entry.engines?.node ?? (typeof entry.engines === 'string' ? entry.engines : undefined);
    if (!entry.dev && range && !satisfies(promised, range)) {
      const exception = SUPPORTED_DESPITE_ENGINES[id];
      if (!exception) {
        findings.push(
          `${id}: a runtime dependency whose engines.node "${range}" excludes Node ${promised} (promised: "${promisedRange}")`,
        );
      } else {
        used.add(id);
        if (!existsSync(path.join(root, exception.test))) {
          findings.push(`${id}: its proof ${exception.test} does not exist`);
        }
        log(
          `  accepted: ${id} (engines.node "${range}"): ${exception.why}; proven by ${exception.test}`,
        );
      }
    }
  }
  for (const id of Object.keys(SUPPORTED_DESPITE_ENGINES)) {
    if (!used.has(id)) {
      findings.push(
        `${id}: listed as an accepted exception but no longer needed; remove it from scripts/check-lockfile.mjs`,
      );
    }
  }
  return { findings, checked, promised };
}

if (process.argv.includes('--self-test')) {
  selfTest();
} else {
  const { findings, checked, promised } = review();
  if (findings.length > 0) {
    console.error(`check-lockfile: ${findings.length} finding(s):`);
    for (const finding of findings) {
      console.error(`  ${finding}`);
    }
    process.exit(1);
  }
  console.log(
    `check-lockfile: ${checked} packages from ${REGISTRY} with sha512 hashes; every runtime dependency supports Node ${promised}`,
  );
}
