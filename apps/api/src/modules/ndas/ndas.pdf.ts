/**
 * The signed NDA as a PDF: the exact text that was signed (identified by its SHA-256), both
 * signatures with their time, IP address and device, in Japanese with an embedded font subset
 * (Noto Sans JP, SIL Open Font License) so that the text displays and copies correctly anywhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const require = createRequire(import.meta.url);
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
    signedAt: string;
    ip: string | null;
    userAgent: string | null;
  } | null;
  city: {
    department: string;
    title: string;
    fullName: string;
    signedAt: string;
    ip: string | null;
    userAgent: string | null;
  } | null;
  generatedAt: string;
};

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
        color: rgb(...(options.color ?? [0.1, 0.1, 0.1])),
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
      color: rgb(0.6, 0.6, 0.6),
    });
    this.y -= 12;
  }
}

export async function renderNdaPdf(input: NdaPdfInput): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(notoSansJp(), { subset: true });
  doc.setTitle(input.title);
  doc.setSubject(`${input.proposal.referenceNumber ?? ''} ${input.proposal.title}`);
  doc.setCreator('kyoso 官民共創ポータル');
  doc.setLanguage('ja-JP');

  const w = new Writer(doc, font);
  w.text(input.title, { size: 16, gap: 6 });
  w.text(`提案: ${input.proposal.referenceNumber ?? '（受付番号なし）'}　${input.proposal.title}`, {
    size: 9.5,
  });
  w.text(`甲: ${input.cityName}　乙: ${input.proposer?.organization ?? '（未署名）'}`, {
    size: 9.5,
  });
  w.text(`契約書の版: 第${input.templateVersion}版　文面のSHA-256: ${input.templateSha256}`, {
    size: 8,
    color: [0.35, 0.35, 0.35],
    gap: 4,
  });
  w.rule();
  w.text(input.body, { gap: 10 });
  w.rule();
  w.text('署名', { size: 12, gap: 4 });

  const signature = (
    label: string,
    s: NdaPdfInput['proposer'] | NdaPdfInput['city'],
    organization: string,
  ) => {
    w.text(label, { size: 11 });
    if (!s) {
      w.text('（未署名）', { indent: 14, gap: 6 });
      return;
    }
    w.text(`所属: ${organization}`, { indent: 14 });
    w.text(`役職: ${s.title}`, { indent: 14 });
    w.text(`氏名: ${s.fullName}`, { indent: 14 });
    w.text(`署名日時: ${s.signedAt}`, { indent: 14 });
    w.text(`IPアドレス: ${s.ip ?? '不明'}`, { indent: 14, size: 9 });
    w.text(`端末: ${s.userAgent ?? '不明'}`, { indent: 14, size: 8, gap: 8 });
  };
  signature('乙（提案者）', input.proposer, input.proposer?.organization ?? '');
  signature(
    `甲（${input.cityName}）`,
    input.city,
    input.city ? `${input.cityName} ${input.city.department}` : '',
  );
  w.text(
    `この文書は官民共創ポータルが ${input.generatedAt} に作成しました。両当事者は、上記の文面を読み、同意のうえ電子的に署名しました。`,
    { size: 8, color: [0.35, 0.35, 0.35] },
  );

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    page.drawText(`${index + 1} / ${pages.length}`, {
      x: A4[0] / 2 - 12,
      y: MARGIN / 2,
      size: 8,
      font,
      color: rgb(0.4, 0.4, 0.4),
    });
  });
  return Buffer.from(await doc.save());
}
