/**
 * Lighthouse on the public pages (`npm run bench -- --only=lighthouse`), desktop and mobile, in
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), against the bench server (the built
 * web app on a fresh database, nobody logged in).
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export type LighthouseRow = {
  page: string;
  formFactor: 'desktop' | 'mobile';
  performance: number;
  bestPractices: number;
  accessibility: number;
  /** Largest contentful paint, ms. */
  lcp: number;
  cls: number;
  /** Total blocking time, ms. */
  tbt: number;
  /** Bytes transferred for the page, KB. */
  transferKb: number;
  /** The audits of performance and best practices that did not pass, with their score. */
  failed: string[];
};

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const LIGHTHOUSE_PAGES = [
  '/',
  '/themes',
  '/guide',
  '/calendar',
  '/login',
  '/cases',
  '/statistics',
];

/** Each page of `pages` at `baseUrl`, desktop then mobile, in a fresh Chromium each. */
export async function runLighthouse(
  baseUrl: string,
  pages: readonly string[] = LIGHTHOUSE_PAGES,
): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const formFactor of ['desktop', 'mobile'] as const) {
    for (const page of pages) {
      // A run Lighthouse could not measure (`runtimeError`, e.g. NO_LCP: every score 0) is run
      // again, at most twice, and the row says so; a measured run is never repeated.
      const invalid: string[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const row = await runOnce(baseUrl, page, formFactor);
        if (row.runtimeError && attempt < 2) {
          invalid.push(row.runtimeError);
          continue;
        }
        rows.push({
          ...row.row,
          failed: [
            ...row.row.failed,
            ...invalid.map((code) => `(a run before failed: ${code})`),
            ...(row.runtimeError ? [`runtime error ${row.runtimeError}`] : []),
          ],
        });
        break;
      }
    }
  }
  return rows;
}

async function runOnce(
  baseUrl: string,
  page: string,
  formFactor: 'desktop' | 'mobile',
): Promise<{ row: LighthouseRow; runtimeError: string | null }> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
  });
  try {
    const result = await lighthouse(
      `${baseUrl}${page}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'best-practices', 'accessibility'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const score = (id: string) => lhr.categories[id]?.score ?? 0;
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
    const failed = ['performance', 'best-practices']
      .flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 0.9)
      .map((audit) => `${audit.id} ${audit.score}`);
    const row: LighthouseRow = {
      page,
      formFactor,
      performance: score('performance'),
      bestPractices: score('best-practices'),
      accessibility: score('accessibility'),
      lcp: Math.round(numeric('largest-contentful-paint')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      tbt: Math.round(numeric('total-blocking-time')),
      transferKb: Math.round(numeric('total-byte-weight') / 102.4) / 10,
      failed,
    };
    process.stderr.write(
      `  lighthouse ${formFactor} ${page}: performance ${score('performance')}, best practices ${score('best-practices')}${lhr.runtimeError ? ` (runtime error ${lhr.runtimeError.code})` : ''}\n`,
    );
    return { row, runtimeError: lhr.runtimeError?.code ?? null };
  } finally {
    chrome.kill();
  }
}
