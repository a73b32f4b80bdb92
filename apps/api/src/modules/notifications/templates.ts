/**
 * E-mail templates, in Japanese and English, text and HTML. Each template says what happened, what
 * the reader should do next, and links to the page that matters. Values are escaped in HTML.
 */
import type { Language, LocalizedText } from '@kyoso/i18n/languages';

export type RenderedEmail = { subject: string; text: string; html: string };

type Brand = { portalName: LocalizedText; cityName: LocalizedText; publicUrl: string };

type Paragraph = string;
type Block =
  | { kind: 'p'; text: Paragraph }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'facts'; rows: Array<[string, string]> }
  | { kind: 'note'; text: Paragraph };

type EmailContent = { subject: string; greeting: string; blocks: Block[] };

export const PORTAL_NAME: LocalizedText = {
  ja: 'kyoso 官民共創ポータル',
  en: 'kyoso co-creation portal',
};

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function renderText(content: EmailContent, brand: Brand, language: 'ja' | 'en'): string {
  const lines: string[] = [content.greeting, ''];
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'p':
      case 'note':
        lines.push(block.text, '');
        break;
      case 'button':
        lines.push(`${block.label}:`, block.href, '');
        break;
      case 'quote':
        lines.push(`【${block.label}】`, ...block.text.split('\n').map((l) => `  ${l}`), '');
        break;
      case 'facts':
        for (const [label, value] of block.rows) {
          lines.push(`${label}: ${value}`);
        }
        lines.push('');
        break;
    }
  }
  lines.push(
    '--',
    `${brand.cityName[language]} ${brand.portalName[language]}`,
    brand.publicUrl,
    language === 'ja'
      ? 'このメールは送信専用です。ご返信いただいてもお答えできません。'
      : 'This is an automated message; replies are not read.',
  );
  return lines.join('\n');
}

function renderHtml(content: EmailContent, brand: Brand, language: 'ja' | 'en'): string {
  const body = content.blocks
    .map((block) => {
      switch (block.kind) {
        case 'p':
          return `<p style="margin:0 0 16px;line-height:1.8">${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
        case 'note':
          return `<p style="margin:0 0 16px;line-height:1.7;color:#4a4a4a;font-size:13px">${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
        case 'button':
          return `<p style="margin:24px 0"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">${escapeHtml(block.label)}</a></p><p style="margin:0 0 16px;font-size:12px;color:#4a4a4a;word-break:break-all">${escapeHtml(block.href)}</p>`;
        case 'quote':
          return `<div style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #0b5cad;background:#f3f6fa"><p style="margin:0 0 6px;font-weight:bold">${escapeHtml(block.label)}</p><p style="margin:0;line-height:1.8">${escapeHtml(block.text).replace(/\n/g, '<br>')}</p></div>`;
        case 'facts':
          return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${block.rows
            .map(
              ([label, value]) =>
                `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;color:#4a4a4a;font-weight:normal;vertical-align:top">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
            )
            .join('')}</table>`;
      }
    })
    .join('\n');
  const footer =
    language === 'ja'
      ? 'このメールは送信専用です。ご返信いただいてもお答えできません。'
      : 'This is an automated message; replies are not read.';
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:'Hiragino Sans','Noto Sans JP','Yu Gothic',Meiryo,sans-serif;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<p style="margin:0 0 24px;font-size:13px;color:#0b5cad;font-weight:bold">${escapeHtml(brand.cityName[language])} ${escapeHtml(brand.portalName[language])}</p>
<p style="margin:0 0 16px;line-height:1.8">${escapeHtml(content.greeting)}</p>
${body}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0">
<p style="margin:0;font-size:12px;color:#4a4a4a;line-height:1.7">${escapeHtml(brand.cityName[language])} ${escapeHtml(brand.portalName[language])}<br><a href="${escapeHtml(brand.publicUrl)}" style="color:#0b5cad">${escapeHtml(brand.publicUrl)}</a><br>${escapeHtml(footer)}</p>
</div>
</body>
</html>`;
}

function greet(name: string, language: 'ja' | 'en'): string {
  return language === 'ja' ? `${name} 様` : `Dear ${name},`;
}

function subjectOf(text: string, language: 'ja' | 'en'): string {
  return language === 'ja' ? `【${PORTAL_NAME.ja}】${text}` : `[kyoso] ${text}`;
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

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
    date: string;
    /** The full counts (the lists may be cut). */
    overdueCount: number;
    dueSoonCount: number;
    overdue: Array<{
      referenceNumber: string | null;
      title: string;
      dueOn: string;
      status: LocalizedText;
      link: string;
    }>;
    dueSoon: Array<{
      referenceNumber: string | null;
      title: string;
      dueOn: string;
      status: LocalizedText;
      link: string;
    }>;
    inboxLink: string;
  };
  registration_attempt: { name: string; loginLink: string; resetLink: string };
};

export type EmailTemplateName = keyof EmailTemplates;

const TEMPLATES: {
  [K in EmailTemplateName]: (data: EmailTemplates[K], language: 'ja' | 'en') => EmailContent;
} = {
  verify_email: (d, l) =>
    l === 'ja'
      ? {
          subject: subjectOf('メールアドレスの確認をお願いします', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: '官民共創ポータルへのご登録ありがとうございます。\n下のボタンからメールアドレスの確認を完了してください。確認後、提案の作成・提出ができるようになります。',
            },
            { kind: 'button', label: 'メールアドレスを確認する', href: d.link },
            {
              kind: 'note',
              text: `このリンクの有効期限は${d.expiresHours}時間で、1回のみ使えます。お心当たりのない場合は、このメールを破棄してください。`,
            },
          ],
        }
      : {
          subject: subjectOf('Please confirm your e-mail address', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'Thank you for registering with the co-creation portal.\nConfirm your e-mail address with the button below. After that you can write and submit proposals.',
            },
            { kind: 'button', label: 'Confirm my e-mail address', href: d.link },
            {
              kind: 'note',
              text: `The link works once and expires in ${d.expiresHours} hours. If you did not register, you can ignore this e-mail.`,
            },
          ],
        },
  password_reset: (d, l) =>
    l === 'ja'
      ? {
          subject: subjectOf('パスワード再設定のご案内', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'パスワード再設定のお申し込みを受け付けました。下のボタンから新しいパスワードを設定してください。',
            },
            { kind: 'button', label: 'パスワードを再設定する', href: d.link },
            {
              kind: 'note',
              text: `このリンクの有効期限は${d.expiresMinutes}分で、1回のみ使えます。お申し込みに心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。`,
            },
          ],
        }
      : {
          subject: subjectOf('Reset your password', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'We received a request to reset your password. Choose a new password with the button below.',
            },
            { kind: 'button', label: 'Reset my password', href: d.link },
            {
              kind: 'note',
              text: `The link works once and expires in ${d.expiresMinutes} minutes. If you did not ask for this, ignore this e-mail: your password stays as it is.`,
            },
          ],
        },
  password_changed: (d, l) =>
    l === 'ja'
      ? {
          subject: subjectOf('パスワードが変更されました', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'お使いのアカウントのパスワードが変更され、他の端末でのログインはすべて終了しました。',
            },
            {
              kind: 'note',
              text: '変更に心当たりがない場合は、すぐに下のリンクからパスワードを再設定し、共創窓口へご連絡ください。',
            },
            { kind: 'button', label: 'パスワードを再設定する', href: d.link },
          ],
        }
      : {
          subject: subjectOf('Your password was changed', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'The password of your account was changed, and every other login was ended.',
            },
            {
              kind: 'note',
              text: 'If you did not do this, reset your password now with the link below and contact the co-creation desk.',
            },
            { kind: 'button', label: 'Reset my password', href: d.link },
          ],
        },
  staff_welcome: (d, l) =>
    l === 'ja'
      ? {
          subject: subjectOf('職員アカウントが作成されました', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: `官民共創ポータルに「${d.roleLabel.ja}」としてアカウントが作成されました。下のボタンからパスワードを設定してご利用を開始してください。`,
            },
            { kind: 'button', label: 'パスワードを設定する', href: d.link },
            { kind: 'note', text: `このリンクの有効期限は${d.expiresDays}日で、1回のみ使えます。` },
          ],
        }
      : {
          subject: subjectOf('Your staff account is ready', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: `An account was created for you on the co-creation portal with the role "${d.roleLabel.en}". Set your password with the button below to start.`,
            },
            { kind: 'button', label: 'Set my password', href: d.link },
            { kind: 'note', text: `The link works once and expires in ${d.expiresDays} days.` },
          ],
        },
  organization_invitation: (d, l) =>
    l === 'ja'
      ? {
          subject: subjectOf(`${d.organizationName}への招待`, l),
          greeting: 'ご担当者 様',
          blocks: [
            {
              kind: 'p',
              text: `${d.inviterName} 様から、官民共創ポータルの「${d.organizationName}」のメンバーとして招待されました。メンバーになると、組織の提案の閲覧・作成ができます。`,
            },
            { kind: 'button', label: '招待を受けてアカウントを作成する', href: d.link },
            {
              kind: 'note',
              text: `このリンクの有効期限は${d.expiresDays}日です。お心当たりのない場合は、このメールを破棄してください。`,
            },
          ],
        }
      : {
          subject: subjectOf(`Invitation to join ${d.organizationName}`, l),
          greeting: 'Hello,',
          blocks: [
            {
              kind: 'p',
              text: `${d.inviterName} invited you to join "${d.organizationName}" on the co-creation portal. Members can read and write the organisation's proposals.`,
            },
            { kind: 'button', label: 'Accept and create my account', href: d.link },
            {
              kind: 'note',
              text: `The link expires in ${d.expiresDays} days. If you were not expecting this, ignore this e-mail.`,
            },
          ],
        },
  proposal_status_changed: (d, l) => {
    const ref = d.referenceNumber ?? (l === 'ja' ? '（未採番）' : '(none yet)');
    const facts: Array<[string, string]> =
      l === 'ja'
        ? [
            ['受付番号', ref],
            ['提案名', d.title],
            ['現在の状況', d.statusLabel.ja],
          ]
        : [
            ['Reference', ref],
            ['Proposal', d.title],
            ['Status', d.statusLabel.en],
          ];
    const blocks: Block[] = [
      {
        kind: 'p',
        text:
          l === 'ja'
            ? 'ご提案の状況が更新されました。'
            : 'The status of your proposal has changed.',
      },
      { kind: 'facts', rows: facts },
    ];
    if (d.reason) {
      blocks.push({
        kind: 'quote',
        label: d.reasonLabel
          ? d.reasonLabel[l]
          : l === 'ja'
            ? '市からのメッセージ'
            : 'Message from the city',
        text: d.reason,
      });
    }
    if (d.nextAction) {
      blocks.push({
        kind: 'p',
        text: l === 'ja' ? `次のステップ: ${d.nextAction.ja}` : `Next: ${d.nextAction.en}`,
      });
    }
    blocks.push({
      kind: 'button',
      label: l === 'ja' ? '提案のページを開く' : 'Open the proposal',
      href: d.link,
    });
    return {
      subject: subjectOf(
        l === 'ja'
          ? `提案の状況が「${d.statusLabel.ja}」になりました（${ref}）`
          : `Your proposal is now "${d.statusLabel.en}" (${ref})`,
        l,
      ),
      greeting: greet(d.name, l),
      blocks,
    };
  },
  proposal_received: (d, l) => {
    const blocks: Block[] =
      l === 'ja'
        ? [
            {
              kind: 'p',
              text: 'ご提案を受け付けました。ありがとうございます。受付番号は今後のお問い合わせの際にお伝えください。',
            },
            {
              kind: 'facts',
              rows: [
                ['受付番号', d.referenceNumber],
                ['提案名', d.title],
                ['受付日', d.submittedOn],
                ['一次確認の期限', `${d.screeningDueDate}（10営業日以内）`],
              ],
            },
            {
              kind: 'p',
              text: '次のステップ: 共創窓口が内容を確認し（一次確認）、担当部署を見つけて橋渡しします。追加でお伺いしたいことがある場合は、ポータルとメールでご連絡します。状況はいつでもポータルで確認できます。',
            },
          ]
        : [
            {
              kind: 'p',
              text: 'Thank you: we have received your proposal. Please quote the reference number when you contact us.',
            },
            {
              kind: 'facts',
              rows: [
                ['Reference', d.referenceNumber],
                ['Proposal', d.title],
                ['Received on', d.submittedOn],
                ['First check due', `${d.screeningDueDate} (within 10 business days)`],
              ],
            },
            {
              kind: 'p',
              text: 'Next: the co-creation desk checks the proposal (first check), finds the right department and hands it over. If we need more information, we will ask on the portal and by e-mail. You can follow the status on the portal at any time.',
            },
          ];
    if (d.calendarNote) {
      blocks.push({
        kind: 'quote',
        label: l === 'ja' ? '予算カレンダーについて' : 'About the budget calendar',
        text: d.calendarNote[l],
      });
    }
    blocks.push({
      kind: 'button',
      label: l === 'ja' ? '提案の状況を見る' : 'See the status',
      href: d.link,
    });
    return {
      subject: subjectOf(
        l === 'ja'
          ? `ご提案を受け付けました（${d.referenceNumber}）`
          : `Proposal received (${d.referenceNumber})`,
        l,
      ),
      greeting: greet(d.name, l),
      blocks,
    };
  },
  proposal_assigned: (d, l) => {
    const ref = d.referenceNumber ?? '-';
    const role =
      d.role === 'lead'
        ? l === 'ja'
          ? '主担当'
          : 'lead department'
        : l === 'ja'
          ? '支援'
          : 'supporting department';
    const rows: Array<[string, string]> =
      l === 'ja'
        ? [
            ['受付番号', ref],
            ['提案名', d.title],
            ['担当区分', role],
            ...(d.dueDate
              ? [['受入判断の期限', `${d.dueDate}（5営業日以内）`] as [string, string]]
              : []),
          ]
        : [
            ['Reference', ref],
            ['Proposal', d.title],
            ['Your role', role],
            ...(d.dueDate
              ? [['Decide by', `${d.dueDate} (5 business days)`] as [string, string]]
              : []),
          ];
    const blocks: Block[] = [
      {
        kind: 'p',
        text:
          l === 'ja'
            ? '共創窓口から、貴部署に提案が橋渡しされました。'
            : 'The co-creation desk has routed a proposal to your department.',
      },
      { kind: 'facts', rows },
    ];
    if (d.note) {
      blocks.push({
        kind: 'quote',
        label: l === 'ja' ? '窓口からのメモ' : 'Note from the desk',
        text: d.note,
      });
    }
    if (d.role === 'lead') {
      blocks.push({
        kind: 'p',
        text:
          l === 'ja'
            ? '内容をご確認のうえ、担当として受け入れるか、理由を添えて窓口へ戻してください。'
            : 'Please review it and accept it as lead, or return it to the desk with a reason.',
      });
    }
    blocks.push({
      kind: 'button',
      label: l === 'ja' ? '提案を開く' : 'Open the proposal',
      href: d.link,
    });
    return {
      subject: subjectOf(
        l === 'ja' ? `提案が橋渡しされました（${ref}）` : `A proposal was routed to you (${ref})`,
        l,
      ),
      greeting: greet(d.name, l),
      blocks,
    };
  },
  proposal_returned: (d, l) => ({
    subject: subjectOf(
      l === 'ja'
        ? `担当部署から提案が戻されました（${d.referenceNumber ?? '-'}）`
        : `A department returned a proposal (${d.referenceNumber ?? '-'})`,
      l,
    ),
    greeting: greet(d.name, l),
    blocks: [
      {
        kind: 'p',
        text:
          l === 'ja'
            ? `${d.departmentName.ja}が、次の提案を窓口へ戻しました。別の担当部署への橋渡しをお願いします。`
            : `${d.departmentName.en} returned this proposal to the desk. Please route it again.`,
      },
      {
        kind: 'facts',
        rows:
          l === 'ja'
            ? [
                ['受付番号', d.referenceNumber ?? '-'],
                ['提案名', d.title],
              ]
            : [
                ['Reference', d.referenceNumber ?? '-'],
                ['Proposal', d.title],
              ],
      },
      { kind: 'quote', label: l === 'ja' ? '戻した理由' : 'Reason', text: d.reason },
      { kind: 'button', label: l === 'ja' ? '提案を開く' : 'Open the proposal', href: d.link },
    ],
  }),
  note_mention: (d, l) => ({
    subject: subjectOf(
      l === 'ja'
        ? `内部メモでメンションされました（${d.referenceNumber ?? '-'}）`
        : `You were mentioned in an internal note (${d.referenceNumber ?? '-'})`,
      l,
    ),
    greeting: greet(d.name, l),
    blocks: [
      {
        kind: 'p',
        text:
          l === 'ja'
            ? `${d.authorName} さんが、提案「${d.title}」の内部メモであなたをメンションしました。内部メモは提案者には表示されません。`
            : `${d.authorName} mentioned you in an internal note on “${d.title}”. Internal notes are never shown to the proposer.`,
      },
      { kind: 'quote', label: l === 'ja' ? 'メモ' : 'Note', text: d.excerpt },
      { kind: 'button', label: l === 'ja' ? '提案を開く' : 'Open the proposal', href: d.link },
    ],
  }),
  message_received: (d, l) => ({
    subject: subjectOf(
      l === 'ja'
        ? `新しいメッセージが届きました（${d.referenceNumber ?? '-'}）`
        : `New message (${d.referenceNumber ?? '-'})`,
      l,
    ),
    greeting: greet(d.name, l),
    blocks: [
      {
        kind: 'p',
        text:
          l === 'ja'
            ? `提案「${d.title}」について、${d.from.ja}からメッセージが届きました。返信はポータルからお願いします。`
            : `${d.from.en} sent a message about “${d.title}”. Please reply on the portal.`,
      },
      { kind: 'quote', label: l === 'ja' ? 'メッセージ' : 'Message', text: d.excerpt },
      {
        kind: 'button',
        label: l === 'ja' ? 'メッセージを読む・返信する' : 'Read and reply',
        href: d.link,
      },
    ],
  }),
  nda_update: (d, l) => {
    const signed = d.event === 'signed_by_proposer';
    return {
      subject: subjectOf(
        signed
          ? l === 'ja'
            ? `提案者が秘密保持契約に署名しました（${d.referenceNumber ?? '-'}）`
            : `The proposer signed the NDA (${d.referenceNumber ?? '-'})`
          : l === 'ja'
            ? `秘密保持契約が締結されました（${d.referenceNumber ?? '-'}）`
            : `The NDA is in effect (${d.referenceNumber ?? '-'})`,
        l,
      ),
      greeting: greet(d.name, l),
      blocks: [
        {
          kind: 'p',
          text: signed
            ? l === 'ja'
              ? `提案「${d.title}」の秘密保持契約に提案者が署名しました。内容を確認のうえ、市の署名（副署）をお願いします。`
              : `The proposer signed the NDA for “${d.title}”. Please review it and countersign for the city.`
            : l === 'ja'
              ? `提案「${d.title}」の秘密保持契約が双方の署名により締結されました。署名済みの契約書（PDF）はポータルからダウンロードできます。秘密情報の閲覧記録も提案のページでご確認いただけます。`
              : `The NDA for “${d.title}” is signed by both sides. You can download the signed agreement (PDF) on the portal, and see who viewed confidential information on the proposal page.`,
        },
        { kind: 'button', label: l === 'ja' ? '秘密保持契約を開く' : 'Open the NDA', href: d.link },
      ],
    };
  },
  dialogue_recorded: (d, l) => ({
    subject: subjectOf(
      l === 'ja'
        ? `対話${d.round === 1 ? '①' : '②'}の記録をご確認ください（${d.referenceNumber ?? '-'}）`
        : `Please review the record of dialogue ${d.round} (${d.referenceNumber ?? '-'})`,
      l,
    ),
    greeting: greet(d.name, l),
    blocks: [
      {
        kind: 'p',
        text:
          l === 'ja'
            ? `提案「${d.title}」について、${d.heldOn}に行った対話${d.round === 1 ? '①' : '②'}の記録を担当部署が登録しました。内容をご確認のうえ、「確認しました」を押すか、コメントをお寄せください。`
            : `The department recorded dialogue ${d.round} of ${d.heldOn} on “${d.title}”. Please confirm the record or add a comment.`,
      },
      {
        kind: 'button',
        label: l === 'ja' ? '対話の記録を確認する' : 'Review the record',
        href: d.link,
      },
    ],
  }),
  coordinator_digest: (d, l) => {
    const ja = l === 'ja';
    const line = (p: EmailTemplates['coordinator_digest']['overdue'][number]) =>
      `${p.referenceNumber ?? '-'} ${p.title}（${ja ? '期限' : 'due'} ${p.dueOn}・${p.status[l]}）\n${p.link}`;
    const blocks: Block[] = [
      { kind: 'p', text: ja ? `${d.date} 時点の期限の状況です。` : `Deadlines as of ${d.date}.` },
      {
        kind: 'facts',
        rows: ja
          ? [
              ['期限超過', `${d.overdueCount}件`],
              ['期限間近（2営業日以内）', `${d.dueSoonCount}件`],
            ]
          : [
              ['Overdue', String(d.overdueCount)],
              ['Due within 2 business days', String(d.dueSoonCount)],
            ],
      },
    ];
    if (d.overdue.length > 0) {
      blocks.push({
        kind: 'quote',
        label: ja ? '期限超過' : 'Overdue',
        text: d.overdue.map(line).join('\n\n'),
      });
    }
    if (d.dueSoon.length > 0) {
      blocks.push({
        kind: 'quote',
        label: ja ? '期限間近' : 'Due soon',
        text: d.dueSoon.map(line).join('\n\n'),
      });
    }
    blocks.push({
      kind: 'button',
      label: ja ? '受付一覧を開く' : 'Open the inbox',
      href: d.inboxLink,
    });
    return {
      subject: subjectOf(
        ja
          ? `期限の状況（超過${d.overdueCount}件・間近${d.dueSoonCount}件）${d.date}`
          : `Deadlines: ${d.overdueCount} overdue, ${d.dueSoonCount} due soon (${d.date})`,

        l,
      ),
      greeting: greet(d.name, l),
      blocks,
    };
  },
  registration_attempt: (d, l) =>
    l === 'ja'
      ? {
          subject: subjectOf('ご登録済みのメールアドレスで新規登録のお申し込みがありました', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'このメールアドレスで官民共創ポータルへの新規登録のお申し込みがありました。このアドレスのアカウントは既にお持ちのため、新しいアカウントは作成していません。',
            },
            {
              kind: 'p',
              text: 'ご自身のお申し込みでしたら、今お持ちのアカウントでログインしてください。パスワードをお忘れの場合は、「パスワードを再設定する」から新しいパスワードを設定できます。',
            },
            { kind: 'button', label: 'ログインする', href: d.loginLink },
            { kind: 'button', label: 'パスワードを再設定する', href: d.resetLink },
            {
              kind: 'note',
              text: 'お心当たりのない場合は、このメールを破棄してください。アカウントとパスワードは変更されていません。',
            },
          ],
        }
      : {
          subject: subjectOf('Someone tried to register with your e-mail address', l),
          greeting: greet(d.name, l),
          blocks: [
            {
              kind: 'p',
              text: 'Someone asked to register a new account on the co-creation portal with this e-mail address. You already have an account with this address, so no new account was created.',
            },
            {
              kind: 'p',
              text: 'If it was you, log in with your existing account. If you forgot your password, choose a new one with “Reset my password”.',
            },
            { kind: 'button', label: 'Log in', href: d.loginLink },
            { kind: 'button', label: 'Reset my password', href: d.resetLink },
            {
              kind: 'note',
              text: 'If it was not you, you can ignore this e-mail: your account and password have not changed.',
            },
          ],
        },
};

/** Renders a template in the recipient's language. */
export function renderEmail<K extends EmailTemplateName>(
  template: K,
  data: EmailTemplates[K],
  language: Language,
  brand: Brand,
): RenderedEmail {
  // TEMPORARY until the templates read the catalogue: easy Japanese readers get Japanese.
  const written: 'ja' | 'en' = language === 'en' ? 'en' : 'ja';
  const content = TEMPLATES[template](data, written);
  language = written;
  return {
    subject: content.subject,
    text: renderText(content, brand, language),
    html: renderHtml(content, brand, language),
  };
}

export const EMAIL_TEMPLATE_NAMES = Object.keys(TEMPLATES) as EmailTemplateName[];
