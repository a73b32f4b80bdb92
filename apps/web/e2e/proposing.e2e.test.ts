import { describe, expect, it } from 'vitest';
import { expectAccessible, login, useBrowser, waitForMail } from './support';

const browser = useBrowser();

/** A tiny but real PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A Windows program, renamed to look like a PDF. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);

describe('a startup proposes on a theme', () => {
  it('finds the theme, drafts, leaves and comes back, attaches files, and submits once', async () => {
    const page = await browser.newPage();
    await login(page, 'startup@demo.example');

    // Browse and search the themes in Japanese.
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '募集テーマ' })
      .click();
    await page.getByRole('heading', { name: '募集テーマ（課題設定型）' }).waitFor();
    await expectAccessible(page, 'themes');
    await page.getByLabel('キーワード').fill('見守り');
    await page.getByRole('button', { name: '検索' }).click();
    await page.getByText('1件のテーマ').waitFor();
    await page.getByRole('link', { name: '高齢者見守りサービスの高度化' }).click();
    await page.getByRole('heading', { name: '高齢者見守りサービスの高度化', level: 1 }).waitFor();
    await expectAccessible(page, 'theme');

    // Start a proposal on it.
    await page.getByRole('link', { name: 'このテーマに提案する' }).click();
    await page.getByRole('button', { name: 'このテーマへの提案を始める' }).click();
    await page.getByRole('heading', { name: /提案の作成 — 1\/7 概要/ }).waitFor();
    await expectAccessible(page, 'form step 1');
    await page.getByLabel('提案名').fill('AIによる独居高齢者の見守り実証（E2E）');
    await page
      .getByLabel('概要')
      .fill(
        '電力センサーの変化をAIで分析し、異変の兆候を家族と民生委員に知らせる見守りを市営住宅で実証します。',
      );
    await page.getByLabel('概要').blur();
    await page.getByText(/保存しました/).waitFor();

    // Leave, and come back to the draft: nothing is lost.
    await page.getByRole('button', { name: '保存して中断する' }).click();
    await page.getByRole('heading', { name: '自社の提案' }).waitFor();
    await page.getByRole('link', { name: 'AIによる独居高齢者の見守り実証（E2E）' }).click();
    await page.getByRole('heading', { name: /提案の作成 — 1\/7/ }).waitFor();
    expect(await page.getByLabel('提案名').inputValue()).toBe(
      'AIによる独居高齢者の見守り実証（E2E）',
    );

    // The network fails while typing: the text stays and is saved once the network is back.
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await page.getByRole('heading', { name: /2\/7 課題となぜこの市か/ }).waitFor();
    await page.context().setOffline(true);
    const problem =
      '市内では一人暮らしの高齢者が増え、体調の急変に気づくまで数日かかった事例が地域包括支援センターへのヒアリングで複数確認できました。家族が市外に住む世帯ほど発見が遅れます。';
    await page.getByLabel(/課題（この市の誰が/).fill(problem);
    await page.getByLabel(/課題（この市の誰が/).blur();
    await page.getByText(/通信できないため保存できていません/).waitFor();
    expect(await page.getByLabel(/課題（この市の誰が/).inputValue()).toBe(problem);
    // Back online: the page saves by itself.
    await page.context().setOffline(false);
    await page.getByText(/保存しました/).waitFor();

    await page
      .getByLabel('なぜこの市なのか')
      .fill(
        '高齢化率が政令市の中でも高く、市の地域福祉計画で見守りの強化が重点施策とされているためです。',
      );
    await expectAccessible(page, 'form step 2');
    await page.getByRole('button', { name: '保存して次へ' }).click();

    await page
      .getByLabel(/解決策（ひとつ）/)
      .fill(
        '工事不要の小型センサーで生活リズムを学習し、異変の兆候を検知したら登録された家族と民生委員にメールと電話で知らせます。カメラは使いません。',
      );
    await page
      .getByLabel('市に期待する役割')
      .fill('実証に協力いただける市営住宅と、民生委員との調整をお願いします。');
    await page
      .getByLabel('提案者が担う役割')
      .fill('機器の提供と設置、運用、効果測定を自社の負担で行います。');
    await page.getByRole('button', { name: '保存して次へ' }).click();

    // City money needed: a new budget, with an estimate.
    await page.getByRole('heading', { name: /4\/7 市の予算と資源/ }).waitFor();
    await page.getByLabel('新たな予算が必要').check();
    await page.getByLabel(/必要な予算の概算/).fill('3000000');
    await page.getByLabel('実証フィールド').check();
    await expectAccessible(page, 'form step 4');
    await page.getByRole('button', { name: '保存して次へ' }).click();

    await page
      .getByLabel('期待される社会的・経済的な効果')
      .fill('異変の早期発見による重症化の防止と、民生委員の訪問負担の軽減が期待できます。');
    await page.getByRole('button', { name: 'KPIを追加' }).click();
    await page.getByLabel('指標 1').fill('異変から連絡までの時間');
    await page.getByLabel('目標 1').fill('平均30分以内');
    await page.getByLabel('開始希望時期').fill('2027-04');
    await page.getByLabel('はい（実証実験から始める）').check();
    await page.getByRole('button', { name: '保存して次へ' }).click();

    // Contact, confidentiality and files.
    await page.getByRole('heading', { name: /6\/7 連絡先・秘密情報・添付/ }).waitFor();
    expect(await page.getByLabel('担当者のメールアドレス').inputValue()).toBe(
      'startup@demo.example',
    );
    await page
      .getByLabel('ファイルを選んで追加')
      .setInputFiles({ name: '事業計画書.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('link', { name: '事業計画書.pdf' }).waitFor();
    await page
      .getByLabel('ファイルを選んで追加')
      .setInputFiles({ name: '資料.pdf', mimeType: 'application/pdf', buffer: EXE });
    await page.getByText(/このファイル形式は添付できません/).waitFor();
    expect(await page.getByRole('link', { name: '資料.pdf' }).count()).toBe(0);
    await expectAccessible(page, 'form step 6');
    await page.getByRole('button', { name: '保存して次へ' }).click();

    // Review: the four points, the calendar warning (November, city money needed), submit.
    await page.getByRole('heading', { name: /7\/7 確認して提出/ }).waitFor();
    await page.getByText('10月31日の締切を過ぎています').waitFor();
    expect(await page.getByText(/令和9年度の当初予算には間に合いません/).count()).toBe(1);
    for (const label of [
      /課題ドリブン/,
      /なぜこの市か/,
      /1提案 = 1ソリューション/,
      /役割分担と費用負担/,
    ]) {
      await page.getByLabel(label).check();
    }
    await expectAccessible(page, 'review');
    // A quick double click: both clicks reach the page before it re-renders.
    await page
      .getByRole('button', { name: 'この内容で提出する' })
      .evaluate((button: HTMLButtonElement) => {
        button.click();
        button.click();
      });

    // The receipt, with the reference number and what happens next.
    await page.getByRole('heading', { name: '提案を受け付けました' }).waitFor();
    const reference = (await page.locator('.receipt__number').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^KY-2026-\d{5}$/);
    expect(await page.getByText('2026年12月7日（月）').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'receipt');
    const receipt = await waitForMail('startup@demo.example', new RegExp(reference));
    expect(receipt.text).toContain('一次確認の期限');
    expect(receipt.text).toContain('令和10年度');

    // One proposal only, and its page shows the status and the timeline.
    await page.goto('/proposals');
    await page
      .getByRole('link', { name: 'AIによる独居高齢者の見守り実証（E2E）' })
      .first()
      .waitFor();
    expect(
      await page.getByRole('link', { name: 'AIによる独居高齢者の見守り実証（E2E）' }).count(),
    ).toBe(1);

    await page.getByRole('link', { name: 'AIによる独居高齢者の見守り実証（E2E）' }).click();
    await page.getByText('受付済み').first().waitFor();
    await page.getByRole('heading', { name: '経過' }).waitFor();
    await page.getByText('提案を提出しました').first().waitFor();
    await page
      .getByText(/市の予算が必要なこの提案は令和9年度の当初予算には間に合いません/)
      .waitFor();
    await expectAccessible(page, 'proposal page');
  });
});

describe('the budget-calendar notice on the form', () => {
  it('says nothing about the cutoff until the proposer has said whether city money is needed', async () => {
    const page = await browser.newPage();
    await login(page, 'startup@demo.example');
    const { proposal } = (await (
      await page.request.post('/api/proposals', { data: { kind: 'free' } })
    ).json()) as { proposal: { id: string } };

    // Not answered yet: neither the review nor the budget step speaks of the cutoff.
    await page.goto(`/proposals/${proposal.id}/edit?step=7`);
    await page.getByRole('heading', { name: /7\/7 確認して提出/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(/締切を過ぎて/).count()).toBe(0);
    await page.getByText(/「市の予算は必要ですか」に答えると/).waitFor();
    await page.getByRole('link', { name: '市の予算と資源へ' }).click();
    await page.getByRole('heading', { name: /4\/7 市の予算と資源/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(/締切を過ぎて/).count()).toBe(0);

    // City money needed, after the cutoff (20 November): the warning, on the spot.
    await page.getByLabel('新たな予算が必要').check();
    await page.getByText('10月31日の締切を過ぎています').waitFor();
    await page.getByText(/令和9年度の当初予算には間に合いません/).waitFor();
    await expectAccessible(page, 'budget step with the warning');

    // No city money: the information notice instead.
    await page.getByLabel('市の予算は不要').check();
    await page.getByText(/市の予算を必要としない提案なので受け付けに影響はありません/).waitFor();
    expect(await page.getByText(/間に合いません/).count()).toBe(0);
  });
});

describe('the budget calendar', () => {
  it('shows the phase of the year and what submitting today means', async () => {
    const page = await browser.newPage();
    await page.goto('/calendar');
    await page.getByRole('heading', { name: '予算カレンダー' }).waitFor();
    await page.getByText('「予算調整・査定」の時期です').waitFor();
    await expectAccessible(page, 'calendar');
    const panel = page.getByRole('region', { name: '今日提案すると' });
    await panel.getByText('2026年12月7日（月）').waitFor();
    await panel.getByText('令和8年12月定例会').waitFor();
    await panel.getByLabel('新たな予算が必要').check();
    await panel.locator('dd', { hasText: '令和10年度（2028年度）' }).waitFor();
    await panel
      .getByText(/市の予算が必要なこの提案は令和9年度の当初予算には間に合いません/)
      .waitFor();
    const ics = await page.evaluate(async () =>
      (await fetch('/api/calendar/key-dates.ics?fiscalYear=2026&lang=ja')).text(),
    );
    expect(ics).toContain('BEGIN:VEVENT');
  });
});
