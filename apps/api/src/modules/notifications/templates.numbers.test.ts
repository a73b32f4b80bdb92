/**
 * Every number an e-mail claims comes from the rule that sets it: change the rule (here, in a
 * mock of the workflow table and of the inbox's "due soon"), and the e-mail says the new number.
 */
import type * as Proposals from '@kyoso/contracts/proposals';
import type * as Workflow from '@kyoso/contracts/workflow';
import { loadAllCatalogues } from '@kyoso/i18n/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderEmail } from './templates';

vi.mock('@kyoso/contracts/workflow', async (importOriginal) => ({
  ...(await importOriginal<typeof Workflow>()),
  SCREENING_BUSINESS_DAYS: 7,
  DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS: 3,
}));
vi.mock('@kyoso/contracts/proposals', async (importOriginal) => ({
  ...(await importOriginal<typeof Proposals>()),
  DUE_SOON_BUSINESS_DAYS: 4,
}));

beforeAll(() => loadAllCatalogues());

const brand = {
  cityName: { ja: '北九州市', en: 'Kitakyushu City' },
  publicUrl: 'http://kyoso.test',
};
const link = 'http://kyoso.test/proposals/1';

describe('the numbers the e-mails give', () => {
  it('the receipt gives the first check’s business days from SCREENING_BUSINESS_DAYS', () => {
    const data = {
      name: '見守 花子',
      referenceNumber: 'KY-2026-00001',
      title: '見守り',
      submittedOn: '2026-11-20',
      screeningDueDate: '2026-12-01',
      calendarNote: null,
      link,
    };
    const ja = renderEmail('proposal_received', data, 'ja', brand).text;
    expect(ja).toContain('（7営業日以内）');
    expect(ja).not.toContain('10営業日');
    expect(renderEmail('proposal_received', data, 'en', brand).text).toContain(
      '(within 7 business days)',
    );
    expect(renderEmail('proposal_received', data, 'easy', brand).text).toContain(
      'うけつけた 日から 7日（市役所が あいている 日）です。',
    );
  });

  it('the routing e-mail gives the department’s business days from DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS', () => {
    const data = {
      name: '公園 一郎',
      referenceNumber: 'KY-2026-00001',
      title: '見守り',
      role: 'lead' as const,
      note: null,
      dueDate: '2026-11-25',
      link,
    };
    const ja = renderEmail('proposal_assigned', data, 'ja', brand).text;
    expect(ja).toContain('受入判断の期限: 2026年11月25日（水）（3営業日以内）');
    expect(ja).not.toContain('5営業日');
    expect(renderEmail('proposal_assigned', data, 'en', brand).text).toContain(
      '(within 3 business days)',
    );
  });

  it('the digest’s "due soon" gives the business days from DUE_SOON_BUSINESS_DAYS', () => {
    const data = {
      name: '窓口 太郎',
      date: '2026-11-20',
      overdueCount: 0,
      dueSoonCount: 0,
      overdue: [],
      dueSoon: [],
      inboxLink: 'http://kyoso.test/inbox',
    };
    const ja = renderEmail('coordinator_digest', data, 'ja', brand).text;
    expect(ja).toContain('期限間近（4営業日以内）: 0件');
    expect(ja).not.toContain('2営業日');
    expect(renderEmail('coordinator_digest', data, 'en', brand).text).toContain(
      'Due within 4 business days: 0 proposals',
    );
  });
});
