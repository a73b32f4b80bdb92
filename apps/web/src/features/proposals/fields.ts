import type { LocalizedText } from '@kyoso/i18n/languages';
import type { ProposalDraftFields } from '@kyoso/contracts/proposals';

export type FieldName = keyof ProposalDraftFields;

/** Labels and guidance of every field of the proposal form, in both languages. */
export const FIELD_TEXT: Record<FieldName, { label: LocalizedText; hint?: LocalizedText }> = {
  title: {
    label: { ja: '提案名', en: 'Title' },
    hint: {
      ja: '何を解決する提案かが一目でわかる名前にしてください。',
      en: 'A name that says at a glance what the proposal solves.',
    },
  },
  summary: {
    label: { ja: '概要', en: 'Summary' },
    hint: {
      ja: '課題と解決策を2〜3文で。担当部署を探すときに使います（秘密情報にはできません）。',
      en: 'The problem and the solution in two or three sentences. Used to find the department (cannot be confidential).',
    },
  },
  problem: {
    label: {
      ja: '課題（この市の誰が、どんな課題を抱えているか）',
      en: 'The problem (who in this city has it)',
    },
    hint: {
      ja: 'ポイント①課題ドリブン：根拠（データ、現場の声、ヒアリング結果など）とともに書いてください。',
      en: 'Point ①: problem-driven. Give evidence: data, voices from the field, interviews.',
    },
  },
  whyThisCity: {
    label: { ja: 'なぜこの市なのか', en: 'Why this city' },
    hint: {
      ja: 'ポイント②：市の計画や地域の状況とのつながりを書いてください。',
      en: 'Point ②: the link with the city’s plans and situation.',
    },
  },
  solution: {
    label: { ja: '解決策（ひとつ）', en: 'The solution (one)' },
    hint: {
      ja: 'ポイント③1提案 = 1ソリューション：ひとつの課題に対するひとつの解決策を書いてください。',
      en: 'Point ③: one proposal, one solution.',
    },
  },
  cityRole: {
    label: { ja: '市に期待する役割', en: 'The city’s role' },
    hint: {
      ja: 'ポイント④役割分担：市に担ってほしいことを具体的に。',
      en: 'Point ④: what you would like the city to do.',
    },
  },
  companyRole: {
    label: { ja: '提案者が担う役割', en: 'Your role' },
    hint: {
      ja: '貴社・貴団体が担うこと（人、技術、費用など）。',
      en: 'What your organisation brings (people, technology, money).',
    },
  },
  cityBudget: {
    label: { ja: '市の予算は必要ですか', en: 'Is city money needed?' },
    hint: {
      ja: 'ポイント④費用負担：まずは市の予算を使わない小さな実証から始めるのがおすすめです。',
      en: 'Point ④: start small, ideally without city money.',
    },
  },
  cityBudgetEstimateYen: {
    label: { ja: '必要な予算の概算（円）', en: 'Estimated city money (yen)' },
    hint: {
      ja: '新たな予算が必要な場合は必須です。半角数字で入力してください。',
      en: 'Required when a new budget is needed.',
    },
  },
  resourcesWanted: {
    label: { ja: '市に求める資源', en: 'City resources wanted' },
    hint: { ja: '当てはまるものをすべて選んでください。', en: 'Choose all that apply.' },
  },
  impact: {
    label: { ja: '期待される社会的・経済的な効果', en: 'Expected social and economic impact' },
  },
  kpis: {
    label: { ja: 'KPI（測定できる成果指標）', en: 'KPIs (measurable targets)' },
    hint: {
      ja: '例：「異変から連絡までの時間」を「平均30分以内」に。',
      en: 'E.g. “time from alert to call” below “30 minutes on average”.',
    },
  },
  desiredStart: {
    label: { ja: '開始希望時期', en: 'Desired start' },
  },
  pilot: {
    label: { ja: '実証実験（トライアル）から始めますか', en: 'Will it start as a pilot?' },
  },
  contactName: {
    label: { ja: '担当者名', en: 'Contact person' },
  },
  contactEmail: {
    label: { ja: '担当者のメールアドレス', en: 'Contact e-mail' },
  },
  confidentialSections: {
    label: { ja: '秘密情報として扱う項目', en: 'Confidential sections' },
    hint: {
      ja: '選んだ項目は、秘密保持契約（NDA）の締結後に担当部署だけが閲覧できます（共創窓口は一次確認のため閲覧します）。閲覧の記録は提案のページで確認できます。',
      en: 'Sections you choose are shown to the department in charge only once an NDA is signed (the co-creation desk reads them for the first check). Every view is logged on your proposal page.',
    },
  },
};

export type FormStep = { key: string; title: LocalizedText; fields: FieldName[] };

/** The form's steps, built on the city's four points. */
export const FORM_STEPS: FormStep[] = [
  { key: 'overview', title: { ja: '概要', en: 'Overview' }, fields: ['title', 'summary'] },
  {
    key: 'problem',
    title: { ja: '課題となぜこの市か', en: 'Problem and why here' },
    fields: ['problem', 'whyThisCity'],
  },
  {
    key: 'solution',
    title: { ja: '解決策と役割分担', en: 'Solution and roles' },
    fields: ['solution', 'cityRole', 'companyRole'],
  },
  {
    key: 'budget',
    title: { ja: '市の予算と資源', en: 'City money and resources' },
    fields: ['cityBudget', 'cityBudgetEstimateYen', 'resourcesWanted'],
  },
  {
    key: 'impact',
    title: { ja: '効果とKPI', en: 'Impact and KPIs' },
    fields: ['impact', 'kpis', 'desiredStart', 'pilot'],
  },
  {
    key: 'contact',
    title: { ja: '連絡先・秘密情報・添付', en: 'Contact, confidentiality, files' },
    fields: ['contactName', 'contactEmail', 'confidentialSections'],
  },
  { key: 'review', title: { ja: '確認して提出', en: 'Review and submit' }, fields: [] },
];

/** The step (1-based) where a field is edited. */
export function stepOfField(field: string): number {
  const name = field.split('.')[0];
  const index = FORM_STEPS.findIndex((s) => s.fields.includes(name as FieldName));
  return index >= 0 ? index + 1 : FORM_STEPS.length;
}
