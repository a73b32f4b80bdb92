/**
 * The public side as a visitor meets it: no error in the console, every language (やさしい日本語
 * too), a phone's width, and English set in a proportional font.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleErrors, expectAccessible, login, pageWidth, PHONE, useBrowser } from './support';

const browser = useBrowser();

/** Opens a page and waits until it has rendered and stopped fetching. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** The first open theme of the demo city. */
async function firstThemeId(page: Page): Promise<string> {
  const { themes } = (await (await page.request.get('/api/themes?window=open')).json()) as {
    themes: Array<{ id: string }>;
  };
  return themes[0]!.id;
}

describe('an anonymous visitor', () => {
  it('reads every public page without a single error in the browser console', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    const theme = await firstThemeId(page);
    for (const path of [
      '/',
      '/themes',
      `/themes/${theme}`,
      '/guide',
      '/calendar',
      '/login',
      '/register',
      '/forgot-password',
      '/no/such/page',
    ]) {
      await open(page, path);
    }
    // Nobody is logged in: an answer, not an error.
    expect(errors).toEqual([]);
    expect(await page.getByRole('link', { name: 'ログイン' }).first().isVisible()).toBe(true);
  });

  it('switches to やさしい日本語 and reads the home page, the guide and the themes in it', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    await page.getByRole('button', { name: 'やさしい日本語に きりかえる' }).click();
    await page.getByRole('heading', { name: 'ていあんの 入口は 2つ あります' }).waitFor();
    // Easy Japanese is Japanese, for the browser, screen readers and fonts.
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.getByRole('link', { name: '自由な ていあんを する' }).waitFor();
    await expectAccessible(page, 'home in easy Japanese');

    await page
      .getByRole('navigation', { name: 'メニュー' })
      .getByRole('link', { name: 'ていあんの ガイド' })
      .click();
    await page.getByRole('heading', { name: 'よい ていあんの 4つの ポイント' }).waitFor();
    await page.getByText('ていあんするのに お金は かかりますか。').waitFor();
    await page.getByRole('heading', { name: 'つかう ときの ルール' }).waitFor();
    await expectAccessible(page, 'guide in easy Japanese');

    await page
      .getByRole('navigation', { name: 'メニュー' })
      .getByRole('link', { name: 'ぼしゅう中の テーマ' })
      .click();
    await page.getByRole('heading', { name: 'ぼしゅう中の テーマ', level: 1 }).waitFor();
    await page.getByLabel('さがす ことば').waitFor();
    await page.getByText(/テーマは \d+こ あります/).waitFor();
    await expectAccessible(page, 'themes in easy Japanese');

    // The choice is kept: the next visit opens in easy Japanese.
    await page.reload();
    await page.getByRole('heading', { name: 'ぼしゅう中の テーマ', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });

  it('reads English in a proportional font, not a monospaced one', async () => {
    const page = await browser.newPage({ language: 'en' });
    await open(page, '/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Propose co-creation to the city' }).waitFor();
    // Ten narrow letters and ten wide ones, in the page's own font: equal widths would mean a
    // monospaced face (IPAGothic's Latin letters are).
    const [narrow, wide] = await page.evaluate(() =>
      ['iiiiiiiiii', 'MMMMMMMMMM'].map((text) => {
        const span = document.createElement('span');
        span.textContent = text;
        document.querySelector('main p')!.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      }),
    );
    expect(narrow! / wide!).toBeLessThan(0.6);
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/kyoso-home-en.png` });
  });
});

describe('on a 390-pixel-wide phone', () => {
  it('the home page and the themes fit the width', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await open(page, '/');
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'home on a phone');
    await open(page, '/themes');
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await open(page, `/themes/${await firstThemeId(page)}`);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    for (const path of ['/guide', '/calendar', '/register']) {
      await open(page, path);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
    }
  });

  it('the home page does not move once painted, even when the session answers late', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    // A slow answer to "who is there?": the page is painted before it is known, and nothing may
    // jump when it is (the short loading line and the header's buttons used to: CLS 0.87).
    await page.route('**/api/auth/session', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; hadRecentInput: boolean }
        >) {
          w.layoutShift += entry.hadRecentInput ? 0 : entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, '/');
    await page.getByRole('link', { name: 'ログイン' }).first().waitFor();
    const shift = await page.evaluate(
      () => (window as unknown as { layoutShift: number }).layoutShift,
    );
    expect(shift).toBeLessThan(0.1);
  });

  it('a proposer writes every step of the form and reads the receipt without scrolling sideways', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await login(page, 'startup@demo.example');
    const { proposal } = (await (
      await page.request.post('/api/proposals', { data: { kind: 'free' } })
    ).json()) as { proposal: { id: string } };
    for (let step = 1; step <= 7; step += 1) {
      await open(page, `/proposals/${proposal.id}/edit?step=${step}`);
      await page.getByRole('heading', { name: new RegExp(`${step}/7`) }).waitFor();
      expect(await pageWidth(page), `step ${step}`).toBeLessThanOrEqual(390);
    }
    await expectAccessible(page, 'review on a phone');

    const { proposals } = (await (
      await page.request.get('/api/proposals?scope=mine&pageSize=50')
    ).json()) as { proposals: Array<{ id: string; referenceNumber: string | null }> };
    const submitted = proposals.find((p) => p.referenceNumber !== null)!;
    await open(page, `/proposals/${submitted.id}/receipt`);
    await page.getByRole('heading', { name: '提案を受け付けました' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'receipt on a phone');
  });
});
