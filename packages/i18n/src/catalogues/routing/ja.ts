/** Routing help for the desk: the routing report and the suggested departments (city staff only). */
export default {
  'report.intro':
    '提案を担当部署へ振り分けた後の受付・差し戻し・移管の状況を、部署ごとにまとめています。差し戻しや移管が重なっている提案、受付待ちが続いている部署を早めに見つけ、提案のたらい回しを防ぐためにお使いください。',
  'report.inboxLink': '受付一覧で個々の提案を確認する',
  'report.totals': '全体の状況',
  'report.transfers': '移管の総数',
  'report.proposalsWithTransfers': '移管のあった提案',
  'report.averageDaysWithoutDepartment': '担当部署が決まるまでの平均日数',
  'report.count': '{number}<unit>件</unit>',
  'report.days': { other: '{days}日' },
  'report.noData': '記録なし',
  'report.byDepartment': '部署ごとの状況',
  'report.none': 'まだ振り分けの記録はありません。',
  'report.caption': '部署ごとの振り分け・受付・差し戻しの件数（差し戻しの多い順）',
  'report.tableLabel': '部署ごとの状況の表',
  'column.department': '部署',
  'column.routedAsLead': '主担当として振り分け',
  'column.accepted': '受付',
  'column.returned': '差し戻し',
  'column.awaiting': '受付待ち',
  'column.awaitingOverdue': 'うち期限超過',
  'column.averageDaysToAccept': '受付までの平均日数',
  'report.needsAttention': '（要確認）',
  'notes.title': '各項目の意味',
  'notes.routedAsLead':
    '窓口がその部署を主担当として振り分けた回数です（差し戻し後の再度の振り分けを含みます）。',
  'notes.acceptedReturned.term': '受付・差し戻し',
  'notes.acceptedReturned': '部署が担当を引き受けた回数と、担当外として窓口へ差し戻した回数です。',
  'notes.awaiting.term': '受付待ち・うち期限超過',
  'notes.awaiting':
    '振り分け後、部署がまだ受け付けていない提案の件数と、そのうち受付の期限を過ぎている件数です。',
  'notes.averageDaysToAccept':
    '振り分けから受付までにかかった日数の平均です（受け付けた提案のみ）。',

  'suggestions.title': '担当部署の候補',
  'suggestions.none': '提案の内容から候補を見つけられませんでした。一覧から選んでください。',
  'suggestions.reason.theme': '（テーマの担当部署）',
  'suggestions.reason.history': '（過去に受け付けた提案と共通）',
  'suggestions.reason.profile': '（部署の所管・キーワードと一致）',
  'suggestions.matched': '一致した語: {words}',
  'suggestions.choose': '{department}を主担当にする',
  'suggestions.chosen': '{department}を主担当に選択中',
} as const;
