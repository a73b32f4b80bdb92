/**
 * STEPs 2–3 as the city and the proposer live them, with the demo accounts: the desk finds a new
 * proposal by a Japanese substring, asks a question, gets the answer, routes it to a department
 * that gives it back (one transfer), routes it again, and the second department accepts; both
 * sides sign the NDA and download the PDF; the department opens a confidential file and the
 * proposer sees that in the access log; a third department finds nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Cookie, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, login, useBrowser, waitForMail } from './support';

const browser = useBrowser();

/** The proposal the first test takes to a signed NDA (the phone test reads its pages). */
let signedProposalId: string | undefined;

/**
 * Session cookies of each demo user, so that every user logs in once per file: the API allows
 * 20 logins per 10 minutes from one address, and every browser test file shares that budget.
 */
const sessions = new Map<string, Cookie[]>();

/** A fresh page (own context) logged in as `email`. */
async function signedIn(email: string): Promise<Page> {
  const page = await browser.newPage();
  const cookies = sessions.get(email);
  if (cookies) {
    await page.context().addCookies(cookies);
  } else {
    await login(page, email);
    sessions.set(email, await page.context().cookies());
  }
  return page;
}

const TITLE = 'ごみ出し支援と見守りを兼ねた実証（E2E）';
const SECRET =
  '集積所に置く独自の重量センサーで、登録世帯のごみ出しの有無を毎朝自動で検知し、二日続けて出ていない世帯を支援員に知らせる方式です（E2E-極秘）。';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** The text of a PDF as a reader extracts it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

/** The proposer writes and submits a proposal with a confidential section and file (the form itself is covered by proposing.e2e). */
async function submitProposal(
  page: Page,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const request = page.request;
  const json = async <T>(res: Awaited<ReturnType<typeof request.post>>): Promise<T> => {
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as T;
  };
  const { proposal } = await json<{ proposal: { id: string; version: number } }>(
    await request.post('/api/proposals', { data: { kind: 'free' } }),
  );
  await json(
    await request.patch(`/api/proposals/${proposal.id}`, {
      data: {
        title: TITLE,
        summary:
          '高齢者のごみ出しを地域の事業者が支援し、あわせて日々の見守りを行う仕組みを実証します。',
        problem:
          '一人暮らしの高齢者にとって、ごみ集積所までの運搬が大きな負担になっています。地域包括支援センターへの聞き取りでも、ごみ出しをきっかけに体調の異変に気づいた例が多くありました。',
        whyThisCity:
          '高齢化率が高く、市の地域福祉計画でも見守りの強化が重点施策とされているためです。',
        solution: SECRET,
        cityRole: 'モデル地区の選定と、町内会・民生委員との調整をお願いします。',
        companyRole: '支援員の確保と機器の設置、運用、効果測定を自社負担で行います。',
        cityBudget: 'none',
        resourcesWanted: ['test_field'],
        impact: '高齢者の在宅生活の継続と、異変の早期発見が期待できます。',
        kpis: [{ name: '異変の発見から家族への連絡まで', target: '1時間以内' }],
        desiredStart: '2027-04',
        pilot: true,
        contactName: '見守 花子',
        contactEmail: 'startup@demo.example',
        confidentialSections: ['solution'],
        ...overrides,
      },
    }),
  );
  await json(
    await request.post(`/api/proposals/${proposal.id}/attachments`, {
      multipart: {
        confidential: 'true',
        file: { name: '原価の内訳（E2E）.pdf', mimeType: 'application/pdf', buffer: PDF },
      },
    }),
  );
  const current = await json<{ proposal: { version: number } }>(
    await request.get(`/api/proposals/${proposal.id}`),
  );
  await json(
    await request.post(`/api/proposals/${proposal.id}/transitions`, {
      data: { action: 'submit', version: current.proposal.version },
    }),
  );
  return proposal.id;
}

async function act(
  page: Page,
  action: string,
  fill: (page: Page) => Promise<void> = async () => {},
) {
  const panel = page.getByRole('region', { name: 'できる操作' });
  await panel.getByRole('button', { name: action }).click();
  await fill(page);
  await panel.getByRole('button', { name: action }).click();
  await panel
    .getByRole('button', { name: action })
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

describe('the city takes a proposal from the desk to a signed NDA', () => {
  it('finds, questions, routes without losing it, accepts, signs the NDA, and logs every look at the secret', async () => {
    const proposer = await signedIn('startup@demo.example');
    const id = await submitProposal(proposer);
    signedProposalId = id;

    // The desk finds it by a Japanese substring and sees it due in 10 business days.
    const desk = await signedIn('coordinator@demo.example');
    await desk.goto('/inbox');
    await desk.getByRole('heading', { name: '受付一覧' }).waitFor();
    await desk.getByLabel('キーワード検索').fill('ごみ出し支援');
    await desk.getByRole('button', { name: '検索' }).click();
    await desk.getByText('1件').waitFor();
    const row = desk.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('2026年12月7日（月）').waitFor();
    await row.getByText('一次確認待ち').waitFor();
    await expectAccessible(desk, 'inbox');

    await row.getByRole('link', { name: TITLE }).click();
    await desk.getByRole('heading', { name: TITLE }).waitFor();
    // The desk sees the whole proposal, confidential parts included.
    await desk.getByText(SECRET).waitFor();
    await desk.getByRole('button', { name: '自分が担当する' }).click();
    await desk.getByText(/さんが担当しています/).waitFor();
    await expectAccessible(desk, 'proposal (desk)');

    // A question to the proposer.
    await act(desk, '追加情報を依頼する', async (p) => {
      await p
        .getByLabel('窓口からの質問')
        .fill('実証に参加する世帯数と、町内会との調整状況を教えてください。');
    });
    await desk.getByText('追加情報の回答待ち').first().waitFor();

    // The proposer reads it by e-mail and answers on the portal.
    const question = await waitForMail('startup@demo.example', /追加情報をお願いしています/);
    expect(question.text).toContain('実証に参加する世帯数');
    await proposer.goto(`/proposals/${id}`);
    await act(proposer, '追加情報を回答する', async (p) => {
      await p
        .getByLabel('回答')
        .fill('30世帯を予定しています。町内会長には内諾をいただいています。');
    });
    await proposer.getByText('受付済み').first().waitFor();

    // First check passed; routed to the parks section…
    await desk.reload();
    await act(desk, '一次確認を完了し部署選定へ');
    // Routing without a lead department: the form names the field and says it is required.
    const actions = desk.getByRole('region', { name: 'できる操作' });
    await actions.getByRole('button', { name: '担当部署へ橋渡しする' }).click();
    // Routing is a hand-off within the city (the workflow table says so): the form tells the desk.
    await actions.getByText('庁内の引き継ぎです。提案者の経過には表示されません。').waitFor();
    await actions.getByRole('button', { name: '担当部署へ橋渡しする' }).click();
    await expect
      .poll(() => desk.locator('[data-error-summary]').textContent())
      .toContain('「主担当の部署」を選んでください（必須）');
    await actions.getByRole('button', { name: 'キャンセル' }).click();
    await act(desk, '担当部署へ橋渡しする', async (p) => {
      await p.getByLabel('主担当の部署').selectOption({ label: '建設局 公園緑地部 公園管理課' });
      await p.getByLabel('部署へのメモ').fill('ごみ集積所が公園に隣接する地区での実証です。');
    });
    await desk.getByText('部署の受入待ち').first().waitFor();

    // …which gives it back: not its field.
    const parks = await signedIn('staff2@demo.example');
    await parks.goto(`/proposals/${id}`);
    await parks.getByRole('heading', { name: TITLE }).waitFor();
    // Before an NDA, the department does not read the confidential solution.
    expect(await parks.getByText(SECRET).count()).toBe(0);
    await parks
      .getByText(/秘密保持契約（NDA）の締結後に閲覧できます/)
      .first()
      .waitFor();
    await act(parks, '窓口へ戻す（理由必須）', async (p) => {
      await p.getByLabel('理由').fill('高齢者福祉の提案のため、長寿社会対策課の所管と考えます。');
    });
    // The section no longer has the proposal: it is taken back to its list, and told why.
    await parks.waitForURL((url) => url.pathname === '/inbox');
    await parks.getByText(`「${TITLE}」: 担当部署が窓口へ戻しました`).waitFor();
    expect(await parks.getByRole('link', { name: TITLE }).count()).toBe(0);
    await expectAccessible(parks, 'inbox after returning a proposal');
    await waitForMail('coordinator@demo.example', /担当部署から提案が戻されました/);

    // The desk routes it again (one transfer); the ageing-society section accepts.
    await desk.reload();
    await act(desk, '担当部署へ橋渡しする', async (p) => {
      await p
        .getByLabel('主担当の部署')
        .selectOption({ label: '保健福祉局 地域福祉部 長寿社会対策課' });
    });
    await desk.getByText('担当部署の変更回数').waitFor();
    const ageing = await signedIn('staff1@demo.example');
    await ageing.goto('/inbox');
    await ageing.getByRole('link', { name: TITLE }).click();
    await act(ageing, '担当として受け入れる');

    // The proposer sees the department's name, on the portal and by e-mail.
    await waitForMail('startup@demo.example', /長寿社会対策課と協議中/);
    await proposer.goto(`/proposals/${id}`);
    await proposer
      .getByText(/長寿社会対策課と協議中/)
      .first()
      .waitFor();
    await expectAccessible(proposer, 'proposal (proposer)');

    // The NDA: the department opens it, the proposer signs, the department countersigns.
    await ageing.goto(`/proposals/${id}/nda`);
    await ageing.getByRole('button', { name: '秘密保持契約の手続きを始める' }).click();
    await ageing.getByText('提案者の署名待ち').first().waitFor();

    await proposer.goto(`/proposals/${id}/nda`);
    await proposer.getByRole('heading', { name: /秘密保持契約（NDA）/ }).waitFor();
    await expectAccessible(proposer, 'NDA page (proposer)');
    await proposer.getByLabel('氏名').fill('見守 花子');
    await proposer.getByLabel('役職').fill('代表取締役');
    await proposer.getByLabel(/同意します/).check();
    await proposer.getByRole('button', { name: '署名する' }).click();
    await proposer.getByText('市の署名待ち').first().waitFor();

    await waitForMail('staff1@demo.example', /署名/);
    await ageing.reload();
    await ageing.getByLabel('氏名').fill('長寿 一郎');
    await ageing.getByLabel('役職').fill('長寿社会対策課長');
    await ageing.getByLabel(/署名します/).check();
    await ageing.getByRole('button', { name: '市として署名する' }).click();
    await ageing.getByText('締結済み（有効）').first().waitFor();
    await expectAccessible(ageing, 'NDA page (department)');

    // The signed PDF downloads and reads correctly, for both sides.
    for (const side of [proposer, ageing]) {
      await side.reload();
      const [download] = await Promise.all([
        side.waitForEvent('download'),
        side.getByRole('link', { name: '署名済みの契約書（PDF）をダウンロード' }).click(),
      ]);
      const text = (await pdfText(new Uint8Array(await readFile(await download.path())))).replace(
        /\s+/g,
        '',
      );
      expect(text).toContain('秘密保持契約書');
      expect(text).toContain('見守花子');
      expect(text).toContain('長寿一郎');
      expect(text).toContain('株式会社みまもりテック');
    }

    // Now the department reads the secret and opens the confidential file.
    await ageing.goto(`/proposals/${id}`);
    await ageing.getByText(SECRET).waitFor();
    const [file] = await Promise.all([
      ageing.waitForEvent('download'),
      ageing.getByRole('link', { name: '原価の内訳（E2E）.pdf' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('原価の内訳（E2E）.pdf');

    // Every event of the timeline says what happened, for the proposer and for the city.
    for (const side of [proposer, ageing]) {
      await side.goto(`/proposals/${id}`);
      const what = side.locator('.timeline__what');
      await what.first().waitFor();
      const words = await what.allInnerTexts();
      expect(words.length).toBeGreaterThan(5);
      expect(words.filter((w) => w.trim() === '')).toEqual([]);
    }
    await proposer.getByText('秘密保持契約の手続きを開始しました').first().waitFor();

    // The proposer sees both in the access log, with the department, never a name.
    await proposer.goto(`/proposals/${id}?tab=access-log`);
    const log = proposer.getByRole('region', { name: '秘密情報の閲覧記録' });
    await log.getByText(/原価の内訳（E2E）\.pdf/).waitFor();
    expect(await log.getByText('長寿社会対策課').count()).toBeGreaterThan(0);
    expect(await log.getByText('長寿 一郎').count()).toBe(0);
    await expectAccessible(proposer, 'access log');

    // A third department: nothing, everywhere.
    const tourism = await signedIn('staff3@demo.example');
    await tourism.goto(`/proposals/${id}`);
    await tourism.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    for (const path of [
      '',
      '/events',
      '/attachments',
      '/messages',
      '/dialogues',
      '/nda',
      '/nda.pdf',
      '/access-log',
    ]) {
      const res = await tourism.request.get(`/api/proposals/${id}${path}`);
      expect(res.status(), path).toBe(404);
    }
    await tourism.goto('/inbox');
    await tourism.getByRole('heading', { name: '担当案件' }).waitFor();
    expect(await tourism.getByRole('link', { name: TITLE }).count()).toBe(0);
  });
});

describe('messages and dialogue records', () => {
  it('let the department and the proposer talk, and record dialogue ① for the proposer to confirm', async () => {
    // The demo proposal in dialogue with the ageing-society section (nothing confidential).
    const staff = await signedIn('staff1@demo.example');
    await staff.goto('/inbox');
    await staff.getByRole('link', { name: '介護施設の夜間オンコール代行の実証' }).click();
    await staff.getByRole('link', { name: 'メッセージ' }).click();
    await staff.getByLabel('メッセージの本文').fill('次回の対話の日程をご相談させてください。');
    await staff.getByRole('button', { name: 'メッセージを送信する' }).click();
    await staff.getByText('次回の対話の日程をご相談させてください。').waitFor();

    await staff.getByRole('link', { name: '対話の記録' }).click();
    await staff.getByRole('button', { name: /対話①の記録を登録する/ }).click();
    await staff.getByLabel('実施日').fill('2026-11-18');
    await staff.getByLabel('出席者（市）').fill('長寿社会対策課 係長、担当');
    await staff.getByLabel('出席者（提案者）').fill('代表取締役');
    await staff
      .getByLabel('議事の要旨')
      .fill('夜間の看護判断の流れと、施設・事業者・市の役割分担を確認した。');
    await staff.getByRole('button', { name: '宿題事項を追加' }).click();
    await staff.getByLabel('内容 1').fill('夜間の対応件数のデータを提供する');
    await staff.getByLabel('担当者名・チーム').fill('事業者');
    await staff.getByRole('button', { name: '記録を保存して提案者に知らせる' }).click();
    await staff
      .getByRole('heading', { name: /対話①（目的・価値・役割分担・ビジネスモデル）/ })
      .waitFor();
    await expectAccessible(staff, 'dialogues (department)');

    const proposer = await signedIn('startup@demo.example');
    const mail = await waitForMail('startup@demo.example', /対話①の記録/);
    const link = mail.text.match(/https?:\/\/\S+tab=dialogues/)?.[0];
    expect(link).toBeTruthy();
    await proposer.goto(new URL(link!).pathname + new URL(link!).search);
    await proposer.getByText('夜間の看護判断の流れ').waitFor();
    await proposer.getByRole('button', { name: '記録の内容を確認しました' }).click();
    await proposer
      .getByText(/確認済み/)
      .first()
      .waitFor();
    await proposer.getByRole('link', { name: 'メッセージ' }).click();
    // The city writes as a department, not a person.
    await proposer.getByText('次回の対話の日程をご相談させてください。').waitFor();
    expect(await proposer.getByText('長寿 一郎').count()).toBe(0);
    await proposer.getByLabel('メッセージの本文').fill('来週火曜の午後はいかがでしょうか。');
    await proposer.getByRole('button', { name: 'メッセージを送信する' }).click();
    await waitForMail('staff1@demo.example', /新しいメッセージ/);
    await expectAccessible(proposer, 'messages (proposer)');
  });
});

/** How many lines a text takes on screen (the text node that holds it, inside `locator`). */
async function linesOf(locator: ReturnType<Page['locator']>, text: string): Promise<number> {
  return locator.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(wanted)) {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
      }
    }
    return -1;
  }, text);
}

/** Whether the page scrolls sideways (it must not, on any screen). */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

describe('the inbox', () => {
  it('shows the after-cutoff badge only on open proposals that need city money', async () => {
    const proposer = await signedIn('startup@demo.example');
    const title = '市の予算で行う見守り拠点の整備（E2E-予算）';
    await submitProposal(proposer, {
      title,
      cityBudget: 'new',
      cityBudgetEstimateYen: 3_000_000,
      confidentialSections: [],
    });

    const desk = await signedIn('coordinator@demo.example');
    await desk.goto('/inbox');
    await desk.getByRole('heading', { name: '受付一覧' }).waitFor();
    const rowOf = (name: string) => desk.getByRole('row', { name: new RegExp(name) });

    // Needs city money, open: the badge, with the fiscal year in the city's era.
    await rowOf(title)
      .getByText(/予算締切後（令和\d+年度予算から）/)
      .waitFor();
    // No city money needed (the demo proposal waiting for its first check): no badge.
    const noMoney = rowOf('センサーとAIによる一人暮らし高齢者の見守り実証');
    await noMoney.getByText('一次確認待ち').waitFor();
    expect(await noMoney.getByText(/予算締切後/).count()).toBe(0);
    // Needs city money but declined: the cutoff no longer matters.
    const declined = rowOf('業務用タブレット端末の一括導入のご提案');
    await declined.getByText('見送り').waitFor();
    expect(await declined.getByText(/予算締切後/).count()).toBe(0);
    await expectAccessible(desk, 'inbox with badges');

    // The proposal page: the budget calendar's notice on the open one, none on the ended one.
    await rowOf(title).getByRole('link', { name: title }).click();
    await desk.getByRole('heading', { name: title }).waitFor();
    await desk.getByText(/締切を過ぎたため/).waitFor();
    await desk.goBack();
    await rowOf('業務用タブレット端末の一括導入のご提案')
      .getByRole('link', { name: '業務用タブレット端末の一括導入のご提案' })
      .click();
    await desk.getByRole('heading', { name: '業務用タブレット端末の一括導入のご提案' }).waitFor();
    await desk.getByText('見送りの理由').waitFor();
    expect(await desk.getByText(/締切を過ぎ/).count()).toBe(0);
  });

  it('counts the days without a department only until one is chosen', async () => {
    const desk = await signedIn('coordinator@demo.example');
    await desk.goto('/inbox');
    await desk.getByRole('heading', { name: '受付一覧' }).waitFor();
    // Waiting for its first check: no department yet, and the days say so.
    const unrouted = desk.getByRole('row', {
      name: /センサーとAIによる一人暮らし高齢者の見守り実証/,
    });
    await unrouted.getByText(/部署未決定 \d+日/).waitFor();
    // Routed to the parks section: it waits for the section to accept, it has a department.
    const routed = desk.getByRole('row', {
      name: /公園でのキッチンカーと屋外ワークスペースの実証/,
    });
    await routed.getByText('受入待ち', { exact: true }).waitFor();
    expect(await routed.getByText(/部署未決定/).count()).toBe(0);
  });

  it('fits a 390-px phone, and so does the proposal page', async () => {
    const desk = await signedIn('coordinator@demo.example');
    await desk.setViewportSize({ width: 390, height: 844 });
    await desk.goto('/inbox');
    await desk.getByRole('heading', { name: '受付一覧' }).waitFor();
    const row = desk.getByRole('row', { name: /センサーとAIによる一人暮らし高齢者の見守り実証/ });
    await row.getByText('一次確認待ち').waitFor();
    // The status reads on one line (it used to wrap one character a line).
    expect(await linesOf(row, '一次確認待ち')).toBe(1);
    expect(await overflowsSideways(desk)).toBe(false);
    await expectAccessible(desk, 'inbox on a phone');

    await row.getByRole('link', { name: /センサーとAIによる一人暮らし高齢者の見守り実証/ }).click();
    await desk
      .getByRole('heading', { name: /センサーとAIによる一人暮らし高齢者の見守り実証/ })
      .waitFor();
    expect(await overflowsSideways(desk)).toBe(false);
    await expectAccessible(desk, 'proposal page on a phone');

    const staff = await signedIn('staff1@demo.example');
    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.goto('/inbox');
    await staff.getByRole('heading', { name: '担当案件' }).waitFor();
    await staff.getByRole('link', { name: '介護施設の夜間オンコール代行の実証' }).waitFor();
    expect(await overflowsSideways(staff)).toBe(false);
    await staff.getByRole('link', { name: '介護施設の夜間オンコール代行の実証' }).click();
    await staff.getByRole('heading', { name: '介護施設の夜間オンコール代行の実証' }).waitFor();
    expect(await overflowsSideways(staff)).toBe(false);
    for (const tab of ['メッセージ', '対話の記録', '内部メモ']) {
      await staff.getByRole('link', { name: tab }).click();
      await staff.getByRole('heading', { level: 2, name: new RegExp(tab) }).waitFor();
      expect(await overflowsSideways(staff), tab).toBe(false);
    }
  });

  it('every page of the desk, the administrators and the NDA fits a 390-px phone', async () => {
    const pages: Array<[string, string, RegExp]> = [
      ['coordinator@demo.example', '/routing-report', /振り分けの状況/],
      ['admin@demo.example', '/admin/users', /アカウント管理/],
      ['admin@demo.example', '/admin/nda-templates', /秘密保持契約のひな形/],
      ['admin@demo.example', '/admin/calendar-settings', /予算カレンダーの設定/],
    ];
    if (signedProposalId) {
      pages.push(
        ['startup@demo.example', `/proposals/${signedProposalId}/nda`, /秘密保持契約（NDA）/],
        ['startup@demo.example', `/proposals/${signedProposalId}?tab=access-log`, /見守り/],
        ['staff1@demo.example', `/proposals/${signedProposalId}/nda`, /秘密保持契約（NDA）/],
      );
    }
    for (const [email, path, heading] of pages) {
      const page = await signedIn(email);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await overflowsSideways(page), path).toBe(false);
      await page.close();
    }
  });
});

describe('internal review before the proposer confirms Dialogue ②', () => {
  it('asks the department why, and the proposer reads it on the timeline', async () => {
    const TITLE2 = '介護施設の夜間オンコール代行の実証';
    const staff = await signedIn('staff1@demo.example');
    await staff.goto('/inbox');
    await staff.getByRole('link', { name: TITLE2 }).click();
    await staff.getByRole('heading', { name: TITLE2, level: 1 }).waitFor();
    await staff.getByRole('link', { name: '対話の記録' }).click();
    await staff.getByRole('button', { name: /対話②の記録を登録する/ }).click();
    await staff.getByLabel('実施日').fill('2026-11-19');
    await staff.getByLabel('出席者（市）').fill('長寿社会対策課 係長');
    await staff.getByLabel('出席者（提案者）').fill('代表取締役');
    await staff.getByLabel('議事の要旨').fill('夜間の判断に関わる法令と、KPIの測り方を確認した。');
    await staff.getByRole('button', { name: '記録を保存して提案者に知らせる' }).click();
    await staff.getByRole('heading', { name: /対話②（法令・ルール、リスク分担、KPI）/ }).waitFor();

    // Not confirmed yet: the department may go on only by saying why, and is told the proposer
    // will read it.
    const panel = staff.getByRole('region', { name: 'できる操作' });
    await panel.getByRole('button', { name: '庁内検討へ進める' }).click();
    await panel.getByText('提案者が対話②の記録をまだ確認していません').waitFor();
    await panel.getByRole('button', { name: '庁内検討へ進める' }).click();
    await expect
      .poll(() => staff.locator('[data-error-summary]').textContent())
      .toContain('提案者の確認を待たずに進める理由を入力してください');
    await expectAccessible(staff, 'send to review with an override');
    const why = '年度内の予算要求に間に合わせるため、確認と並行して庁内検討を始めます。';
    await panel.getByLabel(/提案者の確認を待たずに進める理由/).fill(why);
    await panel.getByRole('button', { name: '庁内検討へ進める' }).click();
    await staff.getByText('庁内検討中').first().waitFor();

    const proposer = await signedIn('startup@demo.example');
    await proposer.goto('/proposals');
    await proposer.getByRole('link', { name: TITLE2 }).click();
    await proposer.getByRole('heading', { name: TITLE2, level: 1 }).waitFor();
    await proposer.locator('.timeline').getByText(why).waitFor();
    await proposer.getByText('提案者の確認を待たずに庁内検討へ進めました').first().waitFor();
  });
});

describe('administration', () => {
  it('names the department when a department account lacks one, lets the desk have none, and dates accounts by their creation', async () => {
    const admin = await signedIn('admin@demo.example');
    await admin.goto('/admin/users');
    await admin.getByRole('heading', { name: 'アカウント管理', level: 1 }).waitFor();
    await admin.getByLabel('お名前').waitFor();

    // Department staff without a department: the form names the field and says it is required.
    const suffix = Math.random().toString(16).slice(2, 8);
    await admin.getByLabel('お名前').fill('部署 未定');
    await admin.getByLabel('メールアドレス').fill(`no-department-${suffix}@city.example.jp`);
    await admin.getByLabel('役割').first().selectOption('department');
    await admin.getByRole('button', { name: '職員アカウントを作成' }).click();
    const summary = admin.locator('[data-error-summary]');
    await expect
      .poll(() => summary.textContent())
      .toContain('「所属部署」を選んでください（必須）');
    await expectAccessible(admin, 'admin users with errors');

    // The co-creation desk needs no department.
    const desk = `desk-${suffix}@city.example.jp`;
    await admin.getByLabel('メールアドレス').fill(desk);
    await admin.getByLabel('役割').first().selectOption('coordinator');
    await admin.getByRole('button', { name: '職員アカウントを作成' }).click();
    await admin.getByText(`${desk} のアカウントを作成し`).waitFor();

    // The accounts table dates each account by its creation (it said 送信日時, "sent at").
    const table = admin.getByRole('table');
    await table.getByRole('columnheader', { name: '作成日' }).waitFor();
    expect(await table.getByRole('columnheader', { name: '送信日時' }).count()).toBe(0);
    const row = table.getByRole('row', { name: new RegExp(desk) });
    await row.getByText(/^\d{4}年\d{1,2}月\d{1,2}日（.）$/).waitFor();
  });

  it('the NDA templates and the routing report read well and pass axe', async () => {
    const admin = await signedIn('admin@demo.example');
    await admin.goto('/admin/nda-templates');
    await admin.getByRole('heading', { name: '秘密保持契約のひな形', level: 1 }).waitFor();
    await admin.getByRole('heading', { name: '登録済みの版' }).waitFor();
    await admin.getByText('現在のひな形').first().waitFor();
    await expectAccessible(admin, 'NDA templates');

    const desk = await signedIn('coordinator@demo.example');
    await desk.goto('/routing-report');
    await desk.getByRole('heading', { name: '振り分けの状況', level: 1 }).waitFor();
    await desk.getByRole('heading', { name: '部署ごとの状況' }).waitFor();
    await desk.getByRole('rowheader', { name: /公園管理課/ }).waitFor();
    await expectAccessible(desk, 'routing report');
  });
});

describe('the proposer in やさしい日本語 and in English', () => {
  // The first words of every message key of the case, NDA and collaboration catalogues: a key
  // shown instead of its words (a message missing in a language) would match.
  const KEY = new RegExp(
    String.raw`\b(proposal|status|calendar|declined|draft|tabs|content|timeline|actions|left|staff|messages|dialogues|dialogueForm|accessLog|files|notes|firstCheck|page|next|notice|skippable|open|agreement|download|signatures|signature|sign|countersign|summary)\.[a-zA-Z_]+`,
  );

  it.each([
    [
      'やさしい日本語に きりかえる',
      'ていあんの 中みと これまで',
      'ひみつを まもる けいやく（NDA）',
    ],
    ['Switch to English', 'Proposal and timeline', 'Non-disclosure agreement (NDA)'],
  ])('%s: the case, its tabs and the NDA read fully', async (button, contentTab, ndaTitle) => {
    expect(signedProposalId).toBeTruthy();
    const proposer = await signedIn('startup@demo.example');
    await proposer.goto(`/proposals/${signedProposalId}`);
    await proposer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await proposer.getByRole('button', { name: button }).click();
    await proposer.getByRole('link', { name: contentTab }).waitFor();
    const texts: string[] = [await proposer.locator('main').innerText()];
    for (const tab of ['messages', 'dialogues', 'access-log']) {
      await proposer.goto(`/proposals/${signedProposalId}?tab=${tab}`);
      await proposer.getByRole('heading', { level: 2 }).first().waitFor();
      await proposer.waitForLoadState('networkidle');
      texts.push(await proposer.locator('main').innerText());
    }
    await expectAccessible(proposer, `proposal (${button})`);
    await proposer.goto(`/proposals/${signedProposalId}/nda`);
    await proposer.getByRole('heading', { level: 1, name: ndaTitle }).waitFor();
    await proposer.waitForLoadState('networkidle');
    texts.push(await proposer.locator('main').innerText());
    await expectAccessible(proposer, `NDA page (${button})`);
    for (const text of texts) {
      expect(text.match(KEY)?.[0] ?? null).toBeNull();
    }
    await proposer.close();
  });
});
