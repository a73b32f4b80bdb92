import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, login, useBrowser, waitForMail } from './support';

const browser = useBrowser();

describe('a new proposer', () => {
  it('registers, verifies the address from the development mailbox, logs in and logs out', async () => {
    const page = await browser.newPage();
    const email = `e2e-${randomBytes(4).toString('hex')}@example.test`;

    await page.goto('/');
    await expectAccessible(page, 'home');
    await page.getByRole('link', { name: '新規登録' }).first().click();
    await expect.poll(() => page.url()).toContain('/register');
    await expectAccessible(page, 'register');

    // A mistake first: the page explains it and keeps everything typed.
    await page.getByLabel('お名前').fill('共創 一郎');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード', { exact: false }).first().fill('short');
    await page.getByLabel('組織名').fill('株式会社イーツーイー');
    await page.getByLabel('組織の種類').selectOption('startup');
    await page.getByLabel(/法人番号/).fill('1290001234568');
    await page.getByRole('button', { name: '登録する' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect
      .poll(() => summary.textContent())
      .toContain('パスワードは10文字以上にしてください。');
    expect(await summary.textContent()).toContain('登録には同意が必要です。');
    expect(await page.getByLabel('組織名').inputValue()).toBe('株式会社イーツーイー');
    await expectAccessible(page, 'register with errors');

    // The server checks the corporate number's check digit.
    await page.getByLabel('パスワード', { exact: false }).first().fill('Hikari-no-Mori-2026');
    await page.getByLabel(/利用規約と個人情報の取扱いに同意します/).check();
    await page.getByRole('button', { name: '登録する' }).click();
    await expect.poll(() => summary.textContent()).toContain('チェックデジット');
    await page.getByLabel(/法人番号/).fill('1290001234567');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { name: '確認メールを送信しました' }).waitFor();

    // Logging in before verifying is refused with a clear way forward.
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel(/^パスワード/).fill('Hikari-no-Mori-2026');
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.getByRole('button', { name: '確認メールを再送する' }).waitFor();

    // The development mailbox shows the e-mail; its link verifies the address.
    await page.goto('/dev/mail');
    await expectAccessible(page, 'dev mailbox');
    const mail = await waitForMail(email, /メールアドレスの確認/);
    const link = new URL(mail.text.match(/https?:\/\/\S+\/verify-email\?token=\S+/)![0]);
    await page.goto(link.pathname + link.search);
    await page.getByText('メールアドレスを確認しました').waitFor();
    await expectAccessible(page, 'verify e-mail');

    await login(page, email, 'Hikari-no-Mori-2026');
    await page.getByRole('heading', { name: 'ようこそ、共創 一郎 さん' }).waitFor();
    await page.getByRole('link', { name: /共創 一郎 さん/ }).click();
    await page.getByRole('heading', { name: 'アカウント' }).waitFor();
    expect(await page.getByLabel('組織名').inputValue()).toBe('株式会社イーツーイー');
    await expectAccessible(page, 'account');

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('link', { name: 'ログイン' }).first().waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });

  it('is told, before choosing a password, that the site’s name is refused, and why when it is', async () => {
    const page = await browser.newPage();
    await page.goto('/register');
    const password = page.getByLabel('パスワード', { exact: false }).first();
    await password.waitFor();
    // The hint is the field's description, read out with it.
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const hint = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    expect(hint).toContain('このサイトや市の名前');
    expect(hint).toContain('kyoso');

    await page.getByLabel('お名前').fill('共創 二郎');
    await page.getByLabel('メールアドレス').fill('kyoso-fan@example.test');
    await password.fill('my-kyoso-portal-2026');
    await page.getByLabel('組織名').fill('株式会社サイトメイ');
    await page.getByLabel('組織の種類').selectOption('startup');
    await page.getByLabel(/利用規約と個人情報の取扱いに同意します/).check();
    await page.getByRole('button', { name: '登録する' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect.poll(() => summary.textContent()).toContain('「kyoso」');
    expect(await summary.textContent()).not.toContain('よく使われ');
  });

  it('keeps the language chosen on this browser when logging in', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('E-mail address').fill('startup@demo.example');
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).last().click();
    // The account says Japanese; the reader chose English here, and English it stays.
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: /\(Proposer\)/ }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    // The language of screens and e-mails: every language the portal speaks.
    const options = page.getByLabel('Language for e-mails and screens').locator('option');
    expect(await options.allTextContents()).toEqual(['日本語', 'English', 'やさしい日本語']);
    await expectAccessible(page, 'account in English');
  });

  it('can switch the whole interface to English, and the choice is kept', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await expectAccessible(page, 'login in English');
  });
});

describe('city staff', () => {
  it.each([
    ['coordinator@demo.example', '受付一覧'],
    ['staff1@demo.example', '担当案件'],
    ['admin@demo.example', 'アカウント管理'],
  ])('%s logs in and sees their own menu (%s)', async (email, menu) => {
    const page = await browser.newPage();
    await login(page, email);
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: menu })
      .waitFor();
    expect(await page.getByRole('link', { name: '自社の提案' }).count()).toBe(0);
    await expectAccessible(page, `home of ${email}`);
  });

  it('an administrator’s home promises only what administrators can do', async () => {
    const page = await browser.newPage();
    await login(page, 'admin@demo.example');
    await page.getByRole('heading', { name: /ようこそ/ }).waitFor();
    const lead = (await page.locator('.page-title__lead').textContent()) ?? '';
    // There is no department or theme management (yet): the page does not say there is.
    expect(lead).not.toMatch(/部署|テーマ/);
    for (const menu of ['アカウント管理', '秘密保持契約のひな形', '予算カレンダーの設定']) {
      await page
        .getByRole('navigation', { name: 'メインメニュー' })
        .getByRole('link', { name: menu })
        .waitFor();
    }
    expect(lead).toContain('ひな形');
    expect(lead).toContain('予算カレンダー');
  });

  it('an administrator creates a staff account whose owner sets a password from the e-mail', async () => {
    const page = await browser.newPage();
    await login(page, 'admin@demo.example');
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('お名前').waitFor();
    await expectAccessible(page, 'admin users');
    const email = `new-staff-${randomBytes(3).toString('hex')}@city.example.jp`;
    await page.getByLabel('お名前').fill('新任 職員');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('役割').first().selectOption('department');
    await page
      .getByLabel('所属部署')
      .selectOption({ label: '保健福祉局 地域福祉部 長寿社会対策課' });
    await page.getByRole('button', { name: '職員アカウントを作成' }).click();
    await page.getByText(`${email} のアカウントを作成し`).waitFor();

    const mail = await waitForMail(email, /職員アカウント/);
    const link = new URL(mail.text.match(/https?:\/\/\S+\/reset-password\?\S+/)![0]);
    const staff = await browser.newPage();
    await staff.goto(link.pathname + link.search);
    await staff.getByRole('heading', { name: 'パスワードの設定' }).waitFor();
    await staff.getByLabel('新しいパスワード').fill('Midori-no-Kouen-77');
    await staff.getByRole('button', { name: 'パスワードを設定する' }).click();
    await staff.getByText('パスワードを設定しました').waitFor();
    await login(staff, email, 'Midori-no-Kouen-77');
    await staff
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '担当案件' })
      .waitFor();
  });

  it('an administrator moves the budget cutoff, and the calendar follows', async () => {
    const page = await browser.newPage();
    await login(page, 'admin@demo.example');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '予算カレンダーの設定' })
      .click();
    await page.getByRole('heading', { name: '予算カレンダーの設定', level: 1 }).waitFor();
    await page.getByLabel('翌年度予算の締切（日）').waitFor();
    await expectAccessible(page, 'calendar settings');
    const original = await page.evaluate(async () =>
      (await fetch('/api/calendar/settings')).json(),
    );
    try {
      // Settings that cannot work are refused next to their field, and nothing is saved.
      await page.getByLabel('翌年度予算の締切（月）').selectOption('2');
      await page.getByLabel('翌年度予算の締切（日）').selectOption('30');
      await page.getByLabel('定例会4の最初の月').selectOption('12');
      await page.getByRole('button', { name: '保存する' }).click();
      const summary = page.locator('[data-error-summary]');
      await expect.poll(() => summary.textContent()).toContain('その月にない日付です');
      expect(await summary.textContent()).toContain('同じ月が複数の定例会に含まれています');
      await expectAccessible(page, 'calendar settings with errors');

      // 30 November: a proposal needing city money today (20 November) is in time for FY2027.
      await page.getByLabel('翌年度予算の締切（月）').selectOption('11');
      await page.getByLabel('定例会4の最初の月').selectOption('2');
      await page.getByRole('button', { name: '保存する' }).click();
      await page.getByText('設定を保存しました。').waitFor();
      await page.getByRole('link', { name: '予算カレンダーで確認する' }).click();
      const panel = page.getByRole('region', { name: '今日提案すると' });
      await panel.getByLabel('新たな予算が必要').check();
      await panel.getByText('令和9年度（2027年度）').waitFor();
      expect(await panel.getByText(/間に合いません/).count()).toBe(0);
    } finally {
      await page.evaluate(
        async (settings) =>
          fetch('/api/calendar/settings', {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(settings),
          }),
        original.settings,
      );
    }
  });
});

describe('pages that do not exist', () => {
  it('shows a clear 404 page', async () => {
    const page = await browser.newPage();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    await expectAccessible(page, '404');
  });
});
