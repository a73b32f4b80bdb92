/**
 * Themes from draft to close (issue #10), with the demo accounts: a department (公園管理課)
 * writes a theme and submits it, the desk publishes it, a proposer asks a question and everyone
 * reads the department's answer (the asker never named); the department closes the call early
 * and the proposer's late submission on it is refused with a message naming the theme and the
 * date, then goes on as a free proposal. axe finds nothing on any of these pages.
 */
import type { Cookie, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, login, pageWidth, useBrowser, waitForMail } from './support';

const browser = useBrowser();

/** Each demo user logs in once per file (the login budget is shared by every browser test). */
const sessions = new Map<string, Cookie[]>();
async function signedIn(
  email: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  const cookies = sessions.get(email);
  if (cookies) {
    await page.context().addCookies(cookies);
  } else {
    await login(page, email);
    sessions.set(email, await page.context().cookies());
  }
  return page;
}

const TITLE = '夜の公園を安心して使えるようにする（E2E）';
const QUESTION = '実証の期間中、公園の照明の明るさを変えることはできますか（E2E）。';
const ANSWER = '公園管理課と調整のうえ、実証の期間に限って変更できます（E2E）。';
let themeId = '';

describe('a theme from draft to publication, with a public answer', () => {
  it('is written by the department, published by the desk, and answers a proposer in public', async () => {
    // The department writes its theme.
    const staff = await signedIn('staff2@demo.example');
    await staff.goto('/staff/themes');
    await staff.getByRole('heading', { name: '自部署のテーマ' }).waitFor();
    await expectAccessible(staff, 'department themes');
    await staff.getByRole('link', { name: '新しいテーマを作成' }).click();
    await staff.getByRole('heading', { name: '新しいテーマを作成' }).waitFor();
    await staff.getByLabel(/^テーマ名\s*必須/).fill(TITLE);
    await staff
      .getByLabel(/^概要\s*必須/)
      .fill('夜間の公園の不安を減らし、誰もが安心して使える公園にするテーマです。');
    await staff.getByLabel(/^分野/).selectOption('urban');
    await staff
      .getByLabel(/^背景/)
      .fill('市内の公園の多くが整備から30年を過ぎ、照明も古くなっています。');
    await staff.getByLabel(/^課題\s*必須/).fill('夜間の公園で不安を感じる市民が増えています。');
    await staff.getByLabel(/^課題を抱えている人/).fill('公園の近くに住む高齢者と子育て世帯');
    await staff
      .getByLabel(/^課題の根拠/)
      .fill('令和6年度の市民意識調査で「夜の公園が不安」と答えた人が42%でした。');
    await staff
      .getByLabel(/^求める成果/)
      .fill('夜の公園が不安と答える市民の割合を半分にすること。');
    await staff.getByLabel('実証フィールド').check();
    await staff
      .getByLabel(/「実証フィールド」で提供できること/)
      .fill('市内3か所の公園を実証の場として使えます。');
    await staff.getByLabel('予算を要求する予定です').check();
    await staff.getByLabel(/^募集開始日/).fill('2026-11-20');
    await staff.getByLabel(/^募集終了日/).fill('2027-02-26');
    await expectAccessible(staff, 'theme form');
    await staff.getByRole('button', { name: '下書きを保存する' }).click();
    await staff.getByRole('heading', { name: TITLE }).waitFor();
    themeId = staff.url().split('/').pop() ?? '';
    expect(themeId).toMatch(/^[0-9a-f-]{36}$/);
    await staff.getByRole('button', { name: '窓口に提出する' }).click();
    await staff.getByText('審査中').first().waitFor();
    await expectAccessible(staff, 'theme in review (department)');

    // Not public yet.
    const visitor = await browser.newPage();
    await visitor.goto(`/themes/${themeId}`);
    await visitor.getByRole('heading', { name: /見つかりません/ }).waitFor();

    // The desk publishes it from its review queue.
    const desk = await signedIn('coordinator@demo.example');
    await desk.goto('/staff/themes');
    await desk.getByRole('heading', { name: 'テーマの審査' }).waitFor();
    await desk.getByRole('heading', { name: '審査待ちのテーマ' }).waitFor();
    await expectAccessible(desk, 'review queue');
    await desk.getByRole('link', { name: TITLE }).first().click();
    await desk.getByRole('button', { name: '公開する' }).click();
    await desk.getByText('公開中').first().waitFor();
    await expectAccessible(desk, 'published theme (desk)');

    // A proposer asks a question on the public page.
    const proposer = await signedIn('startup@demo.example');
    await proposer.goto(`/themes/${themeId}`);
    await proposer.getByRole('heading', { name: TITLE }).waitFor();
    await proposer.getByText('実証フィールド').first().waitFor();
    await proposer.getByLabel(/^質問/).fill(QUESTION);
    await proposer.getByRole('button', { name: '質問を送る' }).click();
    await proposer.getByText(/質問を受け付けました/).waitFor();
    await expectAccessible(proposer, 'theme page with the question form');

    // The department answers; the answer is public, the asker e-mailed and never named.
    await staff.goto(`/staff/themes/${themeId}`);
    await staff.getByText(QUESTION).waitFor();
    await staff.getByLabel(/^回答（テーマのページで公開します）/).fill(ANSWER);
    await staff.getByRole('button', { name: '回答を公開する' }).click();
    await staff.getByText(ANSWER).first().waitFor();
    const mail = await waitForMail('startup@demo.example', /テーマへのご質問に回答がありました/);
    expect(mail.text).toContain(ANSWER);

    await visitor.goto(`/themes/${themeId}`);
    await visitor.getByRole('heading', { name: '質問と回答' }).waitFor();
    await visitor.getByText(ANSWER).waitFor();
    await visitor.getByText(QUESTION).waitFor();
    await visitor.getByText('0件').waitFor();
    const body = (await visitor.locator('main').textContent()) ?? '';
    expect(body).not.toContain('みまもりテック');
    expect(body).not.toContain('startup@demo.example');
    await expectAccessible(visitor, 'public theme page with an answer');
  });
});

describe('closing a theme', () => {
  it('refuses a late submission on a closed theme with a message naming the theme and the date', async () => {
    expect(themeId).not.toBe('');
    const proposer = await signedIn('startup@demo.example');
    const request = proposer.request;
    const created = await request.post('/api/proposals', {
      data: { kind: 'theme', themeId },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const { proposal } = (await created.json()) as { proposal: { id: string } };
    const filled = await request.patch(`/api/proposals/${proposal.id}`, {
      data: {
        title: '人感センサー付き照明による夜の公園の見守り（E2E）',
        summary: '人が近づくと明るくなる照明で、夜の公園の不安を減らす実証を行います。',
        problem:
          '夜間の公園で不安を感じる市民が増えており、令和6年度の市民意識調査でも42%が「夜の公園が不安」と答えています。特に高齢者と子育て世帯で割合が高くなっています。',
        whyThisCity: '市がテーマとして公開し、実証の場となる公園を提供しているためです。',
        solution:
          '人感センサー付きの照明を3か所の公園に設置し、人が近づいたときだけ明るくすることで、電気代を抑えながら利用者の安心感を高めます。利用者数と安心感の変化を測ります。',
        cityRole: '実証の場の提供と、近隣の町内会との調整をお願いします。',
        companyRole: '照明の提供と設置、運用、効果測定を自社負担で行います。',
        cityBudget: 'none',
        resourcesWanted: ['test_field'],
        impact: '夜の公園の不安が減り、夕方以降の公園の利用が増えることが期待できます。',
        kpis: [{ name: '夜の公園が不安と答える市民の割合', target: '21%以下' }],
        desiredStart: '2027-04',
        pilot: true,
        contactName: '見守 花子',
        contactEmail: 'startup@demo.example',
      },
    });
    expect(filled.ok(), await filled.text()).toBe(true);

    // The department closes the call early, with its reason.
    const staff = await signedIn('staff2@demo.example');
    await staff.goto(`/staff/themes/${themeId}`);
    await staff.getByLabel(/^終了の理由/).fill('予定していた公園の改修工事が前倒しになったため。');
    await staff.getByRole('button', { name: '募集を早期に終了する' }).click();
    await staff.getByText('募集終了').first().waitFor();

    // The theme page says so; the proposer's submission is refused, naming the theme and the day.
    const visitor = await browser.newPage();
    await visitor.goto(`/themes/${themeId}`);
    await visitor.getByText(/このテーマは2026年11月20日.*に募集を終了しました/).waitFor();
    await visitor.getByText('予定していた公園の改修工事が前倒しになったため。').waitFor();
    await expectAccessible(visitor, 'closed theme page');

    await proposer.goto(`/proposals/${proposal.id}/edit?step=7`);
    await proposer.getByRole('heading', { name: /7\/7 確認して提出/ }).waitFor();
    for (const label of [
      /課題ドリブン/,
      /なぜこの市か/,
      /1提案 = 1ソリューション/,
      /役割分担と費用負担/,
    ]) {
      await proposer.getByLabel(label).check();
    }
    await proposer.getByRole('button', { name: 'この内容で提出する' }).click();
    await proposer
      .getByText(new RegExp(`テーマ「${TITLE.replace(/[()（）]/g, '.')}」の募集は2026-11-20に終了`))
      .first()
      .waitFor();
    await expectAccessible(proposer, 'refused late submission');

    // The same text goes on as a free proposal, and is received.
    await proposer.getByRole('button', { name: '自由提案として続ける' }).click();
    await proposer.getByText(/自由提案に切り替えました/).waitFor();
    await proposer.getByRole('button', { name: 'この内容で提出する' }).click();
    await proposer.getByRole('heading', { name: '提案を受け付けました' }).waitFor();
  });
});

describe('the theme pages on a phone and in every language', () => {
  it('fit 390 pixels, say when a theme is in Japanese only, and show no catalogue key', async () => {
    expect(themeId).not.toBe('');
    const visitor = await browser.newPage({ viewport: PHONE });
    await visitor.goto(`/themes/${themeId}`);
    await visitor.getByRole('heading', { name: TITLE }).waitFor();
    await visitor.waitForLoadState('networkidle');
    expect(await pageWidth(visitor)).toBeLessThanOrEqual(PHONE.width);
    const key = /\b(theme|qa|budget|resource|status|staff|form|manage)\.[a-zA-Z_]+/;
    for (const [button, heading] of [
      ['Switch to English', 'Questions and answers'],
      ['やさしい日本語に きりかえる', 'しつもん と こたえ'],
    ] as const) {
      await visitor.getByRole('button', { name: button }).click();
      await visitor.getByRole('heading', { name: heading }).waitFor();
      await visitor.waitForLoadState('networkidle');
      expect((await visitor.locator('main').innerText()).match(key)?.[0] ?? null).toBeNull();
      expect(await pageWidth(visitor)).toBeLessThanOrEqual(PHONE.width);
      await expectAccessible(visitor, `theme page (${button})`);
    }
    await visitor.getByRole('button', { name: 'Switch to English' }).click();
    await visitor.getByText('This theme is written in Japanese only.').waitFor();

    const staff = await signedIn('staff2@demo.example', PHONE);
    await staff.goto('/staff/themes/new');
    await staff.getByRole('heading', { name: '新しいテーマを作成' }).waitFor();
    await staff.waitForLoadState('networkidle');
    expect(await pageWidth(staff)).toBeLessThanOrEqual(PHONE.width);
    // Sent empty: every problem named with the theme form's own words, next to its field.
    await staff.getByRole('button', { name: '下書きを保存する' }).click();
    await staff
      .getByText(/「テーマ名」は必須です/)
      .first()
      .waitFor();
    await expectAccessible(staff, 'theme form with errors on a phone');
  });
});
