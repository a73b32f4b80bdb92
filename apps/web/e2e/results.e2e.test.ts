/**
 * The public results as a visitor meets them, without logging in: the cases (search, filters kept
 * in the address, KPI results, the CSV download), the statistics (charts with their tables, "<5"
 * never shown as a number), in Japanese, English and やさしい日本語, on a desktop and a phone.
 *
 * Other browser tests move the demo cases of STEPs 5 and 6 along, so nothing here counts cases or
 * proposals exactly: the case checked is whichever the API publishes first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleErrors, expectAccessible, pageWidth, PHONE, useBrowser } from './support';

const browser = useBrowser();

type PublicCase = {
  referenceNumber: string;
  title: string;
  fiscalYear: number | null;
  bureau: { id: string; name: { ja: string; en: string } } | null;
  kpis: Array<{ name: string; unit: string }>;
};

/** Opens a page and waits until it has rendered and stopped fetching. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * A public case with KPIs (the demo city consented to the summary of its STEP 6 case; other
 * browser tests may publish more, with or without KPIs yet).
 */
async function firstPublicCase(page: Page): Promise<PublicCase> {
  const { cases } = (await (await page.request.get('/api/public/cases?pageSize=100')).json()) as {
    cases: PublicCase[];
  };
  const found = cases.find((c) => c.kpis.length > 0 && c.bureau && c.fiscalYear !== null);
  expect(found, 'a public case with KPIs').toBeDefined();
  return found!;
}

/** The address bar's query, as an object. */
function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/**
 * Every count on the page (tables, chart values, headline figures) is "<5", 0 or at least 5:
 * a count of one to four never shows as a number.
 */
async function expectNoSmallCount(page: Page, label: string) {
  const counts = await page.locator('[data-count]').allTextContents();
  expect(counts.length, label).toBeGreaterThan(0);
  for (const text of counts) {
    const value = text.trim();
    if (value === '<5') {
      continue;
    }
    const number = Number(value.replace(/,/g, ''));
    expect(Number.isInteger(number), `${label}: ${value}`).toBe(true);
    expect(number === 0 || number >= 5, `${label}: ${value}`).toBe(true);
  }
}

/** Fetches a download link's file as the browser would, and returns its bytes. */
async function download(page: Page, name: string | RegExp): Promise<Buffer> {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  return response.body();
}

describe('the public cases', () => {
  it('a visitor reads them, filters them by field and year, searches, and downloads the CSV', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    const shown = await firstPublicCase(page);

    await open(page, '/');
    await page
      .getByRole('navigation', { name: 'メニュー' })
      .getByRole('link', { name: '共創の事例' })
      .click();
    await page.getByRole('heading', { name: '共創の事例', level: 1 }).waitFor();
    await page.getByRole('heading', { name: shown.title, level: 2 }).waitFor();
    await page.getByText(/\d+件の事例/).waitFor();
    // Its KPIs, target against the results the city verified.
    const kpi = shown.kpis[0]!;
    await page.getByRole('table', { name: `${kpi.name}（単位: ${kpi.unit}）` }).waitFor();
    await page.getByRole('rowheader', { name: '目標' }).first().waitFor();
    await expectAccessible(page, 'cases');

    // Filters go into the address, and the case stays.
    await page.getByLabel('分野（局）').selectOption(shown.bureau!.id);
    await page.waitForURL(/field=/);
    await page.getByLabel('年度', { exact: true }).selectOption(String(shown.fiscalYear));
    await page.waitForURL(/year=/);
    expect(queryOf(page)).toMatchObject({
      field: shown.bureau!.id,
      year: String(shown.fiscalYear),
    });
    await page.getByRole('heading', { name: shown.title, level: 2 }).waitFor();

    // A search that finds nothing: the empty state, and a way back.
    await page.getByLabel('キーワード').fill('該当しないはずの言葉ぴよ');
    await page.getByRole('button', { name: '検索' }).click();
    await page.getByText('条件に合う事例はありません。').waitFor();
    await expectAccessible(page, 'cases, nothing found');
    await page.getByRole('button', { name: '条件をすべて解除する' }).click();
    await page.getByRole('heading', { name: shown.title, level: 2 }).waitFor();
    expect(queryOf(page)).toEqual({});

    // A word of its title finds it; the address keeps the search across a reload.
    const word = shown.title.slice(0, 4);
    await page.getByLabel('キーワード').fill(word);
    await page.getByRole('button', { name: '検索' }).click();
    await page.waitForURL(/q=/);
    await page.reload();
    await page.getByRole('heading', { name: shown.title, level: 2 }).waitFor();
    expect(await page.getByLabel('キーワード').inputValue()).toBe(word);

    // The open data: its licence, and the CSV in UTF-8 with a BOM, Japanese intact.
    expect(await page.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const csv = await download(page, '事例の一覧（CSV、Excelで開けます）');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toContain('"reference_number","title","summary"');
    expect(text).toContain(shown.title);
    expect(text).toContain(shown.referenceNumber);

    // The dictionary of the columns, read from the open data itself.
    await page.getByText('列と指標の説明（データ辞書）').click();
    await page
      .getByRole('table', { name: '事例の一覧の列' })
      .getByText('reference_number')
      .waitFor();
    await expectAccessible(page, 'cases with the data dictionary open');
    expect(errors).toEqual([]);
  });

  it('reads in English and in やさしい日本語, with an address edited by hand ignored gracefully', async () => {
    const page = await browser.newPage({ language: 'en' });
    const shown = await firstPublicCase(page);
    await open(page, '/cases?year=1999&field=nonsense&stage=secret');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Co-creation cases', level: 1 }).waitFor();
    await page.getByRole('heading', { name: shown.title, level: 2 }).waitFor();
    await page.getByText(/\d+ cases?$/).waitFor();
    await page.getByRole('rowheader', { name: 'Target' }).first().waitFor();
    await page.locator('.case-card__meta').getByText(shown.bureau!.name.en).first().waitFor();
    await expectAccessible(page, 'cases in English');

    await page.getByRole('button', { name: 'やさしい日本語に きりかえる' }).click();
    await page.getByRole('heading', { name: 'いっしょに つくった じぎょう', level: 1 }).waitFor();
    await page.getByText(/じぎょうは \d+こ あります/).waitFor();
    await page.getByRole('rowheader', { name: 'もくひょう' }).first().waitFor();
    await expectAccessible(page, 'cases in easy Japanese');
  });
});

describe('the public statistics', () => {
  it('a visitor reads every measure as a chart and a table, picks a year, and downloads the CSV', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    await open(page, '/');
    // The home page's headline figures lead here.
    await page.getByRole('heading', { name: /の数字$/ }).waitFor();
    await expectNoSmallCount(page, 'home');
    await page.getByRole('link', { name: 'すべての数字を見る' }).click();
    await page.getByRole('heading', { name: '数字で見る官民共創', level: 1 }).waitFor();
    await page.getByText(/^集計日時: /).waitFor();
    await page.getByRole('heading', { name: '「<5」と「非公表」について' }).waitFor();

    // Each chart is one image with a title and a description that reads out its numbers.
    const charts = page.locator('svg[role="img"]');
    await charts.first().waitFor();
    expect(await charts.count()).toBeGreaterThanOrEqual(7);
    for (const chart of await charts.all()) {
      const title = await chart.locator('title').textContent();
      const desc = await chart.locator('desc').textContent();
      expect(title?.trim()).toBeTruthy();
      expect(desc?.trim()).toBeTruthy();
      // A table with the same title holds the same numbers.
      await page.getByRole('table', { name: title! }).first().waitFor();
    }
    for (const name of [
      '受け付けた提案',
      '各STEPに進んだ提案の数',
      '一次確認の速さ',
      '種類別の採択率',
      '見送りの理由',
      '担当部署の変更（たらい回しをしない）',
    ]) {
      await page.getByRole('heading', { name, level: 2 }).waitFor();
    }
    await expectNoSmallCount(page, 'statistics');
    // A "<5" is a mark of one fixed size, never a bar whose length says the count.
    const marks = await page
      .locator('.chart__bar--suppressed rect')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('width')));
    expect(new Set(marks).size).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'statistics');

    // A fiscal year, in the address.
    const { statistics } = (await (await page.request.get('/api/public/statistics')).json()) as {
      statistics: { fiscalYears: number[] };
    };
    const year = statistics.fiscalYears[0]!;
    await page.getByLabel('対象の年度').selectOption(String(year));
    await page.waitForURL(new RegExp(`year=${year}`));
    await page.getByText(new RegExp(`${year}年度）に受け付けた提案を集計しています。`)).waitFor();
    await expectNoSmallCount(page, `statistics of ${year}`);

    const csv = await download(page, /^統計（CSV、/);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('"fiscal_year","metric","dimension","value"');
    expect(lines[1]).toMatch(new RegExp(`^"${year}","received","total",`));
    // The open data suppresses as the page does.
    for (const line of lines
      .slice(1)
      .filter((l) => /"(received|reached_step|transfers)"/.test(l))) {
      const value = line.split(',').at(-1)!.replace(/"/g, '');
      expect(value === '<5' || value === '0' || Number(value) >= 5, line).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('reads in English and in やさしい日本語', async () => {
    const page = await browser.newPage({ language: 'en' });
    await open(page, '/statistics');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Co-creation in figures', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Reasons for declining', level: 2 }).waitFor();
    await page.getByText(/^Computed /).waitFor();
    await expectNoSmallCount(page, 'statistics in English');
    await expectAccessible(page, 'statistics in English');

    await page.getByRole('button', { name: 'やさしい日本語に きりかえる' }).click();
    await page.getByRole('heading', { name: 'かずで 見る 官民共創', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'うけつけた ていあん', level: 2 }).waitFor();
    await expectAccessible(page, 'statistics in easy Japanese');
  });
});

describe('on a 390-pixel-wide phone', () => {
  it('the cases, the statistics and the home page fit the width', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    for (const path of ['/', '/cases', '/statistics']) {
      await open(page, path);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
    }
    await expectAccessible(page, 'statistics on a phone');
    await page.screenshot({
      path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/kyoso-statistics-phone.png`,
      fullPage: true,
    });
    await open(page, '/cases');
    await expectAccessible(page, 'cases on a phone');
    await page.screenshot({
      path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/kyoso-cases-phone.png`,
      fullPage: true,
    });
  });
});
