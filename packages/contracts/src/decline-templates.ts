/**
 * Respectful replies the co-creation desk starts from when a proposal is not co-creation. The
 * coordinator picks one, edits the text, and the proposer receives it with the reason codes.
 * Zod-free.
 */
import type { LocalizedText } from './i18n';
import type { DeclineReasonCode } from './workflow';

export type DeclineTemplate = {
  key: string;
  title: LocalizedText;
  reasonCodes: DeclineReasonCode[];
  text: LocalizedText;
};

export const DECLINE_TEMPLATES: readonly DeclineTemplate[] = [
  {
    key: 'sales',
    title: { ja: '製品・サービスの営業', en: 'A sales pitch' },
    reasonCodes: ['not_co_creation'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。内容を拝見したところ、既にある製品・サービスのご紹介が中心で、市の特定の課題を一緒に解決する官民共創のご提案としてはお受けすることができませんでした。この市のどのような課題を、どのように一緒に解決できるかという観点で改めてご提案いただければ、喜んで拝見します。',
      en: 'Thank you for your proposal. It presents an existing product or service rather than a way to solve one of the city’s problems together, so we cannot take it forward as a co-creation proposal. We would be glad to read a new proposal that starts from a local problem and how we could solve it together.',
    },
  },
  {
    key: 'procurement',
    title: { ja: '調達・購入のご案内', en: 'A procurement request' },
    reasonCodes: ['procurement_request'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。ご提案は市による物品・サービスの購入（調達）に当たるため、官民共創の窓口ではお受けできません。市の調達は入札・契約の手続きで行っております。市の入札・契約の担当窓口のご案内をご覧ください。',
      en: 'Thank you for your proposal. It amounts to the city buying goods or services, which goes through the city’s tender and contract procedures rather than the co-creation desk. Please see the city’s procurement information.',
    },
  },
  {
    key: 'duplicate',
    title: { ja: '既存の事業と重複', en: 'Duplicates an existing programme' },
    reasonCodes: ['duplicate'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。同様の取組を市の既存事業として既に実施しているため、今回は見送らせていただきます。既存事業との連携の可能性については、担当部署からご連絡する場合があります。',
      en: 'Thank you for your proposal. The city already runs a similar programme, so we will not take this one forward. The department concerned may contact you about working with that programme.',
    },
  },
  {
    key: 'legal',
    title: { ja: '法令・条例との整合', en: 'Conflicts with rules' },
    reasonCodes: ['legal_conflict'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。ご提案の内容は、現行の法令・条例等との整合を取ることが難しいと判断したため、今回は見送らせていただきます。制度の見直しの状況に応じて、改めてご相談いただける場合があります。',
      en: 'Thank you for your proposal. It cannot be reconciled with current laws or ordinances, so we will not take it forward. You are welcome to come back if the rules change.',
    },
  },
  {
    key: 'fiscal',
    title: { ja: '市の財政負担が大きい', en: 'Too great a cost for the city' },
    reasonCodes: ['fiscal_burden'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。ご提案の実施には市の新たな財政負担が大きく見込まれ、現時点では予算を確保する見通しが立たないため、今回は見送らせていただきます。市の負担を抑えた形（実証フィールドの提供のみ等）でのご提案であれば、改めて検討いたします。',
      en: 'Thank you for your proposal. It would need a large new budget from the city, which we cannot secure at present, so we will not take it forward. We would gladly consider a version that asks less of the city’s budget (for example, only a test field).',
    },
  },
  {
    key: 'exclusive',
    title: { ja: '特定事業者への便宜となるおそれ', en: 'Would favour one company' },
    reasonCodes: ['exclusive_use'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。ご提案の内容は、市の施設や情報を特定の事業者が独占的に利用する形となり、公平性の観点から官民共創として進めることが難しいと判断しました。他の事業者にも開かれた形でのご提案であれば、改めてご相談ください。',
      en: 'Thank you for your proposal. It would give one company exclusive use of city facilities or data, which we cannot accept for reasons of fairness. Please come back with a version open to other companies too.',
    },
  },
  {
    key: 'infeasible',
    title: { ja: '実現が難しい', en: 'Not feasible now' },
    reasonCodes: ['infeasible'],
    text: {
      ja: 'このたびはご提案いただきありがとうございました。担当部署とも検討しましたが、現時点の体制・技術・スケジュールでは実現が難しいと判断し、今回は見送らせていただきます。状況が変わりましたら、改めてご提案をお待ちしています。',
      en: 'Thank you for your proposal. Having looked at it with the department concerned, we find it cannot be carried out with the resources, technology and timetable available now. We would welcome it again when circumstances change.',
    },
  },
] as const;
