/** The city's year: phases, council sessions and the after-cutoff notices (API and web). */
export default {
  'phase.execution.name': '当初予算の執行期',
  'phase.execution.city': 'その年度の当初予算を執行しています。新しい発想に最も開かれた時期です。',
  'phase.execution.advice':
    '課題や知見を共有し、信頼関係を築きましょう。この段階で事業計画は必要ありません。',
  'phase.planning.name': '次年度計画の策定期',
  'phase.planning.city':
    '次年度の計画を立案し、10月には予算編成方針と各局の予算要求がまとまります。',
  'phase.planning.advice':
    '一緒にスキームを設計し、市の計画に位置づけましょう。新しいテーマの対話は10月までに始めてください。',
  'phase.budget_assessment.name': '予算調整・査定',
  'phase.budget_assessment.city': '予算の調整と査定、市長ヒアリングが行われます。',
  'phase.budget_assessment.advice':
    '既に計画に入っている事業は4月の開始に向けて準備しましょう。市の予算が必要な新しい提案は再来年度の当初予算が最短です。',
  'phase.budget_published.name': '予算編成過程の公表',
  'phase.budget_published.city': '予算編成の過程が公表されます。',
  'phase.budget_published.advice':
    '市の予算を必要としない進め方（自己資金での実証、実証フィールドの提供など）を検討しましょう。',
  'phase.mayor_assessment.name': '市長査定',
  'phase.mayor_assessment.city': '市長による査定が行われます。',
  'phase.mayor_assessment.advice':
    '繁忙期のため新しい対話の開始には時間がかかります。提案の準備を進めておきましょう。',
  'phase.budget_bill.name': '予算案の確定・議会提出',
  'phase.budget_bill.city': '予算案が確定し、市議会に提出されます。',
  'phase.budget_bill.advice': '4月からの対話に向けて、課題と解決策を整理しておきましょう。',
  'phase.council_deliberation.name': '議会審議・予算成立',
  'phase.council_deliberation.city': '市議会が予算案を審議し、予算が成立します。',
  'phase.council_deliberation.advice':
    '新しいテーマの対話は4月からになります。4月の新年度に合わせて提案しましょう。',

  'session.single': '{eraYear}年{firstMonth}定例会',
  'session.range': '{eraYear}年{firstMonth}〜{lastMonth}定例会',

  'flag.warning':
    '{cutoff}の締切を過ぎたため、市の予算が必要なこの提案は{nextFiscalYear}の当初予算には間に合いません。当初予算での実施は最短で{earliestFiscalYear}です。補正予算の活用や、市の予算を使わない進め方（自己資金での実証、実証フィールドの提供、規制面の調整など）もご検討ください。',
  'flag.info':
    '{cutoff}の締切を過ぎていますが、市の予算を必要としない提案なので受け付けに影響はありません。ただし11月から3月は予算編成の繁忙期のため、新しい対話の開始に時間がかかることがあります。',
  cutoff: '{month}月{day}日',
  'ics.calendarName': '官民共創 予算カレンダー {fiscalYear}',
  'ics.fyStart.summary': '{fiscalYear}開始',
  'ics.fyStart.description':
    '新しい年度の当初予算の執行が始まります。新しいテーマの対話を始めやすい時期です。',
  'ics.cutoff.summary': '次年度予算に向けた新規提案の締切の目安',
  'ics.cutoff.description':
    '市の予算が必要な新しい提案は、この日までに対話を始めると{nextFiscalYear}の当初予算に間に合う可能性があります。',
  'ics.busy.summary': '予算編成の繁忙期',
  'ics.busy.description': '予算の調整・査定と議会対応で、新しい対話の開始に時間がかかる時期です。',
  'ics.fyEnd.summary': '{fiscalYear}終了',
  'ics.fyEnd.description': '年度の最終日です。',
  'ics.council.budget': '次年度の当初予算を審議する議会です。',
  'ics.council.regular': '市議会の定例会です（日程は市議会の発表をご確認ください）。',
} as const;
