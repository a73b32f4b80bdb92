/**
 * STEP 4 as the city and the proposer live it, with the demo accounts: the lead department is
 * led from the action panel to the decision form, records the decision on the three published
 * criteria (with the budget calendar's guide), and carries it out; the proposer reads it in plain
 * words without the internal notes; a declined proposer revises and submits again, and both
 * sides see the link between the two proposals with the reasons of the decline.
 */
import type { Cookie, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, login, pageWidth, useBrowser } from './support';

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

type Summary = { id: string; title: string; status: string };

/** The id of the reader's proposal with this title (and status, when several share it). */
async function idOf(
  page: Page,
  scope: 'mine' | 'inbox',
  title: string,
  status?: string,
): Promise<string> {
  const res = await page.request.get(
    `/api/proposals?scope=${scope}&q=${encodeURIComponent(title)}`,
  );
  expect(res.ok(), await res.text()).toBe(true);
  const { proposals } = (await res.json()) as { proposals: Summary[] };
  const found = proposals.find((p) => p.title === title && (!status || p.status === status));
  expect(found, `${title} in ${scope}`).toBeTruthy();
  return found!.id;
}

/** A message key shown instead of its words (a message missing in a language) would match. */
const KEY = /\b(decision|tabs|field|actions)\.[a-zA-Z_]+/;

const TAG_CASE = '認知症の方の行方不明を防ぐ見守りタグの実証';
const NOTES = 'E2E内部メモ：受信機の設置先との調整が必要';

describe('the lead department decides on the three criteria and carries the decision out', () => {
  let caseId = '';

  it('is led to the decision form, sees the calendar, is told what is missing, records a hold', async () => {
    const staff = await signedIn('staff1@demo.example');
    caseId = await idOf(staff, 'inbox', TAG_CASE);
    await staff.goto(`/proposals/${caseId}`);
    await staff.getByRole('heading', { level: 1, name: TAG_CASE }).waitFor();

    // No bare adopt, hold or decline: the panel leads to the decision first.
    const panel = staff.getByRole('region', { name: 'できる操作' });
    await panel.getByText('判断を記録してから実行します').waitFor();
    expect(await panel.getByRole('button', { name: '採択する' }).count()).toBe(0);
    await expectAccessible(staff, 'case at internal review');
    await panel.getByRole('link', { name: '判断を記録する' }).click();

    const section = staff.getByRole('region', { name: '市の判断（STEP 4）' });
    await section.getByText('まだ判断は記録されていません。').waitFor();
    await section.getByRole('button', { name: '判断を記録する' }).click();

    // The budget calendar: 20 November 2026 is after the cutoff, so new money goes to FY2028.
    const guide = staff.getByRole('complementary', { name: '予算のカレンダー' });
    await guide.getByText(/予算要求の締切（2026年10月31日（土））は過ぎています/).waitFor();
    await guide.getByText(/令和10年度（2028年度）からです/).waitFor();

    const form = staff.locator('form.decision-form');
    // Sent empty: every missing part is named next to its field.
    await form.getByRole('button', { name: '判断を記録する' }).click();
    const summary = form.getByRole('alert');
    await summary
      .getByText(/財政負担の説明/)
      .first()
      .waitFor();
    await summary
      .getByText(/判断した会議・機関/)
      .first()
      .waitFor();
    await expectAccessible(staff, 'decision form with errors');

    await form.getByRole('radio', { name: '新たな予算が必要です' }).check();
    await form.getByRole('textbox', { name: /必要な額/ }).fill('12,000,000');
    expect(await form.getByRole('combobox', { name: /予算に計上する年度/ }).inputValue()).toBe(
      '2028',
    );
    await form
      .getByRole('textbox', { name: /財政負担の説明/ })
      .fill('受信機の設置と3年間の通信費として、年400万円が必要です。');
    await form.getByRole('radio', { name: /独自性がある/ }).check();
    await form
      .getByRole('textbox', { name: /独自性の説明/ })
      .fill('商店・タクシーに置く受信網と見守りタグを組み合わせた提案は他にありません。');
    await form.getByRole('radio', { name: '市の資源の一部を独占的に使います' }).check();
    await form
      .getByRole('textbox', { name: /公平性を確保する方法/ })
      .fill('受信機を置く公共施設は、他の事業者にも同じ条件で開放します。');
    await form
      .getByRole('textbox', { name: /確認した法令・規則/ })
      .fill('個人情報保護法、市個人情報保護条例');
    await form.getByRole('textbox', { name: /判断した会議・機関/ }).fill('保健福祉局 局議');
    // Held until the budget cycle of FY2028 (which the calendar starts on 1 September 2027).
    await form.getByRole('radio', { name: '保留', exact: true }).check();
    await form.getByRole('radio', { name: '予算編成の時期まで保留する' }).check();
    await form
      .getByRole('combobox', { name: /予算編成の年度/ })
      .selectOption({ label: '令和10年度（2028年度）の予算編成まで（2027年9月1日（水）に再開）' });
    await form.getByRole('textbox', { name: /内部メモ/ }).fill(NOTES);
    await form.getByRole('button', { name: '判断を記録する' }).click();

    await section.getByText(/第1版を記録しました。.*「保留にする（再開日を設定）」/).waitFor();
    await section.getByText('まだ実行していません（提案者にはまだ伝わっていません）。').waitFor();
    await section.getByText(/2027年9月1日（水）に検討を再開します/).waitFor();
    await section.getByText(NOTES).waitFor();
    await expectAccessible(staff, 'decision recorded');
  });

  it('fits a phone while the form is open, in English too', async () => {
    const phone = await signedIn('staff1@demo.example', PHONE);
    await phone.goto(`/proposals/${caseId}?tab=decision`);
    await phone.getByRole('button', { name: /判断を見直す/ }).click();
    await phone.locator('form.decision-form').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone, 'decision form on a phone');

    await phone.getByRole('button', { name: 'Switch to English' }).click();
    await phone
      .getByRole('heading', { name: 'Revise the decision (recorded as version 2)' })
      .waitFor();
    await phone.getByText('Criterion 1: city fiscal burden').waitFor();
    await phone.getByRole('complementary', { name: 'The budget calendar' }).waitFor();
    expect(await phone.locator('main').innerText()).not.toMatch(KEY);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone, 'decision form in English');
  });

  it('holds as recorded, resumes, revises the decision to adopt and adopts; the proposer reads each without the internal notes', async () => {
    const staff = await signedIn('staff1@demo.example');
    staff.on('dialog', (dialog) => void dialog.accept());
    await staff.goto(`/proposals/${caseId}`);
    const panel = staff.getByRole('region', { name: 'できる操作' });
    await panel
      .getByText('記録した判断（第1版：保留）を実行できます。', { exact: false })
      .waitFor();
    expect(await panel.getByRole('button', { name: '採択する' }).count()).toBe(0);
    await panel.getByRole('button', { name: '保留にする（再開日を設定）' }).click();
    // The day is the decision's, not chosen again.
    await panel.getByText('2027年9月1日（水）').waitFor();
    expect(await panel.getByRole('textbox', { name: /再開予定日/ }).count()).toBe(0);
    await panel
      .getByRole('textbox', { name: /保留の理由/ })
      .fill('令和10年度の予算編成にあわせて、改めて検討します。');
    await expectAccessible(staff, 'hold as recorded');
    await panel.getByRole('button', { name: '保留にする（再開日を設定）' }).click();
    await staff.getByText('保留', { exact: true }).first().waitFor();

    const proposer = await signedIn('startup@demo.example');
    await proposer.goto(`/proposals/${caseId}?tab=decision`);
    let section = proposer.getByRole('region', { name: '市の判断（STEP 4）' });
    await section.getByText('保留', { exact: true }).waitFor();
    await section
      .getByText('令和10年度（2028年度）の予算編成にあわせて、2027年9月1日（水）に検討を再開します')
      .waitFor();
    await section.getByText(/再開の日に担当部署から連絡します/).waitFor();
    expect(await proposer.getByText(NOTES).count()).toBe(0);
    await expectAccessible(proposer, 'the proposer reads a hold');

    // On hold: resume, then the panel asks for the decision again.
    await staff.reload();
    await panel.getByRole('button', { name: '検討を再開する' }).click();
    await panel.getByRole('button', { name: '検討を再開する' }).click();
    await panel.getByText('判断を記録してから実行します').waitFor();
    await panel.getByRole('link', { name: '判断を記録する' }).click();
    const staffSection = staff.getByRole('region', { name: '市の判断（STEP 4）' });
    await staffSection.getByRole('button', { name: /判断を見直す/ }).click();
    const form = staff.locator('form.decision-form');
    await form.getByRole('heading', { name: '判断を見直す（第2版として記録）' }).waitFor();
    await form.getByRole('radio', { name: '採択', exact: true }).check();
    await form.getByRole('button', { name: '判断を記録する' }).click();
    await staffSection.getByText(/第2版を記録しました。.*「採択する」/).waitFor();

    await panel
      .getByText('記録した判断（第2版：採択）を実行できます。', { exact: false })
      .waitFor();
    await panel.getByRole('button', { name: '採択する' }).click();
    await panel.getByRole('button', { name: '採択する' }).click();
    await staff.getByText('協定・契約の準備中').first().waitFor();
    await staff.goto(`/proposals/${caseId}?tab=decision`);
    await staffSection
      .getByText(/に実行し、提案者に伝えました。/)
      .first()
      .waitFor();
    await staffSection.getByText('これまでの版（1件）').click();
    await staffSection.getByRole('heading', { name: /^第1版/ }).waitFor();
    expect(await staffSection.getByRole('button', { name: /判断を見直す/ }).count()).toBe(0);
    await expectAccessible(staff, 'decision carried out, with its versions');

    await proposer.reload();
    section = proposer.getByRole('region', { name: '市の判断（STEP 4）' });
    await section.getByText('採択', { exact: true }).waitFor();
    await section.getByText('新たな予算が必要です').waitFor();
    await section.getByText('必要な額：12,000,000円').waitFor();
    await section.getByText('令和10年度（2028年度）の予算で計上する見込みです').waitFor();
    await section.getByText(/公平性の確保：受信機を置く公共施設/).waitFor();
    await section.getByText(/協定・契約の準備に進みます/).waitFor();
    expect(await proposer.getByText(NOTES).count()).toBe(0);
    expect(await section.getByRole('button').count()).toBe(0);
    await expectAccessible(proposer, 'the proposer reads the adoption');

    await proposer.getByRole('button', { name: 'やさしい日本語に きりかえる' }).click();
    await proposer
      .getByRole('region', { name: '市が きめたこと（STEP 4）' })
      .getByText('すすめる（採択）', { exact: true })
      .waitFor();
    expect(await proposer.locator('main').innerText()).not.toMatch(KEY);
    await expectAccessible(proposer, 'the adoption in やさしい日本語');
  });
});

describe('a declined proposal, revised and submitted again', () => {
  it('the proposer of a declined pitch starts a new draft from it, linked to it', async () => {
    const title = '業務用タブレット端末の一括導入のご提案';
    const sales = await signedIn('sales@demo.example');
    const declined = await idOf(sales, 'mine', title, 'declined');
    await sales.goto(`/proposals/${declined}`);
    await sales.getByRole('heading', { level: 1, name: title }).waitFor();
    const resubmit = sales.getByRole('region', { name: '内容を見直して再提案する' });
    await resubmit.waitFor();
    await expectAccessible(sales, 'declined proposal with resubmission');

    await resubmit.getByRole('button', { name: '見直して再提案する' }).click();
    await sales.waitForURL(/\/proposals\/[0-9a-f-]+\/edit/);
    expect(sales.url()).not.toContain(declined);
    const link = sales.getByRole('complementary', { name: '見送りとなった提案からの再提案です' });
    await link.getByText(/製品の導入（調達）のご提案のため/).waitFor();
    await link.getByText('前の提案が見送られた理由').waitFor();
    await expectAccessible(sales, 'the new draft with its link');

    // The declined proposal now names the new one, and offers no second resubmission.
    await link.getByRole('link', { name: /前の提案/ }).click();
    await sales.getByRole('heading', { level: 1, name: title }).waitFor();
    await sales
      .getByRole('complementary', { name: 'この提案は再提案されています' })
      .getByRole('link', { name: '新しい提案を開く' })
      .waitFor();
    expect(await sales.getByRole('button', { name: '見直して再提案する' }).count()).toBe(0);
  });

  it('the city and the proposer see the resubmission of a proposal declined at STEP 4, with its reasons', async () => {
    const title = '公園の遊具へのIoTセンサー設置による事故防止';
    const desk = await signedIn('coordinator@demo.example');
    const again = await idOf(desk, 'inbox', title, 'submitted');
    await desk.goto(`/proposals/${again}`);
    const link = desk.getByRole('complementary', { name: '見送りとなった提案からの再提案です' });
    await link.getByText(/市内600か所の公園の遊具への設置と維持に新たな予算が必要/).waitFor();
    await link.getByText('市の財政負担が見込まれる').waitFor();
    await expectAccessible(desk, 'the desk sees the resubmission');

    // The proposer reads the STEP 4 decision that declined the first one, on a phone.
    const parks = await signedIn('parks@demo.example', PHONE);
    const declined = await idOf(parks, 'mine', title, 'declined');
    await parks.goto(`/proposals/${declined}?tab=decision`);
    const section = parks.getByRole('region', { name: '市の判断（STEP 4）' });
    await section.getByText('不採択', { exact: true }).waitFor();
    await section.getByText('不採択の理由').waitFor();
    await section.getByText(/理由を踏まえて内容を見直し、再提案することができます/).waitFor();
    expect(await parks.getByText('点検業務の委託先との調整が必要。').count()).toBe(0);
    expect(await pageWidth(parks)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(parks, 'the proposer reads a decline');
  });
});
