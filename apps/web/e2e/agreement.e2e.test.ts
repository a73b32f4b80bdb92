/**
 * STEP 5 as the city and the proposer live it, on the demo case waiting for the proposer's
 * confirmation (「高齢者の通いの場へのオンライン体操教室の提供」): the lead department revises the
 * terms (a contract, a council vote in the session the calendar suggests), the proposer reads and
 * confirms the new version, the department adds the signed PDF and its date (a file that is not
 * a PDF is refused next to its field), and the public summary waits for the proposer's consent
 * to its very text. Every page passes axe; the proposer's tab fits a phone in every language.
 */
import type { Cookie, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, login, pageWidth, useBrowser, waitForMail } from './support';

const browser = useBrowser();
const TITLE = '高齢者の通いの場へのオンライン体操教室の提供';
const REVISED = '体操教室の運営、参加記録と体力測定の結果の共有（E2E 改訂）。';
const SUMMARY =
  '市内の通いの場に、理学療法士によるオンライン体操教室を週2回届け、フレイル予防の効果を測る事業です（E2E）。';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** Session cookies of each demo user: the API allows 20 logins per 10 minutes from one address. */
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

let caseId: string | undefined;

/** The demo case at STEP 5, found as its lead department finds it. */
async function step5Case(staff: Page): Promise<string> {
  if (!caseId) {
    const res = await staff.request.get(
      `/api/proposals?scope=inbox&q=${encodeURIComponent('オンライン体操教室')}`,
    );
    expect(res.ok(), await res.text()).toBe(true);
    const { proposals } = (await res.json()) as {
      proposals: Array<{ id: string; title: string; status: string }>;
    };
    const found = proposals.find((p) => p.title === TITLE);
    expect(found?.status).toBe('agreement');
    caseId = found!.id;
  }
  return caseId;
}

async function openAgreement(page: Page, id: string) {
  await page.goto(`/proposals/${id}?tab=agreement`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByRole('heading', { level: 2, name: '協定・契約（STEP 5）' }).waitFor();
}

describe('the STEP 5 agreement', () => {
  it('is revised by the department, confirmed by the proposer, signed, and summarised with consent', async () => {
    const staff = await signedIn('staff1@demo.example');
    const id = await step5Case(staff);

    // The department reads version 1, waiting for the proposer, and what signing still needs.
    await openAgreement(staff, id);
    await staff.getByRole('link', { name: '協定・契約', exact: true }).waitFor();
    await staff.getByRole('heading', { name: /^第1版（/ }).waitFor();
    await staff.getByText('提案者が内容を確認するのを待っています。').waitFor();
    await staff.getByText('内容の記録：済み').waitFor();
    await staff.getByText('提案者の確認：まだです').waitFor();
    await staff.getByText('実証実験協定', { exact: true }).waitFor();
    await expectAccessible(staff, 'agreement tab (staff)');

    // It revises the terms: a contract must name how it is awarded.
    await staff.getByRole('button', { name: '内容を改める' }).click();
    const form = staff.locator('form', {
      has: staff.getByRole('heading', { name: '内容の改訂（第2版）' }),
    });
    await form.waitFor();
    await form.getByLabel('種類').selectOption({ label: '契約' });
    await form.getByRole('button', { name: '記録して提案者に知らせる' }).click();
    await form.locator('[data-error-summary]').waitFor();
    // The message names the field (the same words as its label).
    await expect
      .poll(() => form.locator('[data-error-summary]').textContent())
      .toContain('「契約の方法」');
    await expect
      .poll(() => form.getByLabel('契約の方法').getAttribute('aria-invalid'))
      .toBe('true');
    await form.getByLabel('契約の方法').selectOption({ label: '随意契約' });
    // A budget vote: the calendar suggests the session.
    await form
      .getByLabel('市議会の議決')
      .selectOption({ label: '予算について市議会の議決が必要です' });
    await form.getByText(/^予算の暦からの提案：.+定例会/).waitFor();
    await form.getByRole('button', { name: 'この定例会にする' }).click();
    await expect
      .poll(() => form.getByLabel(/議決を求める定例会/).inputValue())
      .toMatch(/^\d{4}-\d{2}$/);
    await form.getByLabel('提案者が行うこと').fill(REVISED);
    await expectAccessible(staff, 'agreement form');
    await form.getByRole('button', { name: '記録して提案者に知らせる' }).click();
    await staff.getByText('第2版を記録し、提案者に確認を求めました。').waitFor();
    await staff.getByRole('heading', { name: /^第2版（/ }).waitFor();
    await staff.getByText('随意契約', { exact: true }).waitFor();
    // The negotiated contract rests on the originality the decision gave.
    await staff.getByText(/同種の提供事業者は市内にありません/).waitFor();
    await staff.getByRole('heading', { name: 'これまでの版（1）' }).waitFor();
    await staff.getByText(/^第1版・/).click();
    await staff.getByRole('heading', { name: /^第1版（/ }).waitFor();
    await expectAccessible(staff, 'agreement revised (staff)');

    // The proposer is told, reads version 2 in plain words and confirms it.
    const mail = await waitForMail('startup@demo.example', /協定|契約/);
    expect(mail.text).toContain(TITLE);
    const proposer = await signedIn('startup@demo.example');
    await openAgreement(proposer, id);
    await proposer.getByRole('heading', { name: /^第2版（/ }).waitFor();
    await proposer.getByText(REVISED).waitFor();
    await proposer.getByText('予算について市議会の議決が必要です').waitFor();
    await proposer.getByText(/定例会に諮る予定です/).waitFor();
    // The proposer never sees which civil servant wrote it, nor the earlier versions.
    expect(await proposer.getByText(/記録した職員/).count()).toBe(0);
    expect(await proposer.getByRole('heading', { name: /これまでの版/ }).count()).toBe(0);
    await expectAccessible(proposer, 'agreement tab (proposer)');
    await proposer.getByRole('button', { name: 'この内容（第2版）を確認しました' }).click();
    await proposer.getByText('内容を確認したことを担当部署に伝えました。').waitFor();
    await proposer.getByText('提案者の確認：済み').waitFor();
    await proposer
      .getByText('確認ありがとうございます。担当部署が署名の手続きを進めます。')
      .waitFor();
    expect(await proposer.getByRole('button', { name: /を確認しました/ }).count()).toBe(0);

    // The department adds the signed PDF: a file that is not a PDF is refused at its field.
    await staff.reload();
    await staff.getByText('提案者の確認：済み').waitFor();
    await staff.getByLabel('署名日').fill('2026-11-19');
    const file = staff.getByLabel('署名済みの協定書・契約書（PDF）');
    await file.setInputFiles({
      name: 'memo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a pdf'),
    });
    await staff.getByRole('button', { name: '署名日と書類を登録する' }).click();
    await staff.locator('.field__error', { hasText: 'PDF ファイルを選んでください' }).waitFor();
    await expect.poll(() => file.getAttribute('aria-invalid')).toBe('true');
    await file.setInputFiles({
      name: '協定書（E2E）.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await staff.getByRole('button', { name: '署名日と書類を登録する' }).click();
    await staff.getByText('署名済みの書類を登録しました。').waitFor();
    await staff.getByRole('link', { name: '協定書（E2E）.pdf' }).waitFor();
    await staff.getByText('署名日と署名済みの書類：済み').waitFor();
    await staff.getByText(/締結に必要なものがそろいました/).waitFor();
    // The workflow now offers signing.
    await staff
      .getByRole('region', { name: 'できる操作' })
      .getByRole('button', { name: '協定・契約の締結を記録する' })
      .waitFor();
    await expectAccessible(staff, 'agreement with signed document');

    // Both sides download the same bytes.
    const downloaded = await proposer.request.get(`/api/proposals/${id}/agreement/document`);
    expect(downloaded.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await downloaded.body()).equals(PDF)).toBe(true);

    // The public summary: written by the department, published only with consent.
    await staff.getByLabel('事業概要（公開用）').fill(SUMMARY);
    await staff.getByRole('button', { name: '保存して提案者に同意を求める' }).click();
    await staff.getByText('保存し、提案者に同意を求めました。').waitFor();
    await staff.getByText('提案者の同意を待っています。今は公開されていません。').waitFor();

    await proposer.reload();
    await proposer.getByRole('heading', { name: '公開用の事業概要' }).waitFor();
    await proposer
      .getByText(/ポータルの「成果」のページに載り、誰でも読めるようになります/)
      .waitFor();
    await proposer.getByText(SUMMARY).waitFor();
    await expectAccessible(proposer, 'public summary (proposer)');
    await proposer.getByRole('button', { name: 'この文面のとおり公開することに同意する' }).click();
    await proposer.getByText('同意を伝えました。この文面が成果のページに公開されます。').waitFor();
    await proposer.getByText(/^提案者が公開に同意しています/).waitFor();
    // It can be withdrawn, and given again.
    await proposer.getByRole('button', { name: '公開への同意を取り消す' }).click();
    await proposer.getByText('同意を取り消しました。成果のページには載りません。').waitFor();
    await proposer.getByRole('button', { name: 'この文面のとおり公開することに同意する' }).click();
    await proposer.getByText('同意を伝えました。この文面が成果のページに公開されます。').waitFor();

    await staff.reload();
    await staff.getByText(/^提案者が公開に同意しています/).waitFor();
    await staff.getByText(/同意した人：/).waitFor();
  });

  it('reads on a phone, in やさしい日本語 and in English, without a key shown for words', async () => {
    const staff = await signedIn('staff1@demo.example');
    const id = await step5Case(staff);
    const proposer = await signedIn('startup@demo.example', PHONE);
    await openAgreement(proposer, id);
    await proposer.waitForLoadState('networkidle');
    expect(await pageWidth(proposer)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(proposer, 'agreement tab on a phone');
    const key = /\b(agreement|tabs)\.[a-zA-Z_]+/;
    for (const [button, heading] of [
      ['やさしい日本語に きりかえる', 'やくそく（協定・契約）（STEP 5）'],
      ['Switch to English', 'Agreement (STEP 5)'],
    ] as const) {
      await proposer.getByRole('button', { name: button }).click();
      await proposer.getByRole('heading', { level: 2, name: heading }).waitFor();
      await proposer.waitForLoadState('networkidle');
      expect((await proposer.locator('main').innerText()).match(key)?.[0] ?? null).toBeNull();
      expect(await pageWidth(proposer)).toBeLessThanOrEqual(PHONE.width);
      await expectAccessible(proposer, `agreement tab (${button})`);
    }

    const phoneStaff = await signedIn('staff1@demo.example', PHONE);
    await openAgreement(phoneStaff, id);
    await phoneStaff.getByRole('button', { name: '内容を改める' }).click();
    await phoneStaff.getByRole('heading', { name: /^内容の改訂/ }).waitFor();
    expect(await pageWidth(phoneStaff)).toBeLessThanOrEqual(PHONE.width);
  });
});
