/**
 * The one layout of every e-mail, in text and HTML: a header with the city's and the portal's
 * names, the greeting, the template's blocks, and a footer. Every value is escaped in HTML; the
 * words of the layout come from the `emails` and `app` catalogues.
 */
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { emailMessages } from '@kyoso/i18n/catalogues/emails';
import { translator } from '@kyoso/i18n/core';
import { htmlLang, pickText, type Language, type LocalizedText } from '@kyoso/i18n/languages';

export type RenderedEmail = { subject: string; text: string; html: string };

/** Who sends: the city (from the configuration) and the portal's address. */
export type Brand = { cityName: LocalizedText; publicUrl: string };

/** A piece of an e-mail's body. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  | { kind: 'list'; label: string; items: Array<{ text: string; href: string }> }
  | { kind: 'note'; text: string };

/** What a template gives: its subject (without the portal's prefix), whom it greets, its blocks. */
export type EmailContent = {
  subject: string;
  /** The reader's name, or null when the e-mail goes to an address without a known person. */
  greet: string | null;
  blocks: Block[];
};

/** Escapes a value for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function multiline(value: string): string {
  return escapeHtml(value).replace(/\n/g, '<br>');
}

function renderText(parts: LayoutParts, blocks: Block[]): string {
  const lines: string[] = [parts.greeting, ''];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'note':
        lines.push(block.text, '');
        break;
      case 'button':
        lines.push(`${block.label}:`, block.href, '');
        break;
      case 'quote':
        lines.push(parts.quoteHeading(block.label), ...block.text.split('\n').map((l) => `  ${l}`));
        lines.push('');
        break;
      case 'facts':
        for (const [label, value] of block.rows) {
          lines.push(`${label}: ${value}`);
        }
        lines.push('');
        break;
      case 'list':
        lines.push(parts.quoteHeading(block.label));
        for (const item of block.items) {
          lines.push(`・${item.text}`, `  ${item.href}`);
        }
        lines.push('');
        break;
    }
  }
  lines.push('--', parts.sender, parts.publicUrl, parts.footer);
  return lines.join('\n');
}

const STYLE = {
  paragraph: 'margin:0 0 16px;line-height:1.8',
  note: 'margin:0 0 16px;line-height:1.7;color:#4a4a4a;font-size:13px',
  button:
    'display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold',
  href: 'margin:0 0 16px;font-size:12px;color:#4a4a4a;word-break:break-all',
  box: 'margin:0 0 16px;padding:12px 16px;border-left:4px solid #0b5cad;background:#f3f6fa',
  label: 'margin:0 0 6px;font-weight:bold',
  th: 'text-align:left;padding:4px 16px 4px 0;color:#4a4a4a;font-weight:normal;vertical-align:top',
  link: 'color:#0b5cad',
} as const;

function renderBlockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${multiline(block.text)}</p>`;
    case 'note':
      return `<p style="${STYLE.note}">${multiline(block.text)}</p>`;
    case 'button':
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.href)}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p><p style="${STYLE.href}">${escapeHtml(block.href)}</p>`;
    case 'quote':
      return `<div style="${STYLE.box}"><p style="${STYLE.label}">${escapeHtml(block.label)}</p><p style="margin:0;line-height:1.8">${multiline(block.text)}</p></div>`;
    case 'facts':
      return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${block.rows
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="${STYLE.th}">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'list':
      return `<div style="${STYLE.box}"><p style="${STYLE.label}">${escapeHtml(block.label)}</p><ul style="margin:0;padding-left:20px;line-height:1.8">${block.items
        .map(
          (item) =>
            `<li><a href="${escapeHtml(item.href)}" style="${STYLE.link}">${escapeHtml(item.text)}</a></li>`,
        )
        .join('')}</ul></div>`;
  }
}

function renderHtml(parts: LayoutParts, subject: string, blocks: Block[]): string {
  return `<!doctype html>
<html lang="${parts.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:'Hiragino Sans','Noto Sans JP','Yu Gothic',Meiryo,sans-serif;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<p style="margin:0 0 24px;font-size:13px;color:#0b5cad;font-weight:bold">${escapeHtml(parts.sender)}</p>
<p style="${STYLE.paragraph}">${escapeHtml(parts.greeting)}</p>
${blocks.map(renderBlockHtml).join('\n')}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0">
<p style="margin:0;font-size:12px;color:#4a4a4a;line-height:1.7">${escapeHtml(parts.sender)}<br><a href="${escapeHtml(parts.publicUrl)}" style="${STYLE.link}">${escapeHtml(parts.publicUrl)}</a><br>${escapeHtml(parts.footer)}</p>
</div>
</body>
</html>`;
}

type LayoutParts = {
  lang: string;
  sender: string;
  greeting: string;
  footer: string;
  publicUrl: string;
  quoteHeading: (label: string) => string;
};

/** Puts a template's content into the layout, in the reader's language. */
export function renderLayout(
  content: EmailContent,
  language: Language,
  brand: Brand,
): RenderedEmail {
  const t = translator(emailMessages, language);
  const app = translator(appMessages, language);
  const parts: LayoutParts = {
    lang: htmlLang(language),
    sender: `${pickText(brand.cityName, language)} ${app('app.name')}`,
    greeting:
      content.greet === null
        ? t('layout.greetingUnnamed')
        : t('layout.greeting', { name: content.greet }),
    footer: t('layout.footer'),
    publicUrl: brand.publicUrl,
    quoteHeading: (label) => t('layout.quoteHeading', { label }),
  };
  const subject = t('layout.subject', { subject: content.subject });
  return {
    subject,
    text: renderText(parts, content.blocks),
    html: renderHtml(parts, subject, content.blocks),
  };
}
