/**
 * STEPs 5–6 on the demo city's running pilot 「夜間オンコール支援の先行実証」: the proposer
 * reports last month's actual with evidence, the lead department verifies it and questions
 * another report, the proposer answers; the department starts the evaluation and records it
 * (achievements, lessons with failures, the next stage, an SROI), the proposer comments.
 */
import type { Cookie, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, login, pageWidth, useBrowser, waitForMail } from './support';

const browser = useBrowser();

/** Each demo user logs in once per file (the login budget is shared by every browser test file). */
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

const TITLE = '夜間オンコール支援の先行実証（若松区の特別養護老人ホーム）';
const TRANSPORTS = '夜間の救急搬送件数（3施設合計）';
const ANXIETY = '夜勤職員の「夜間の判断に不安がある」割合';
const EVIDENCE = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

const COMPLETED = 'AIによる介護記録の自動作成の実証';

/** The id of one of the proposer's demo proposals, by its title. */
async function proposalId(page: Page, title: string): Promise<string> {
  const res = await page.request.get(`/api/proposals?q=${encodeURIComponent(title)}`);
  expect(res.ok(), await res.text()).toBe(true);
  const { proposals } = (await res.json()) as { proposals: Array<{ id: string; title: string }> };
  const found = proposals.find((p) => p.title === title);
  expect(found).toBeDefined();
  return found!.id;
}

function pilotId(page: Page): Promise<string> {
  return proposalId(page, TITLE);
}

describe('KPIs and the evaluation of a running pilot', () => {
  it('reports, verifies, questions and answers, evaluates and comments', async () => {
    const proposer = await signedIn('startup@demo.example');
    const id = await pilotId(proposer);

    // The proposer opens the KPI tab: the logic model, the KPIs and what is due.
    await proposer.goto(`/proposals/${id}`);
    await proposer.getByRole('heading', { name: TITLE }).waitFor();
    await proposer.getByRole('link', { name: 'ロジックモデル・KPI' }).click();
    await proposer.getByRole('heading', { name: 'ロジックモデルとKPI' }).waitFor();
    await proposer.getByText('オンライン看護師チーム（2名常駐）').waitFor();
    await proposer.getByText(/^次の報告期限：/).waitFor();
    await expectAccessible(proposer, 'KPI tab (proposer)');

    // October has ended and is not reported yet: the proposer reports it, with evidence.
    const transports = proposer.getByRole('region', { name: TRANSPORTS });
    await transports.getByRole('img', { name: /目標値 6 件\/月、最新の実績 7 件\/月/ }).waitFor();
    await transports.getByRole('button', { name: '2026年10月の実績を報告する' }).click();
    await transports.getByLabel('実績値（件/月）').fill('5');
    await transports.getByLabel('コメント').fill('10月は夜間の搬送が5件でした。');
    await transports.getByLabel('根拠の資料').setInputFiles({
      name: '10月の夜間記録.pdf',
      mimeType: 'application/pdf',
      buffer: EVIDENCE,
    });
    await expectAccessible(proposer, 'KPI report form');
    await transports.getByRole('button', { name: '実績を報告する', exact: true }).click();
    await transports.getByText('実績を報告しました。担当課が確認します。').waitFor();
    await transports.getByRole('link', { name: '10月の夜間記録.pdf' }).waitFor();
    await transports.getByRole('img', { name: /最新の実績 5 件\/月/ }).waitFor();
    await waitForMail('staff1@demo.example', /の実績（2026年10月）が報告されました/);

    // The department verifies it, and asks about September's figure of the other KPI.
    const city = await signedIn('staff1@demo.example');
    await city.goto(`/proposals/${id}?tab=kpis`);
    const cityTransports = city.getByRole('region', { name: TRANSPORTS });
    await cityTransports.getByRole('button', { name: '2026年10月の報告を確認する' }).click();
    await cityTransports.getByLabel('確認済みにする').check();
    await cityTransports.getByRole('button', { name: '確認の結果を送る' }).click();
    await cityTransports.getByText(/確認の結果を送りました/).waitFor();
    expect(
      await cityTransports.getByRole('button', { name: '2026年10月の報告を確認する' }).count(),
    ).toBe(0);

    const cityAnxiety = city.getByRole('region', { name: ANXIETY });
    await cityAnxiety.getByRole('button', { name: '2026年9月の報告を確認する' }).click();
    await cityAnxiety.getByLabel('提案者に質問する').check();
    await cityAnxiety.getByRole('button', { name: '確認の結果を送る' }).click();
    // A question needs words: the API's refusal is shown at the field.
    await expect.poll(() => city.locator('[data-error-summary]').textContent()).toMatch(/質問/);
    await cityAnxiety.getByLabel('質問の内容').fill('9月だけ回答率が下がっていませんか。');
    await cityAnxiety.getByRole('button', { name: '確認の結果を送る' }).click();
    await cityAnxiety.getByText(/確認の結果を送りました/).waitFor();
    await expectAccessible(city, 'KPI tab (department)');

    // The proposer answers and corrects the figure.
    await proposer.reload();
    const anxiety = proposer.getByRole('region', { name: ANXIETY });
    await anxiety.getByRole('button', { name: '2026年9月の質問に回答する' }).click();
    await anxiety.getByLabel('回答').fill('集計漏れが1施設ありました。40%に訂正します。');
    await anxiety.getByLabel('訂正した実績値（%）').fill('40');
    await anxiety.getByRole('button', { name: '回答を送る' }).click();
    await anxiety.getByText(/回答を送りました/).waitFor();
    await anxiety.getByText('集計漏れが1施設ありました。40%に訂正します。').waitFor();

    // Evidence can follow the report until it is verified; a file the portal does not take is
    // refused with the reason, at the field.
    const september = anxiety.getByRole('listitem').filter({ hasText: '2026年9月' });
    await september.getByText('根拠の資料を添付する').click();
    await september.getByLabel('ファイル').setInputFiles({
      name: 'tool.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    });
    await september.getByRole('button', { name: '資料を添付する' }).click();
    await september.getByRole('alert').waitFor();
    await september.getByLabel('ファイル').setInputFiles({
      name: '9月のアンケート集計.pdf',
      mimeType: 'application/pdf',
      buffer: EVIDENCE,
    });
    await september.getByRole('button', { name: '資料を添付する' }).click();
    await september.getByRole('link', { name: '9月のアンケート集計.pdf' }).waitFor();

    // Either side reshapes the logic model and the KPIs while the project runs.
    await proposer.getByRole('button', { name: 'ロジックモデルを編集する' }).click();
    const impact = proposer.getByLabel('インパクト（社会への影響）');
    await impact.fill(`${await impact.inputValue()}\n夜勤職員の離職の減少`);
    await proposer.getByRole('button', { name: 'ロジックモデルを保存する' }).click();
    await proposer.getByText(/ロジックモデルを保存しました/).waitFor();
    await proposer.getByText('夜勤職員の離職の減少').waitFor();
    await proposer.getByText(/第2版（提案者が/).waitFor();

    await city.reload();
    await city.getByRole('button', { name: 'KPIを編集する' }).click();
    const baseline = city.locator('[name="kpis.0.baseline"]');
    await baseline.fill('');
    await city.getByRole('button', { name: 'KPIを保存する' }).click();
    await expect.poll(() => city.locator('[data-error-summary]').textContent()).toContain('基準値');
    await baseline.fill('12');
    await city
      .locator('[name="kpis.0.source"]')
      .fill('施設の夜間記録と消防局の搬送記録（月末に突き合わせ）');
    await city.getByRole('button', { name: 'KPIを保存する' }).click();
    await city.getByText(/KPIを保存しました/).waitFor();
    await city.getByText('施設の夜間記録と消防局の搬送記録（月末に突き合わせ）').waitFor();
    // The reports stay with their KPI.
    await city
      .getByRole('region', { name: TRANSPORTS })
      .getByText('10月は夜間の搬送が5件でした。')
      .waitFor();

    // The department starts the evaluation and records it.
    await city.goto(`/proposals/${id}`);
    const actions = city.getByRole('region', { name: 'できる操作' });
    await actions.getByRole('button', { name: '評価を開始する' }).click();
    await actions.getByRole('button', { name: '評価を開始する' }).click();
    await city.getByRole('link', { name: '評価', exact: true }).click();
    await city.getByRole('heading', { name: '評価と次のステージ（STEP 6）' }).waitFor();
    await city.getByText('まだ評価は記録されていません。').waitFor();
    await city.getByRole('button', { name: '評価を記録する' }).click();
    await city.getByLabel(`「${TRANSPORTS}」の達成状況`).selectOption({ label: '一部達成' });
    await city.getByLabel(`「${ANXIETY}」の達成状況`).selectOption({ label: '未達成' });
    await city.getByLabel('うまくいったこと').fill('夜間の搬送が半分近くに減った。');
    await city
      .getByLabel('うまくいかなかったこと')
      .fill('1施設で記録の漏れがあり、集計に手間取った。職員の不安は目標まで下がらなかった。');
    await city
      .getByRole('combobox', { name: /^次のステージ/ })
      .selectOption({ label: '実証を継続' });
    await city
      .getByLabel('次のステージの理由')
      .fill('職員の不安の軽減に、研修の見直しが必要なため。');
    await city.getByLabel('SROI（社会的投資収益率）を含める').check();
    await city.getByLabel('投資額（円）').fill('3,000,000');
    await city.getByLabel('アウトカムの名前').fill('不要な救急搬送の減少');
    await city.getByLabel('量（1年あたり）').fill('60');
    await city.getByLabel('1単位あたりの金銭価値（円）').fill('120000');
    await city.getByText('この数字でのSROI').waitFor();
    await expectAccessible(city, 'evaluation form');
    await city.getByRole('button', { name: '評価を記録する' }).click();
    await city.getByText(/評価を記録しました/).waitFor();
    await city.getByText('第1版', { exact: false }).first().waitFor();
    await city.getByText('不要な救急搬送の減少：', { exact: false }).waitFor();
    await expectAccessible(city, 'evaluation (department)');

    // The proposer reads it (told by e-mail) and comments.
    await waitForMail('startup@demo.example', /評価を記録しました（第1版）/);
    await proposer.goto(`/proposals/${id}?tab=evaluation`);
    await proposer.getByText('1施設で記録の漏れがあり', { exact: false }).waitFor();
    await proposer
      .getByLabel('評価へのコメント')
      .fill('研修の内容を施設ごとに見直し、次の半年で不安の割合を下げます。');
    await proposer.getByRole('button', { name: 'コメントを送る' }).click();
    await proposer.getByText(/コメントを送りました/).waitFor();
    // The comment is now part of the evaluation (and stays in the form for another revision).
    await proposer
      .getByRole('paragraph')
      .filter({ hasText: '研修の内容を施設ごとに見直し、次の半年で不安の割合を下げます。' })
      .waitFor();
    await expectAccessible(proposer, 'evaluation (proposer)');
  });

  it('fits a phone: the running pilot’s KPIs and the completed pilot’s evaluation with its SROI', async () => {
    const proposer = await signedIn('startup@demo.example', PHONE);
    const pages = [
      { id: await pilotId(proposer), tab: 'kpis', heading: 'ロジックモデルとKPI' },
      {
        id: await proposalId(proposer, COMPLETED),
        tab: 'evaluation',
        heading: '評価と次のステージ（STEP 6）',
      },
    ];
    for (const { id, tab, heading } of pages) {
      await proposer.goto(`/proposals/${id}?tab=${tab}`);
      await proposer.getByRole('heading', { name: heading }).waitFor();
      expect(await pageWidth(proposer), tab).toBeLessThanOrEqual(PHONE.width);
      await expectAccessible(proposer, `${tab} tab on a phone`);
    }
    await proposer.getByText('SROI比').waitFor();
  });

  // A key shown instead of its words (a message missing in a language) would match.
  const KEY = /\b(kpi|logicModel|evaluation|tabs)\.[a-zA-Z_]+/;

  it.each([
    ['やさしい日本語に きりかえる', 'もくひょうの 数字（KPI）', 'ふりかえり'],
    ['Switch to English', 'Logic model and KPIs', 'Evaluation'],
  ])('%s: the KPIs and the evaluation read fully', async (button, kpisTab, evaluationTab) => {
    const proposer = await signedIn('startup@demo.example');
    const id = await proposalId(proposer, COMPLETED);
    await proposer.goto(`/proposals/${id}`);
    await proposer.getByRole('heading', { level: 1, name: COMPLETED }).waitFor();
    await proposer.getByRole('button', { name: button }).click();
    const texts: string[] = [];
    for (const tab of [kpisTab, evaluationTab]) {
      await proposer.getByRole('link', { name: tab, exact: true }).click();
      await proposer.getByRole('heading', { level: 2 }).first().waitFor();
      await proposer.waitForLoadState('networkidle');
      texts.push(await proposer.locator('main').innerText());
      await expectAccessible(proposer, `${tab} (${button})`);
    }
    for (const text of texts) {
      expect(text.match(KEY)?.[0] ?? null).toBeNull();
    }
    await proposer.close();
  });
});
