// The registry's own dependency checks, run by CI after the offline lockfile review:
// - `npm audit --omit=dev`: advisories against the runtime dependencies; a high or critical one
//   fails the run (moderate and low are listed);
// - `npm audit signatures`: the registry's signatures of the installed packages; an invalid one
//   fails the run.
// Where the registry or the signature service cannot be reached or refuses the call (405 on the
// bulk advisory endpoint, no route to the sigstore TUF mirror), the check says so and does not
// fail: the offline review (scripts/check-lockfile.mjs) still guards the lockfile.
import { spawnSync } from 'node:child_process';

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

/** Runs `npm <args> --json` and returns its parsed answer, or why there is none. */
function npmJson(args) {
  // One quick retry: a refusal should not hold CI up for a minute of back-off.
  const retries = [
    '--fetch-retries=1',
    '--fetch-retry-mintimeout=2000',
    '--fetch-retry-maxtimeout=5000',
  ];
  const run = spawnSync('npm', [...args, '--json', ...retries], {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    return { unreachable: `npm did not finish (${run.error.message})` };
  }
  let body;
  try {
    body = JSON.parse(run.stdout);
  } catch {
    return {
      unreachable: `no JSON answer (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1) ?? ''}`,
    };
  }
  const status = typeof body.statusCode === 'number' ? body.statusCode : undefined;
  const code = body.error?.code;
  if (
    status !== undefined ||
    (code && NETWORK_CODES.has(code)) ||
    /network|ENOTFOUND|EAI_AGAIN/i.test(body.error?.summary ?? '')
  ) {
    return { unreachable: body.message ?? body.error?.summary ?? `HTTP ${status}` };
  }
  if (body.error) {
    return { failed: `${body.error.code ?? 'error'}: ${body.error.summary ?? ''}` };
  }
  return { body };
}

let failed = false;

const audit = npmJson(['audit', '--omit=dev']);
if (audit.unreachable) {
  console.log(
    `npm audit --omit=dev: NOT CHECKED, the registry refused or could not be reached (${audit.unreachable})`,
  );
} else if (audit.failed) {
  console.log(`npm audit --omit=dev: FAILED to run (${audit.failed})`);
  failed = true;
} else {
  const counts = audit.body.metadata?.vulnerabilities ?? {};
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  for (const [name, vulnerability] of Object.entries(audit.body.vulnerabilities ?? {})) {
    console.log(`  ${vulnerability.severity}: ${name} ${vulnerability.range ?? ''}`);
  }
  console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
  if (serious > 0) {
    console.log(
      `npm audit --omit=dev: ${serious} high or critical advisory(ies) in runtime dependencies`,
    );
    failed = true;
  }
}

const signatures = npmJson(['audit', 'signatures']);
if (signatures.unreachable) {
  console.log(
    `npm audit signatures: NOT CHECKED, the signature service could not be reached (${signatures.unreachable})`,
  );
} else if (signatures.failed) {
  console.log(`npm audit signatures: FAILED to run (${signatures.failed})`);
  failed = true;
} else {
  const invalid = signatures.body.invalid ?? [];
  const missing = signatures.body.missing ?? [];
  for (const item of invalid) {
    console.log(`  invalid signature: ${item.name}@${item.version}`);
  }
  console.log(
    `npm audit signatures: ${invalid.length} invalid, ${missing.length} without a signature`,
  );
  if (invalid.length > 0) {
    failed = true;
  }
}

process.exit(failed ? 1 : 0);
