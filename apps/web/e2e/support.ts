import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEMO_PASSWORD = 'demo-pass-2026';

export function baseUrl(): string {
  return inject('baseUrl');
}

/** One Chromium per test file; each test gets fresh contexts (own cookies) from `newPage`. */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
  });
  return {
    async newPage(
      options: { language?: 'ja' | 'en'; viewport?: { width: number; height: number } } = {},
    ): Promise<Page> {
      if (!browser) {
        throw new Error('browser not started');
      }
      // bypassCSP lets axe-core be injected; the app's own CSP stays as it is.
      const context = await browser.newContext({
        bypassCSP: true,
        baseURL: baseUrl(),
        locale: options.language === 'en' ? 'en-GB' : 'ja-JP',
        viewport: options.viewport ?? { width: 1280, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
  };
}

/** A phone: 390 × 844 CSS pixels (iPhone 12–15). */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * Every error the browser's console shows from now on (a failed request is one: "Failed to load
 * resource: … 401"), with the page it happened on.
 */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    }
  });
  return errors;
}

/** How wide the page is laid out: more than the window's width means it scrolls sideways. */
export async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

type AxeResult = {
  violations: Array<{
    id: string;
    impact: string;
    help: string;
    nodes: Array<{ target: string[] }>;
  }>;
};

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and expects no violation. */
export async function expectAccessible(page: Page, label: string) {
  // Every page has a level-one heading once it has rendered: wait for it, so that axe never
  // looks at a page between two routes (if it never comes, axe reports it).
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.addScriptTag({ path: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } }
    ).axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
  });
  const violations = (result as AxeResult).violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** The newest development-mailbox message to `to` whose subject contains `subject`. */
export async function waitForMail(
  to: string,
  subject: RegExp,
): Promise<{ id: string; text: string; subject: string }> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const list = (await (await fetch(`${baseUrl()}/api/dev/mail`)).json()) as {
      messages: Array<{ id: string; to: string; subject: string }>;
    };
    const found = list.messages.find((m) => m.to === to && subject.test(m.subject));
    if (found) {
      const message = (await (await fetch(`${baseUrl()}/api/dev/mail/${found.id}`)).json()) as {
        message: { text: string };
      };
      return { id: found.id, subject: found.subject, text: message.message.text };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/メールアドレス/).fill(email);
  await page.getByLabel(/^パスワード/).fill(password);
  await page.getByRole('button', { name: 'ログインする' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
