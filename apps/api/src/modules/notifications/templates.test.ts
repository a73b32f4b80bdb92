/**
 * Every e-mail template in every language: complete sentences (no placeholder, no catalogue key,
 * no raw date), escaped HTML, the links it promises, and a real translation for each language.
 */
import { staffStatusLabel } from '@kyoso/contracts/workflow-text';
import { emailMessages } from '@kyoso/i18n/catalogues/emails';
import { LANGUAGES, type Language } from '@kyoso/i18n/languages';
import { loadAllCatalogues } from '@kyoso/i18n/server';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_TEMPLATE_NAMES,
  renderEmail,
  type EmailTemplateName,
  type EmailTemplates,
} from './templates';

// The examples below render labels in every language: the whole catalogue first.
await loadAllCatalogues();

const SCRIPT = '<script>alert(1)</script>';
const brand = {
  cityName: { ja: '北九州市', en: 'Kitakyushu City' },
  publicUrl: 'http://kyoso.test',
};
const link = (path: string) => `http://kyoso.test${path}?token=abc&tab=1`;
const label = { ja: '見送りの理由', en: 'Reason for declining', easy: 'すすめない りゆう' };

/** One example of each template, with a script where a person's words go. */
const SAMPLES: { [K in EmailTemplateName]: EmailTemplates[K] } = {
  verify_email: { name: SCRIPT, link: link('/verify-email'), expiresHours: 24 },
  password_reset: { name: SCRIPT, link: link('/reset-password'), expiresMinutes: 60 },
  password_changed: { name: SCRIPT, link: link('/forgot-password') },
  staff_welcome: {
    name: SCRIPT,
    link: link('/reset-password'),
    roleLabel: { ja: '共創窓口', en: 'Co-creation desk' },
    expiresDays: 7,
  },
  organization_invitation: {
    inviterName: SCRIPT,
    organizationName: `株式会社${SCRIPT}`,
    link: link('/join'),
    expiresDays: 14,
  },
  proposal_status_changed: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00001',
    title: '見守りサービスの実証',
    statusLabel: staffStatusLabel('declined'),
    reason: SCRIPT,
    reasonLabel: label,
    nextAction: { ja: '次の提案をお待ちしています', en: 'We look forward to your next proposal' },
    link: link('/proposals/1'),
  },
  proposal_received: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00001',
    title: SCRIPT,
    submittedOn: '2026-11-20',
    screeningDueDate: '2026-12-07',
    calendarNote: {
      ja: '締切を過ぎています。',
      en: 'After the cutoff.',
      easy: 'しめきりの あとです。',
    },
    link: link('/proposals/1'),
  },
  proposal_assigned: {
    name: SCRIPT,
    referenceNumber: null,
    title: '公園のキッチンカー',
    role: 'lead',
    note: SCRIPT,
    dueDate: '2026-11-27',
    link: link('/proposals/2'),
  },
  proposal_returned: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00002',
    title: '公園のキッチンカー',
    departmentName: { ja: '公園管理課', en: 'Parks Division' },
    reason: SCRIPT,
    link: link('/proposals/2'),
  },
  note_mention: {
    name: SCRIPT,
    authorName: SCRIPT,
    referenceNumber: 'KY-2026-00003',
    title: '見守り',
    excerpt: SCRIPT,
    link: link('/proposals/3'),
  },
  message_received: {
    name: SCRIPT,
    from: { ja: SCRIPT, en: SCRIPT },
    referenceNumber: 'KY-2026-00003',
    title: '見守り',
    excerpt: SCRIPT,
    link: link('/proposals/3'),
  },
  nda_update: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00004',
    title: SCRIPT,
    event: 'in_effect',
    link: link('/proposals/4/nda'),
  },
  case_update: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00006',
    title: SCRIPT,
    headline: {
      ja: 'KPI「搬送件数」の実績（2026年10月）について市が質問しました',
      en: 'The city asked about the actual for “transports” (Oct 2026)',
      easy: '市が「搬送件数」の けっか（2026年10月）に しつもんしました',
    },
    next: {
      ja: 'ポータルで質問に回答してください。',
      en: 'Please answer the question on the portal.',
      easy: 'ポータルで しつもんに こたえて ください。',
    },
    notice: {
      ja: 'この提案は公募に付されます。',
      en: 'This proposal goes to an open call.',
      easy: 'この ていあんは ひろく ぼしゅう します。',
    },
    quote: { label, text: SCRIPT },
    link: link('/proposals/6'),
  },
  kpi_report_due: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00007',
    title: SCRIPT,
    kpi: SCRIPT,
    period: { ja: '2026年10月', en: 'Oct 2026', easy: '2026年10月' },
    dueOn: '2026-11-13',
    link: link('/proposals/7'),
  },
  kpi_verification_waiting: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00007',
    title: SCRIPT,
    kpi: SCRIPT,
    period: { ja: '2026年10月', en: 'Oct 2026', easy: '2026年10月' },
    reportedOn: '2026-11-10',
    days: 5,
    link: link('/proposals/7'),
  },
  theme_question_answered: {
    name: SCRIPT,
    themeTitle: SCRIPT,
    question: SCRIPT,
    answer: SCRIPT,
    link: link('/themes/1'),
  },
  theme_status: {
    name: SCRIPT,
    themeTitle: SCRIPT,
    event: 'sent_back',
    comment: SCRIPT,
    link: link('/staff/themes/1'),
  },
  theme_closing_draft: {
    name: SCRIPT,
    title: SCRIPT,
    themeTitle: SCRIPT,
    closesOn: '2026-12-25',
    link: link('/proposals/9/edit'),
    freeLink: link('/proposals/new'),
  },
  hold_resumed: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00008',
    title: SCRIPT,
    resumeOn: '2027-04-01',
    link: link('/proposals/8'),
  },
  dialogue_recorded: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00005',
    title: '見守り',
    round: 2,
    heldOn: '2026-12-01',
    link: link('/proposals/5'),
  },
  coordinator_digest: {
    name: SCRIPT,
    date: '2026-11-20',
    overdueCount: 3,
    dueSoonCount: 1,
    overdue: [
      {
        referenceNumber: 'KY-2026-00006',
        title: SCRIPT,
        dueOn: '2026-11-18',
        status: staffStatusLabel('submitted'),
        link: link('/proposals/6'),
      },
    ],
    dueSoon: [
      {
        referenceNumber: null,
        title: '公園の提案',
        dueOn: '2026-11-24',
        status: staffStatusLabel('awaiting_department'),
        link: link('/proposals/7'),
      },
    ],
    inboxLink: link('/inbox'),
  },
  department_digest: {
    name: SCRIPT,
    departmentName: { ja: '長寿社会対策課', en: 'Ageing Society Division' },
    date: '2026-11-20',
    overdueCount: 1,
    dueSoonCount: 0,
    kpiCount: 1,
    overdue: [
      {
        referenceNumber: 'KY-2026-00006',
        title: SCRIPT,
        dueOn: '2026-11-18',
        status: staffStatusLabel('awaiting_department'),
        link: link('/proposals/6'),
      },
    ],
    dueSoon: [],
    kpis: [
      {
        referenceNumber: 'KY-2026-00008',
        title: '見守り',
        kpi: '登録者数',
        period: { ja: '2026年10月', en: 'October 2026', easy: '2026年10月' },
        reportedOn: '2026-11-02',
        link: link('/proposals/8'),
      },
    ],
    inboxLink: link('/inbox'),
    accountLink: link('/account'),
  },
  stage_escalation: {
    name: SCRIPT,
    referenceNumber: 'KY-2026-00009',
    title: SCRIPT,
    status: staffStatusLabel('awaiting_department'),
    departmentName: { ja: '長寿社会対策課', en: 'Ageing Society Division' },
    dueOn: '2026-11-10',
    daysOverdue: 7,
    link: link('/proposals/9'),
  },
  registration_attempt: {
    name: SCRIPT,
    loginLink: link('/login'),
    resetLink: link('/forgot-password'),
  },
  department_handover: {
    name: SCRIPT,
    fromDepartment: { ja: '高齢福祉課', en: 'Elderly Welfare Section' },
    toDepartment: { ja: '長寿社会対策課', en: 'Ageing Society Division' },
    proposals: [
      {
        referenceNumber: 'KY-2026-00011',
        title: SCRIPT,
        role: 'lead',
        link: link('/proposals/11'),
      },
      {
        referenceNumber: 'KY-2026-00012',
        title: '見守り',
        role: 'supporting',
        link: link('/proposals/12'),
      },
    ],
    themes: [{ title: '高齢者の見守り', link: link('/staff/themes/3') }],
    inboxLink: link('/inbox'),
  },
};

/** Every link a template's data carries. */
function linksOf(data: object): string[] {
  return JSON.stringify(data).match(/http:\/\/kyoso\.test\/[^"]*/g) ?? [];
}

function render(template: EmailTemplateName, language: Language) {
  return renderEmail(template, SAMPLES[template] as never, language, brand);
}

const KEYS = [...Object.keys(emailMessages.ja), 'field.title'];

const CASES = EMAIL_TEMPLATE_NAMES.flatMap((template) =>
  LANGUAGES.map((language) => [template, language] as const),
);

describe('every e-mail template in every language', () => {
  it('has an example here for each template', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EMAIL_TEMPLATE_NAMES].sort());
  });

  it.each(CASES)('%s in %s is complete, escaped and linked', (template, language) => {
    const mail = render(template, language);
    expect(mail.subject.length).toBeGreaterThan(10);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/\{\w+\}/); // a placeholder left
      expect(part).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/); // a date as the database writes it
      for (const key of KEYS) {
        expect(part).not.toContain(key); // a catalogue key shown instead of its words
      }
    }
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain(`<html lang="${language === 'en' ? 'en' : 'ja'}">`);
    const links = linksOf(SAMPLES[template]);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(mail.text).toContain(href);
      expect(mail.html).toContain(`href="${href.replace(/&/g, '&amp;')}"`);
    }
    // The header and the footer name the city and the portal; the footer links to it.
    expect(mail.text).toContain('http://kyoso.test\n');
    expect(mail.html).toContain('href="http://kyoso.test"');
  });

  it.each(EMAIL_TEMPLATE_NAMES)(
    '%s speaks English and やさしい日本語, not Japanese to all',
    (template) => {
      const ja = render(template, 'ja');
      const en = render(template, 'en');
      const easy = render(template, 'easy');
      expect(en.subject).not.toBe(ja.subject);
      expect(en.text).not.toMatch(/[ぁ-ん]{3}/); // no Japanese sentence in the English e-mail
      expect(easy.subject).not.toBe(ja.subject);
      expect(easy.text).not.toBe(ja.text);
      expect(easy.text).toContain('kyoso 市と 会社が いっしょに つくる ポータル');
    },
  );
});

describe('the words of the e-mails', () => {
  it('writes the portal’s name in the Japanese subject and greets the reader', () => {
    const mail = render('password_reset', 'ja');
    expect(mail.subject).toBe('【kyoso 官民共創ポータル】パスワード再設定のご案内');
    expect(mail.text.startsWith(`${SCRIPT} 様\n`)).toBe(true);
    expect(mail.text).toContain('北九州市 kyoso 官民共創ポータル');
  });

  it('greets an invited person without a name', () => {
    expect(render('organization_invitation', 'ja').text.startsWith('ご担当者 様\n')).toBe(true);
    expect(render('organization_invitation', 'en').text.startsWith('Hello,\n')).toBe(true);
  });

  it('writes the dates of the receipt as the portal does, in each language', () => {
    const plain = { ...SAMPLES.proposal_received, calendarNote: null };
    const receipt = (language: Language) =>
      renderEmail('proposal_received', plain, language, brand);
    expect(receipt('ja').text).toContain('受付日: 2026年11月20日（金）');
    expect(receipt('ja').text).toContain('一次確認の期限: 2026年12月7日（月）（10営業日以内）');
    expect(receipt('en').text).toContain('Mon 7 Dec 2026 (within 10 business days)');
    expect(receipt('easy').text).toContain('2026年12月7日（月ようび）までです。');
  });

  it('writes the receipt’s dates in 和暦 when it speaks of the fiscal years', () => {
    const ja = render('proposal_received', 'ja').text;
    expect(ja).toContain('受付日: 令和8年11月20日（金）');
    expect(ja).toContain('一次確認の期限: 令和8年12月7日（月）（10営業日以内）');
    expect(ja).toContain('【予算カレンダーについて】\n  締切を過ぎています。');
    // English and やさしい日本語 keep the Western year.
    expect(render('proposal_received', 'en').text).toContain('Received on: Fri 20 Nov 2026');
    expect(render('proposal_received', 'easy').text).toContain('うけつけた 日: 2026年11月20日');
  });

  it('uses the plural the count needs in English', () => {
    const one = renderEmail(
      'verify_email',
      { ...SAMPLES.verify_email, expiresHours: 1 },
      'en',
      brand,
    );
    expect(one.text).toContain('expires in 1 hour.');
    expect(render('verify_email', 'en').text).toContain('expires in 24 hours.');
  });

  it('lists the digest’s proposals with their status in the reader’s language and dates', () => {
    const ja = render('coordinator_digest', 'ja');
    expect(ja.subject).toBe(
      '【kyoso 官民共創ポータル】期限の状況（超過3件・間近1件）2026年11月20日（金）',
    );
    expect(ja.text).toContain('一次確認待ち');
    expect(ja.text).toContain('（期限 2026年11月18日・一次確認待ち）');
    expect(ja.text).toContain('ほか2件は受付一覧でご確認ください。');
    const en = render('coordinator_digest', 'en');
    expect(en.text).toContain('(due 18 Nov 2026, Awaiting first check)');
    expect(en.text).toContain('Overdue: 3 proposals');
    expect(en.text).toContain('Due within 2 business days: 1 proposal');
    expect(en.text).not.toContain('一次確認待ち');
    expect(render('coordinator_digest', 'easy').text).toContain('しめきり 2026年11月18日');
  });

  it('writes the department’s digest and the escalation with the department, dates and days', () => {
    const ja = render('department_digest', 'ja');
    expect(ja.subject).toContain('長寿社会対策課の期限の状況（超過1件・間近0件・KPI確認待ち1件）');
    expect(ja.text).toContain('登録者数（2026年10月・2026年11月2日');
    const en = render('department_digest', 'en');
    expect(en.subject).toContain('Ageing Society Division: 1 overdue');
    expect(en.text).toContain('KPI reports to verify: 1 report');
    const escalation = render('stage_escalation', 'en');
    expect(escalation.subject).toContain('7 business days overdue (KY-2026-00009)');
    expect(escalation.text).toContain('Ageing Society Division');
    expect(escalation.text).toContain('10 Nov 2026');
    expect(render('stage_escalation', 'ja').text).toContain('長寿社会対策課');
  });

  it('names the reason’s label and the next step in the reader’s language', () => {
    expect(render('proposal_status_changed', 'en').text).toContain('[Reason for declining]');
    expect(render('proposal_status_changed', 'easy').text).toContain('【すすめない りゆう】');
    expect(render('proposal_status_changed', 'easy').text).toContain(
      'このあと: 次の提案をお待ちしています',
    );
  });

  it('says "no reference yet" rather than nothing', () => {
    expect(render('proposal_assigned', 'ja').subject).toContain('（未採番）');
    expect(render('proposal_assigned', 'en').subject).toContain('(no reference yet)');
  });
});
