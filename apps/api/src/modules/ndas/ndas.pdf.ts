/**
 * The signed NDA as a PDF: the exact text that was signed (identified by its SHA-256), both
 * signatures with their time, IP address and device, in Japanese with an embedded font subset
 * (Noto Sans JP, SIL Open Font License) so that the text displays and copies correctly anywhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { documentMessages } from '@kyoso/i18n/catalogues/documents';
import { translator } from '@kyoso/i18n/core';
import { formatDateTime } from '@kyoso/i18n/format';
import type { Language } from '@kyoso/i18n/languages';
import type { PDFDocument, PDFFont, PDFPage, rgb as RgbFunction } from 'pdf-lib';

const require = createRequire(import.meta.url);

type PdfLibrary = {
  rgb: typeof RgbFunction;
  PDFDocument: typeof PDFDocument;
  fontkit: Parameters<PDFDocument['registerFontkit']>[0];
};
/**
 * pdf-lib and its font engine take a quarter of a second to load: loaded with the first NDA
 * drawn, not with every start of the server.
 */
let pdfLibrary: Promise<PdfLibrary> | undefined;
function loadPdfLibrary() {
  pdfLibrary ??= Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]).then(
    ([lib, fontkit]) => ({ rgb: lib.rgb, PDFDocument: lib.PDFDocument, fontkit: fontkit.default }),
    (error: unknown) => {
      // Tried again with the next NDA rather than failing every one until a restart.
      pdfLibrary = undefined;
      throw error;
    },
  );
  return pdfLibrary;
}
let fontBytes: Buffer | undefined;

function notoSansJp(): Buffer {
  fontBytes ??= readFileSync(
    require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  );
  return fontBytes;
}

export type NdaPdfInput = {
  title: string;
  body: string;
  templateVersion: number;
  templateSha256: string;
  cityName: string;
  proposal: { referenceNumber: string | null; title: string };
  proposer: {
    organization: string;
    title: string;
    fullName: string;
    signedAt: Date;
    ip: string | null;
    userAgent: string | null;
  } | null;
  city: {
    department: string;
    title: string;
    fullName: string;
    signedAt: Date;
    ip: string | null;
    userAgent: string | null;
  } | null;
  generatedAt: Date;
};

/** The NDA is the signed Japanese document, whatever the reader's language. */
const PDF_LANGUAGE: Language = 'ja';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - MARGIN * 2;

/** Splits text into lines that fit `width` (Japanese can break between any two characters). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const char of paragraph) {
      const candidate = line + char;
      if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
        // Keep closing punctuation with the line before (Japanese line-breaking rule, 禁則).
        if ('、。）」』】，．'.includes(char)) {
          lines.push(candidate);
          line = '';
          continue;
        }
        lines.push(line);
        line = char;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly rgb: PdfLibrary['rgb'],
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  ensure(height: number) {
    if (this.y - height < MARGIN + 20) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
  }

  text(
    text: string,
    options: {
      size?: number;
      indent?: number;
      gap?: number;
      color?: [number, number, number];
    } = {},
  ) {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const leading = size * 1.7;
    for (const line of wrapText(text, this.font, size, WIDTH - indent)) {
      this.ensure(leading);
      this.page.drawText(line, {
        x: MARGIN + indent,
        y: this.y - size,
        size,
        font: this.font,
        color: this.rgb(...(options.color ?? [0.1, 0.1, 0.1])),
      });
      this.y -= leading;
    }
    this.y -= options.gap ?? 0;
  }

  rule() {
    this.ensure(12);
    this.page.drawLine({
      start: { x: MARGIN, y: this.y - 4 },
      end: { x: A4[0] - MARGIN, y: this.y - 4 },
      thickness: 0.5,
      color: this.rgb(0.6, 0.6, 0.6),
    });
    this.y -= 12;
  }
}

/** Renders the NDA, its labels from the `documents` catalogue and its times in Japan's time. */
export async function renderNdaPdf(input: NdaPdfInput): Promise<Buffer> {
  const t = translator(documentMessages, PDF_LANGUAGE);
  const at = (instant: Date) => formatDateTime(instant, PDF_LANGUAGE);
  const { PDFDocument, rgb, fontkit } = await loadPdfLibrary();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(notoSansJp(), { subset: true });
  doc.setTitle(input.title);
  doc.setSubject(`${input.proposal.referenceNumber ?? ''} ${input.proposal.title}`);
  doc.setCreator(translator(appMessages, PDF_LANGUAGE)('app.name'));
  doc.setLanguage('ja-JP');

  const w = new Writer(doc, font, rgb);
  w.text(input.title, { size: 16, gap: 6 });
  w.text(
    t('nda.proposal', {
      reference: input.proposal.referenceNumber ?? t('nda.noReference'),
      title: input.proposal.title,
    }),
    { size: 9.5 },
  );
  w.text(
    t('nda.parties', {
      city: input.cityName,
      proposer: input.proposer?.organization ?? t('nda.unsigned'),
    }),
    { size: 9.5 },
  );
  w.text(t('nda.version', { version: input.templateVersion, sha256: input.templateSha256 }), {
    size: 8,
    color: [0.35, 0.35, 0.35],
    gap: 4,
  });
  w.rule();
  w.text(input.body, { gap: 10 });
  w.rule();
  w.text(t('nda.signatures'), { size: 12, gap: 4 });

  const signature = (
    label: string,
    s: NdaPdfInput['proposer'] | NdaPdfInput['city'],
    organization: string,
  ) => {
    w.text(label, { size: 11 });
    if (!s) {
      w.text(t('nda.unsigned'), { indent: 14, gap: 6 });
      return;
    }
    w.text(t('nda.organization', { value: organization }), { indent: 14 });
    w.text(t('nda.signerTitle', { value: s.title }), { indent: 14 });
    w.text(t('nda.fullName', { value: s.fullName }), { indent: 14 });
    w.text(t('nda.signedAt', { value: at(s.signedAt) }), { indent: 14 });
    w.text(t('nda.ip', { value: s.ip ?? t('nda.unknown') }), { indent: 14, size: 9 });
    w.text(t('nda.device', { value: s.userAgent ?? t('nda.unknown') }), {
      indent: 14,
      size: 8,
      gap: 8,
    });
  };
  signature(t('nda.proposerParty'), input.proposer, input.proposer?.organization ?? '');
  signature(
    t('nda.cityParty', { city: input.cityName }),
    input.city,
    input.city ? `${input.cityName} ${input.city.department}` : '',
  );
  w.text(t('nda.generated', { date: at(input.generatedAt) }), {
    size: 8,
    color: [0.35, 0.35, 0.35],
  });

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    page.drawText(t('nda.page', { page: index + 1, pages: pages.length }), {
      x: A4[0] / 2 - 12,
      y: MARGIN / 2,
      size: 8,
      font,
      color: rgb(0.4, 0.4, 0.4),
    });
  });
  return Buffer.from(await doc.save());
}
