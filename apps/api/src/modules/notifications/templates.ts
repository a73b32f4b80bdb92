/**
 * E-mail templates: each one is the data it needs and the blocks it puts in the layout
 * (`email-layout.ts`), with every sentence from the `emails` catalogue in the reader's language
 * (Japanese, English or やさしい日本語). Numbers come from the workflow table and the calendar,
 * dates are written with `@kyoso/i18n/format`, texts in several languages are picked with
 * `pickText`. Each template says what happened, what the reader should do next, and links to the
 * page that matters.
 */
import { DUE_SOON_BUSINESS_DAYS } from '@kyoso/contracts/proposals';
import {
  DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS,
  SCREENING_BUSINESS_DAYS,
} from '@kyoso/contracts/workflow';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { emailMessages } from '@kyoso/i18n/catalogues/emails';
import { translator, type Translate } from '@kyoso/i18n/core';
import { formatBusinessDays, formatDate } from '@kyoso/i18n/format';
import { pickText, type Language, type LocalizedText } from '@kyoso/i18n/languages';
import {
  renderLayout,
  type Block,
  type Brand,
  type EmailContent,
  type RenderedEmail,
} from './email-layout';

export type { Brand, RenderedEmail } from './email-layout';

/** A proposal in the digest's lists. */
type DigestItem = {
  referenceNumber: string | null;
  title: string;
  /** `YYYY-MM-DD`. */
  dueOn: string;
  status: LocalizedText;
  link: string;
};

/** A KPI report in the department's digest, waiting for the city's verification. */
type DigestKpiItem = {
  referenceNumber: string | null;
  title: string;
  kpi: string;
  period: LocalizedText;
  /** `YYYY-MM-DD`. */
  reportedOn: string;
  link: string;
};

/** The data of each template. Dates are `YYYY-MM-DD` (Japan's calendar); the template writes them. */
export type EmailTemplates = {
  verify_email: { name: string; link: string; expiresHours: number };
  password_reset: { name: string; link: string; expiresMinutes: number };
  password_changed: { name: string; link: string };
  staff_welcome: { name: string; link: string; roleLabel: LocalizedText; expiresDays: number };
  organization_invitation: {
    inviterName: string;
    organizationName: string;
    link: string;
    expiresDays: number;
  };
  proposal_status_changed: {
    name: string;
    referenceNumber: string | null;
    title: string;
    statusLabel: LocalizedText;
    reason: string | null;
    reasonLabel: LocalizedText | null;
    nextAction: LocalizedText | null;
    /** Facts the STEP records add (the decision's conclusions, the agreement's type…). */
    facts?: Array<[label: LocalizedText, value: LocalizedText]>;
    /** The next expected date of the new stage, `YYYY-MM-DD`. */
    dueDate?: string | null;
    link: string;
  };
  /** A STEP record changed: what happened (the timeline's words) and what to do next. */
  case_update: {
    name: string;
    referenceNumber: string | null;
    title: string;
    headline: LocalizedText;
    next: LocalizedText | null;
    notice: LocalizedText | null;
    quote: { label: LocalizedText; text: string } | null;
    link: string;
  };
  kpi_report_due: {
    name: string;
    referenceNumber: string | null;
    title: string;
    kpi: string;
    period: LocalizedText;
    dueOn: string;
    link: string;
  };
  kpi_verification_waiting: {
    name: string;
    referenceNumber: string | null;
    title: string;
    kpi: string;
    period: LocalizedText;
    reportedOn: string;
    days: number;
    link: string;
  };
  theme_question_answered: {
    name: string;
    themeTitle: string;
    question: string;
    answer: string;
    link: string;
  };
  theme_status: {
    name: string;
    themeTitle: string;
    event: 'submitted' | 'published' | 'sent_back';
    comment: string | null;
    link: string;
  };
  theme_closing_draft: {
    name: string;
    title: string;
    themeTitle: string;
    closesOn: string;
    link: string;
    freeLink: string;
  };
  hold_resumed: {
    name: string;
    referenceNumber: string | null;
    title: string;
    resumeOn: string;
    link: string;
  };
  proposal_received: {
    name: string;
    referenceNumber: string;
    title: string;
    submittedOn: string;
    screeningDueDate: string;
    calendarNote: LocalizedText | null;
    link: string;
  };
  proposal_assigned: {
    name: string;
    referenceNumber: string | null;
    title: string;
    role: 'lead' | 'supporting';
    note: string | null;
    dueDate: string | null;
    link: string;
  };
  proposal_returned: {
    name: string;
    referenceNumber: string | null;
    title: string;
    departmentName: LocalizedText;
    reason: string;
    link: string;
  };
  note_mention: {
    name: string;
    authorName: string;
    referenceNumber: string | null;
    title: string;
    excerpt: string;
    link: string;
  };
  message_received: {
    name: string;
    /** Who wrote: a department (for the proposer) or the proposer's organisation (for the city). */
    from: LocalizedText;
    referenceNumber: string | null;
    title: string;
    excerpt: string;
    link: string;
  };
  nda_update: {
    name: string;
    referenceNumber: string | null;
    title: string;
    event: 'signed_by_proposer' | 'in_effect';
    link: string;
  };
  dialogue_recorded: {
    name: string;
    referenceNumber: string | null;
    title: string;
    round: number;
    heldOn: string;
    link: string;
  };
  coordinator_digest: {
    name: string;
    /** The day of the digest. */
    date: string;
    /** The full counts (the lists may be cut). */
    overdueCount: number;
    dueSoonCount: number;
    overdue: DigestItem[];
    dueSoon: DigestItem[];
    inboxLink: string;
  };
  /** The department staff's daily digest: their department's deadlines and KPI reports to verify. */
  department_digest: {
    name: string;
    departmentName: LocalizedText;
    date: string;
    overdueCount: number;
    dueSoonCount: number;
    kpiCount: number;
    overdue: DigestItem[];
    dueSoon: DigestItem[];
    kpis: DigestKpiItem[];
    inboxLink: string;
    accountLink: string;
  };
  /** A stage long overdue, to the desk and the department's head (sent once per stage and date). */
  stage_escalation: {
    name: string;
    referenceNumber: string | null;
    title: string;
    status: LocalizedText;
    departmentName: LocalizedText | null;
    dueOn: string;
    /** Business days past the due date. */
    daysOverdue: number;
    link: string;
  };
  registration_attempt: { name: string; loginLink: string; resetLink: string };
  /** A department's open proposals and themes handed over to the reader's department. */
  department_handover: {
    name: string;
    fromDepartment: LocalizedText;
    toDepartment: LocalizedText;
    proposals: Array<{
      referenceNumber: string | null;
      title: string;
      role: 'lead' | 'supporting';
      link: string;
    }>;
    themes: Array<{ title: string; link: string }>;
    inboxLink: string;
  };
};

export type EmailTemplateName = keyof EmailTemplates;

/** What a template has at hand: the catalogue in the reader's language and the formats. */
type Words = {
  t: Translate<typeof emailMessages.ja>;
  language: Language;
  /** The proposal's reference number, or the words for "none yet". */
  reference: (referenceNumber: string | null) => string;
  /** Shared words of the domain (field names, due states). */
  domain: Translate<typeof domainMessages.ja>;
  /** The label of the proposal's title in a list of facts. */
  titleLabel: string;
};

function words(language: Language): Words {
  const t = translator(emailMessages, language);
  const domain = translator(domainMessages, language);
  return {
    t,
    language,
    reference: (referenceNumber) => referenceNumber ?? t('reference.none'),
    domain,
    titleLabel: domain('field.title'),
  };
}

/** ① or ②, as the portal writes the rounds of the dialogue. */
function roundMark(round: number): string {
  return round === 2 ? '②' : '①';
}

/** A digest's list of proposals, cut at the items given (the note says how many more). */
function digestList(
  { t, language, reference }: Words,
  label: string,
  items: DigestItem[],
  total: number,
): Block[] {
  if (items.length === 0) {
    return [];
  }
  const blocks: Block[] = [
    {
      kind: 'list',
      label,
      items: items.map((p) => ({
        text: t('digest.item', {
          reference: reference(p.referenceNumber),
          title: p.title,
          // Without the weekday: the line already has its brackets.
          due: formatDate(p.dueOn, language, 'short'),
          status: pickText(p.status, language),
        }),
        href: p.link,
      })),
    },
  ];
  if (total > items.length) {
    blocks.push({ kind: 'note', text: t('digest.more', { count: total - items.length }) });
  }
  return blocks;
}

const TEMPLATES: {
  [K in EmailTemplateName]: (data: EmailTemplates[K], w: Words) => EmailContent;
} = {
  verify_email: (d, { t }) => ({
    subject: t('verifyEmail.subject'),
    greet: d.name,
    blocks: [
      { kind: 'paragraph', text: t('verifyEmail.body') },
      { kind: 'button', label: t('verifyEmail.button'), href: d.link },
      { kind: 'note', text: t('verifyEmail.note', { count: d.expiresHours }) },
    ],
  }),

  password_reset: (d, { t }) => ({
    subject: t('passwordReset.subject'),
    greet: d.name,
    blocks: [
      { kind: 'paragraph', text: t('passwordReset.body') },
      { kind: 'button', label: t('button.resetPassword'), href: d.link },
      { kind: 'note', text: t('passwordReset.note', { count: d.expiresMinutes }) },
    ],
  }),

  password_changed: (d, { t }) => ({
    subject: t('passwordChanged.subject'),
    greet: d.name,
    blocks: [
      { kind: 'paragraph', text: t('passwordChanged.body') },
      { kind: 'note', text: t('passwordChanged.note') },
      { kind: 'button', label: t('button.resetPassword'), href: d.link },
    ],
  }),

  staff_welcome: (d, { t, language }) => ({
    subject: t('staffWelcome.subject'),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('staffWelcome.body', { role: pickText(d.roleLabel, language) }),
      },
      { kind: 'button', label: t('staffWelcome.button'), href: d.link },
      { kind: 'note', text: t('staffWelcome.note', { count: d.expiresDays }) },
    ],
  }),

  organization_invitation: (d, { t }) => ({
    subject: t('invitation.subject', { organization: d.organizationName }),
    greet: null,
    blocks: [
      {
        kind: 'paragraph',
        text: t('invitation.body', { inviter: d.inviterName, organization: d.organizationName }),
      },
      { kind: 'button', label: t('invitation.button'), href: d.link },
      { kind: 'note', text: t('invitation.note', { count: d.expiresDays }) },
    ],
  }),

  proposal_status_changed: (d, { t, language, reference, titleLabel }) => {
    const status = pickText(d.statusLabel, language);
    const blocks: Block[] = [
      { kind: 'paragraph', text: t('statusChanged.body') },
      {
        kind: 'facts',
        rows: [
          [t('fact.reference'), reference(d.referenceNumber)],
          [titleLabel, d.title],
          [t('fact.status'), status],
          ...(d.facts ?? []).map(([label, value]): [string, string] => [
            pickText(label, language),
            pickText(value, language),
          ]),
        ],
      },
    ];
    if (d.reason) {
      blocks.push({
        kind: 'quote',
        label: d.reasonLabel ? pickText(d.reasonLabel, language) : t('statusChanged.reasonLabel'),
        text: d.reason,
      });
    }
    if (d.nextAction) {
      blocks.push({
        kind: 'paragraph',
        text: t('statusChanged.next', { next: pickText(d.nextAction, language) }),
      });
    }
    if (d.dueDate) {
      blocks.push({
        kind: 'paragraph',
        text: t('statusChanged.dueDate', { date: formatDate(d.dueDate, language) }),
      });
    }
    blocks.push({ kind: 'button', label: t('statusChanged.button'), href: d.link });
    return {
      subject: t('statusChanged.subject', { status, reference: reference(d.referenceNumber) }),
      greet: d.name,
      blocks,
    };
  },

  proposal_received: (d, { t, language, titleLabel }) => {
    // With the budget calendar's note, the e-mail speaks of the city's fiscal years: its dates
    // are written in the same calendar (令和), as the city writes them.
    const style = d.calendarNote ? 'era' : 'long';
    const blocks: Block[] = [
      { kind: 'paragraph', text: t('received.body') },
      {
        kind: 'facts',
        rows: [
          [t('fact.reference'), d.referenceNumber],
          [titleLabel, d.title],
          [t('received.submittedOn'), formatDate(d.submittedOn, language, style)],
          [
            t('received.screeningDue'),
            t('received.screeningDueValue', {
              date: formatDate(d.screeningDueDate, language, style),
              days: formatBusinessDays(SCREENING_BUSINESS_DAYS, language),
            }),
          ],
        ],
      },
      { kind: 'paragraph', text: t('received.next') },
    ];
    if (d.calendarNote) {
      blocks.push({
        kind: 'quote',
        label: t('received.calendarLabel'),
        text: pickText(d.calendarNote, language),
      });
    }
    blocks.push({ kind: 'button', label: t('received.button'), href: d.link });
    return {
      subject: t('received.subject', { reference: d.referenceNumber }),
      greet: d.name,
      blocks,
    };
  },

  proposal_assigned: (d, { t, language, reference, titleLabel }) => {
    const rows: Array<[string, string]> = [
      [t('fact.reference'), reference(d.referenceNumber)],
      [titleLabel, d.title],
      [
        t('assigned.role'),
        t(d.role === 'lead' ? 'assigned.role.lead' : 'assigned.role.supporting'),
      ],
    ];
    if (d.dueDate) {
      rows.push([
        t('assigned.decideBy'),
        t('assigned.decideByValue', {
          date: formatDate(d.dueDate, language),
          days: formatBusinessDays(DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS, language),
        }),
      ]);
    }
    const blocks: Block[] = [
      { kind: 'paragraph', text: t('assigned.body') },
      { kind: 'facts', rows },
    ];
    if (d.note) {
      blocks.push({ kind: 'quote', label: t('assigned.noteLabel'), text: d.note });
    }
    if (d.role === 'lead') {
      blocks.push({ kind: 'paragraph', text: t('assigned.leadAsk') });
    }
    blocks.push({ kind: 'button', label: t('button.openProposal'), href: d.link });
    return {
      subject: t('assigned.subject', { reference: reference(d.referenceNumber) }),
      greet: d.name,
      blocks,
    };
  },

  proposal_returned: (d, { t, language, reference, titleLabel }) => ({
    subject: t('returned.subject', { reference: reference(d.referenceNumber) }),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('returned.body', { department: pickText(d.departmentName, language) }),
      },
      {
        kind: 'facts',
        rows: [
          [t('fact.reference'), reference(d.referenceNumber)],
          [titleLabel, d.title],
        ],
      },
      { kind: 'quote', label: t('returned.reasonLabel'), text: d.reason },
      { kind: 'button', label: t('button.openProposal'), href: d.link },
    ],
  }),

  note_mention: (d, { t, reference }) => ({
    subject: t('mention.subject', { reference: reference(d.referenceNumber) }),
    greet: d.name,
    blocks: [
      { kind: 'paragraph', text: t('mention.body', { author: d.authorName, title: d.title }) },
      { kind: 'quote', label: t('mention.noteLabel'), text: d.excerpt },
      { kind: 'button', label: t('button.openProposal'), href: d.link },
    ],
  }),

  message_received: (d, { t, language, reference }) => ({
    subject: t('message.subject', { reference: reference(d.referenceNumber) }),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('message.body', { title: d.title, from: pickText(d.from, language) }),
      },
      { kind: 'quote', label: t('message.quoteLabel'), text: d.excerpt },
      { kind: 'button', label: t('message.button'), href: d.link },
    ],
  }),

  nda_update: (d, { t, reference }) => {
    const signed = d.event === 'signed_by_proposer';
    const vars = { reference: reference(d.referenceNumber), title: d.title };
    return {
      subject: t(signed ? 'nda.signed.subject' : 'nda.inEffect.subject', vars),
      greet: d.name,
      blocks: [
        { kind: 'paragraph', text: t(signed ? 'nda.signed.body' : 'nda.inEffect.body', vars) },
        { kind: 'button', label: t('nda.button'), href: d.link },
      ],
    };
  },

  case_update: (d, { t, language, reference, titleLabel }) => {
    const headline = pickText(d.headline, language);
    const blocks: Block[] = [
      { kind: 'paragraph', text: t('caseUpdate.body', { title: d.title }) },
      {
        kind: 'facts',
        rows: [
          [t('fact.reference'), reference(d.referenceNumber)],
          [titleLabel, d.title],
        ],
      },
      { kind: 'paragraph', text: headline },
    ];
    if (d.quote) {
      blocks.push({ kind: 'quote', label: pickText(d.quote.label, language), text: d.quote.text });
    }
    if (d.notice) {
      blocks.push({ kind: 'note', text: pickText(d.notice, language) });
    }
    if (d.next) {
      blocks.push({ kind: 'paragraph', text: pickText(d.next, language) });
    }
    blocks.push({ kind: 'button', label: t('caseUpdate.button'), href: d.link });
    return {
      subject: t('caseUpdate.subject', { headline, reference: reference(d.referenceNumber) }),
      greet: d.name,
      blocks,
    };
  },

  kpi_report_due: (d, { t, language, reference }) => ({
    subject: t('reportDue.subject', { reference: reference(d.referenceNumber) }),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('reportDue.body', {
          title: d.title,
          kpi: d.kpi,
          period: pickText(d.period, language),
          dueOn: formatDate(d.dueOn, language),
        }),
      },
      { kind: 'paragraph', text: t('reportDue.advice') },
      { kind: 'button', label: t('reportDue.button'), href: d.link },
    ],
  }),

  kpi_verification_waiting: (d, { t, language, reference }) => ({
    subject: t('verificationWaiting.subject', { reference: reference(d.referenceNumber) }),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('verificationWaiting.body', {
          title: d.title,
          kpi: d.kpi,
          period: pickText(d.period, language),
          reportedOn: formatDate(d.reportedOn, language),
        }),
      },
      {
        kind: 'paragraph',
        text: t('verificationWaiting.advice', { days: formatBusinessDays(d.days, language) }),
      },
      { kind: 'button', label: t('verificationWaiting.button'), href: d.link },
    ],
  }),

  theme_question_answered: (d, { t }) => ({
    subject: t('themeAnswered.subject'),
    greet: d.name,
    blocks: [
      { kind: 'paragraph', text: t('themeAnswered.body', { theme: d.themeTitle }) },
      { kind: 'quote', label: t('themeAnswered.questionLabel'), text: d.question },
      { kind: 'quote', label: t('themeAnswered.answerLabel'), text: d.answer },
      { kind: 'paragraph', text: t('themeAnswered.public') },
      { kind: 'button', label: t('themeAnswered.button'), href: d.link },
    ],
  }),

  theme_status: (d, { t }) => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: t(`themeStatus.${d.event}.body`, { theme: d.themeTitle }) },
    ];
    if (d.comment) {
      blocks.push({ kind: 'quote', label: t('themeStatus.commentLabel'), text: d.comment });
    }
    blocks.push({ kind: 'button', label: t('themeStatus.button'), href: d.link });
    return { subject: t(`themeStatus.${d.event}.subject`), greet: d.name, blocks };
  },

  theme_closing_draft: (d, { t, language }) => ({
    subject: t('themeClosing.subject', { closesOn: formatDate(d.closesOn, language) }),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('themeClosing.body', {
          title: d.title,
          theme: d.themeTitle,
          closesOn: formatDate(d.closesOn, language),
        }),
      },
      { kind: 'button', label: t('themeClosing.button'), href: d.link },
      { kind: 'paragraph', text: t('themeClosing.free') },
      { kind: 'button', label: t('themeClosing.freeButton'), href: d.freeLink },
    ],
  }),

  hold_resumed: (d, { t, language, reference }) => ({
    subject: t('holdResumed.subject', { reference: reference(d.referenceNumber) }),
    greet: d.name,
    blocks: [
      {
        kind: 'paragraph',
        text: t('holdResumed.body', {
          title: d.title,
          resumeOn: formatDate(d.resumeOn, language),
        }),
      },
      { kind: 'paragraph', text: t('holdResumed.advice') },
      { kind: 'button', label: t('statusChanged.button'), href: d.link },
    ],
  }),

  dialogue_recorded: (d, { t, language, reference }) => {
    const round = roundMark(d.round);
    return {
      subject: t('dialogue.subject', { round, reference: reference(d.referenceNumber) }),
      greet: d.name,
      blocks: [
        {
          kind: 'paragraph',
          text: t('dialogue.body', {
            title: d.title,
            round,
            heldOn: formatDate(d.heldOn, language),
          }),
        },
        { kind: 'button', label: t('dialogue.button'), href: d.link },
      ],
    };
  },

  coordinator_digest: (d, w) => {
    const { t, language, domain } = w;
    const date = formatDate(d.date, language);
    return {
      subject: t('digest.subject', {
        overdue: d.overdueCount,
        dueSoon: d.dueSoonCount,
        date,
      }),
      greet: d.name,
      blocks: [
        { kind: 'paragraph', text: t('digest.body', { date }) },
        {
          kind: 'facts',
          rows: [
            [domain('dueState.overdue'), t('digest.count', { count: d.overdueCount })],
            [
              t('digest.dueSoonWithin', {
                days: formatBusinessDays(DUE_SOON_BUSINESS_DAYS, language),
              }),
              t('digest.count', { count: d.dueSoonCount }),
            ],
          ],
        },
        ...digestList(w, domain('dueState.overdue'), d.overdue, d.overdueCount),
        ...digestList(w, domain('dueState.due_soon'), d.dueSoon, d.dueSoonCount),
        { kind: 'button', label: t('digest.button'), href: d.inboxLink },
      ],
    };
  },

  department_digest: (d, w) => {
    const { t, language, reference, domain } = w;
    const date = formatDate(d.date, language);
    const department = pickText(d.departmentName, language);
    const kpis: Block[] =
      d.kpis.length === 0
        ? []
        : [
            {
              kind: 'list',
              label: t('departmentDigest.kpis'),
              items: d.kpis.map((k) => ({
                text: t('departmentDigest.kpiItem', {
                  reference: reference(k.referenceNumber),
                  title: k.title,
                  kpi: k.kpi,
                  period: pickText(k.period, language),
                  reportedOn: formatDate(k.reportedOn, language, 'short'),
                }),
                href: k.link,
              })),
            },
          ];
    if (d.kpiCount > d.kpis.length) {
      kpis.push({ kind: 'note', text: t('digest.more', { count: d.kpiCount - d.kpis.length }) });
    }
    return {
      subject: t('departmentDigest.subject', {
        department,
        overdue: d.overdueCount,
        dueSoon: d.dueSoonCount,
        kpis: d.kpiCount,
        date,
      }),
      greet: d.name,
      blocks: [
        { kind: 'paragraph', text: t('departmentDigest.body', { date, department }) },
        {
          kind: 'facts',
          rows: [
            [domain('dueState.overdue'), t('digest.count', { count: d.overdueCount })],
            [
              t('digest.dueSoonWithin', {
                days: formatBusinessDays(DUE_SOON_BUSINESS_DAYS, language),
              }),
              t('digest.count', { count: d.dueSoonCount }),
            ],
            [t('departmentDigest.kpis'), t('departmentDigest.kpiCount', { count: d.kpiCount })],
          ],
        },
        ...digestList(w, domain('dueState.overdue'), d.overdue, d.overdueCount),
        ...digestList(w, domain('dueState.due_soon'), d.dueSoon, d.dueSoonCount),
        ...kpis,
        { kind: 'button', label: t('digest.button'), href: d.inboxLink },
        { kind: 'note', text: t('departmentDigest.optOut') },
        { kind: 'button', label: t('departmentDigest.account'), href: d.accountLink },
      ],
    };
  },

  stage_escalation: (d, { t, language, reference, titleLabel }) => {
    const days = formatBusinessDays(d.daysOverdue, language);
    const status = pickText(d.status, language);
    const due = formatDate(d.dueOn, language);
    return {
      subject: t('escalation.subject', { days, reference: reference(d.referenceNumber) }),
      greet: d.name,
      blocks: [
        { kind: 'paragraph', text: t('escalation.body', { title: d.title, status, due, days }) },
        {
          kind: 'facts',
          rows: [
            [t('fact.reference'), reference(d.referenceNumber)],
            [titleLabel, d.title],
            [t('escalation.status'), status],
            ...(d.departmentName
              ? [
                  [t('escalation.department'), pickText(d.departmentName, language)] as [
                    string,
                    string,
                  ],
                ]
              : []),
            [t('escalation.due'), due],
            [t('escalation.overdue'), days],
          ],
        },
        { kind: 'button', label: t('escalation.button'), href: d.link },
      ],
    };
  },

  department_handover: (d, { t, language, reference }) => {
    const vars = {
      from: pickText(d.fromDepartment, language),
      to: pickText(d.toDepartment, language),
    };
    const blocks: Block[] = [{ kind: 'paragraph', text: t('handover.body', vars) }];
    if (d.proposals.length > 0) {
      blocks.push({
        kind: 'list',
        label: t('handover.proposals', { count: d.proposals.length }),
        items: d.proposals.map((p) => ({
          text: t('handover.proposalItem', {
            reference: reference(p.referenceNumber),
            title: p.title,
            role: t(p.role === 'lead' ? 'assigned.role.lead' : 'assigned.role.supporting'),
          }),
          href: p.link,
        })),
      });
    }
    if (d.themes.length > 0) {
      blocks.push({
        kind: 'list',
        label: t('handover.themes', { count: d.themes.length }),
        items: d.themes.map((theme) => ({ text: theme.title, href: theme.link })),
      });
    }
    blocks.push(
      { kind: 'paragraph', text: t('handover.next') },
      { kind: 'button', label: t('digest.button'), href: d.inboxLink },
    );
    return { subject: t('handover.subject', vars), greet: d.name, blocks };
  },

  registration_attempt: (d, { t }) => ({
    subject: t('registrationAttempt.subject'),
    greet: d.name,
    blocks: [
      { kind: 'paragraph', text: t('registrationAttempt.body') },
      { kind: 'paragraph', text: t('registrationAttempt.advice') },
      { kind: 'button', label: t('registrationAttempt.login'), href: d.loginLink },
      { kind: 'button', label: t('button.resetPassword'), href: d.resetLink },
      { kind: 'note', text: t('registrationAttempt.note') },
    ],
  }),
};

/** Renders a template in the recipient's language (Japanese, English or やさしい日本語). */
export function renderEmail<K extends EmailTemplateName>(
  template: K,
  data: EmailTemplates[K],
  language: Language,
  brand: Brand,
): RenderedEmail {
  return renderLayout(TEMPLATES[template](data, words(language)), language, brand);
}

export const EMAIL_TEMPLATE_NAMES = Object.keys(TEMPLATES) as EmailTemplateName[];
