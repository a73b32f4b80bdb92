/**
 * Administration (issue #10) as an administrator lives it: she adds two sections to the chart,
 * renames one, is refused retiring the other while it still leads a proposal (the page says how
 * many), hands that proposal over, retires it, and finds the rename, the handover and the
 * retirement in the audit log, whose CSV she downloads for Excel. The chart and the log have no
 * accessibility violation, and the log reads on a phone.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, login, pageWidth, PHONE, useBrowser } from './support';

const browser = useBrowser();

const tag = randomBytes(3).toString('hex');
const RETIRING = `E2E再編元課${tag}`;
const SUCCESSOR = `E2E引継先課${tag}`;
const RENAMED = `E2E共創推進課${tag}`;

async function signedIn(email: string): Promise<Page> {
  const page = await browser.newPage();
  await login(page, email);
  return page;
}

async function ok<T>(res: {
  ok: () => boolean;
  text: () => Promise<string>;
  json: () => Promise<unknown>;
}) {
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

/** The proposer submits a free proposal and the desk routes it to `departmentId` (the routing itself is covered by city.e2e). */
async function proposalLedBy(departmentId: string): Promise<string> {
  const proposer = await signedIn('startup@demo.example');
  const { proposal } = await ok<{ proposal: { id: string } }>(
    await proposer.request.post('/api/proposals', { data: { kind: 'free' } }),
  );
  const draft = await ok<{ proposal: { version: number } }>(
    await proposer.request.patch(`/api/proposals/${proposal.id}`, {
      data: {
        title: `子育て世帯の相談窓口のオンライン化（E2E ${tag}）`,
        summary: '保護者の相談をオンラインで受け付け、夜間や休日にも答えられる仕組みを実証します。',
        problem:
          '共働きの保護者は平日の日中に相談窓口へ行けず、悩みを抱えたままになりがちです。子育て支援の相談件数も平日に偏っています。',
        whyThisCity: '市の子育て支援計画で、相談しやすい環境づくりが重点施策とされているためです。',
        solution:
          'チャットとビデオ通話で保護者の相談を夜間と休日にも受け付け、相談員が内容に応じて答えるか、市の子育て支援の窓口へつなぎます。',
        cityRole: '相談窓口との連携と、利用者への周知をお願いします。',
        companyRole: 'システムの提供と相談員の確保、効果測定を自社負担で行います。',
        cityBudget: 'none',
        resourcesWanted: ['test_field'],
        impact: '保護者の孤立を防ぎ、早めの支援につながることが期待できます。',
        kpis: [{ name: '夜間・休日の相談件数', target: '月100件' }],
        desiredStart: '2027-04',
        pilot: true,
        contactName: '見守 花子',
        contactEmail: 'startup@demo.example',
      },
    }),
  );
  await ok(
    await proposer.request.post(`/api/proposals/${proposal.id}/transitions`, {
      data: { action: 'submit', version: draft.proposal.version },
    }),
  );
  await proposer.close();

  const desk = await signedIn('coordinator@demo.example');
  const transition = async (data: Record<string, unknown>) => {
    const { proposal: current } = await ok<{ proposal: { version: number } }>(
      await desk.request.get(`/api/proposals/${proposal.id}`),
    );
    await ok(
      await desk.request.post(`/api/proposals/${proposal.id}/transitions`, {
        data: { ...data, version: current.version },
      }),
    );
  };
  await transition({ action: 'accept_for_routing' });
  await transition({
    action: 'route',
    leadDepartmentId: departmentId,
    supportingDepartmentIds: [],
    note: 'E2E',
  });
  const { proposal: routed } = await ok<{ proposal: { referenceNumber: string } }>(
    await desk.request.get(`/api/proposals/${proposal.id}`),
  );
  await desk.close();
  return routed.referenceNumber;
}

/** Adds a section under 子ども家庭部 through the page's form. */
async function addSection(page: Page, name: string, code: string) {
  const form = page.getByRole('region', { name: '部署を追加' });
  await form.getByLabel('上位の部署').selectOption({ label: '子ども家庭局 子ども家庭部' });
  await form.getByLabel(/部署コード/).fill(code);
  await form.getByLabel(/名称（日本語）/).fill(name);
  await form.getByLabel(/名称（英語）/).fill(`${code} Section`);
  await form.getByRole('button', { name: '部署を追加' }).click();
  await form.getByText(`${name}を追加しました。`).waitFor();
}

/** Opens a department of the chart for changes. */
async function open(page: Page, fullName: string) {
  await page.getByRole('button', { name: `${fullName}を変更` }).click();
}

describe('an administrator reorganises the departments', () => {
  it('renames a section, retires another after handing over its proposals, and finds both in the audit log and its CSV', async () => {
    const admin = await signedIn('admin@demo.example');
    admin.on('dialog', (dialog) => void dialog.accept());
    await admin.goto('/admin/departments');
    await admin.getByRole('heading', { name: '部署の管理' }).waitFor();
    await admin.getByRole('heading', { name: '組織図' }).waitFor();
    await expectAccessible(admin, 'departments');

    await addSection(admin, RETIRING, `e2e-moto-${tag}`);
    await addSection(admin, SUCCESSOR, `e2e-saki-${tag}`);
    const chart = await ok<{ departments: Array<{ id: string; name: { ja: string } }> }>(
      await admin.request.get('/api/admin/departments'),
    );
    const retiring = chart.departments.find((d) => d.name.ja === RETIRING)!;
    const reference = await proposalLedBy(retiring.id);

    // Rename the successor, with a routing profile tried on a sample text before saving.
    await admin.reload();
    await open(admin, `子ども家庭局 子ども家庭部 ${SUCCESSOR}`);
    const panel = admin.locator('.department-tree__panel');
    await panel.getByLabel(/名称（日本語）/).fill(RENAMED);
    await panel.getByLabel(/キーワード/).fill(`共創${tag}\nオンライン相談${tag}`);
    await panel.getByLabel('提案の文章の例').fill(`オンライン相談${tag}の窓口を作りたい`);
    await panel.getByRole('button', { name: '候補を表示' }).click();
    await panel.locator('.department-preview__self').getByText(SUCCESSOR).waitFor();
    await expectAccessible(admin, 'department opened, with a routing preview');
    await panel.getByRole('button', { name: '保存する' }).click();
    await panel.getByText('保存しました。').waitFor();
    // The chart names it anew; closing it shows the chart again.
    await admin
      .getByRole('button', { name: `子ども家庭局 子ども家庭部 ${RENAMED}を閉じる` })
      .click();

    // Retiring is refused while the section leads a proposal: the page says how many.
    await open(admin, `子ども家庭局 子ども家庭部 ${RETIRING}`);
    await panel.getByText('まだ終わっていない提案が1件あります').first().waitFor();
    await panel.getByRole('button', { name: `${RETIRING}を廃止する` }).click();
    await panel
      .getByRole('alert')
      .getByText(/1件あります/)
      .waitFor();

    await panel
      .getByLabel(/引継ぎ先の課/)
      .selectOption({ label: `子ども家庭局 子ども家庭部 ${RENAMED}` });
    await panel.getByRole('button', { name: '提案を引き継ぐ' }).click();
    await panel.getByText('1件の提案を引き継ぎました。').waitFor();
    await panel.getByText('進行中の提案はありません。').waitFor();
    await panel.getByRole('button', { name: `${RETIRING}を廃止する` }).click();
    await panel.getByText(/この部署は廃止されています/).waitFor();
    await admin
      .locator('.department-tree__item--retired .department-tree__name')
      .getByText(RETIRING)
      .waitFor();
    await expectAccessible(admin, 'departments after the retirement');

    // The audit log shows the rename, the handover and the retirement.
    await admin.getByRole('link', { name: '監査ログ' }).first().click();
    await admin.getByRole('heading', { name: '監査ログ', level: 1 }).waitFor();
    const log = admin.getByRole('region', { name: '監査ログ（新しい順）' });
    await admin.getByLabel('受付番号').fill(reference);
    await admin.getByRole('button', { name: '絞り込む' }).click();
    await expect.poll(() => admin.url()).toContain(`reference=${reference}`);
    await log.getByText('department.proposal_handed_over').waitFor();
    await expectAccessible(admin, 'audit log filtered by reference number');

    await admin.getByRole('button', { name: '条件をクリア' }).click();
    await admin
      .getByLabel('部署', { exact: true })
      .selectOption({ label: `子ども家庭局 子ども家庭部 ${RETIRING}` });
    await admin.getByRole('button', { name: '絞り込む' }).click();
    await log.getByText('department.retired').waitFor();
    await log.getByText('department.handed_over').waitFor();

    await admin.getByRole('button', { name: '条件をクリア' }).click();
    await admin.getByLabel('操作').selectOption('department.updated');
    await admin.getByRole('button', { name: '絞り込む' }).click();
    await log.getByText(RENAMED).first().waitFor();
    // The action in words, its code beside it; the filter offers the words too.
    await log.getByText('部署の名称・位置・振り分け情報を変更しました').first().waitFor();
    await log.getByText('department.updated').first().waitFor();
    expect(await admin.getByLabel('操作').locator('option:checked').textContent()).toBe(
      '部署の名称・位置・振り分け情報を変更しました（department.updated）',
    );

    // The CSV of the same filter, for Excel.
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'CSVをダウンロード（Excel用）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kyoso-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF"日時","種別","操作"')).toBe(true);
    expect(csv).toContain('"部署の名称・位置・振り分け情報を変更しました","department.updated"');
    expect(csv).toContain(RENAMED);
    expect(csv).not.toContain('"department.retired"');
    expect(csv.endsWith('\r\n')).toBe(true);

    // On a phone the log is a list of cards, without sideways scrolling.
    await admin.setViewportSize(PHONE);
    await log.getByText(RENAMED).first().waitFor();
    expect(await pageWidth(admin)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(admin, 'audit log on a phone');
    await admin.close();
  });
});
