/** The desk's inbox and a department's list of assigned proposals (city staff only). */
export default {
  'lead.desk':
    '提出されたすべての提案です。一次確認は提出から{screening}以内、部署の受付は振り分けから{acceptance}以内が目安です。',
  'lead.department': '貴課が主担当または支援部署になっている提案です。',

  'filters.label': '提案の絞り込み',
  'filters.q': 'キーワード検索',
  'filters.qHint': '提案名・概要・課題・解決策から探します（例: 見守り）',
  'filters.search': '検索',
  'filters.all': 'すべて',
  'filters.status': '状況',
  'filters.step': 'STEP',
  'filters.kind': '種別',
  'filters.theme': 'テーマ',
  'filters.department': '部署',
  'filters.due': '期限',
  'filters.calendar': '予算カレンダー',
  'filters.calendar.any': '注意あり',
  'filters.calendar.warning': '要注意（予算が必要）',
  'filters.sort': '並び順',
  'filters.unassigned': '担当者未定のみ',
  'filters.mine': '自分の担当のみ',

  'sort.due': '期限の近い順',
  'sort.submitted': '提出の新しい順',
  'sort.updated': '更新の新しい順',

  'due.overdue': '期限超過',
  'due.due_soon': '期限間近',

  count: { other: '{total}件' },
  countCapped: '{total}件以上（条件を絞り込むと全件を確認できます）',
  export: 'CSVでダウンロード（Excel対応）',
  none: '条件に合う提案はありません。',

  'table.label': '提案の一覧',
  'table.caption': '提案の一覧（{page} / {pages} ページ）',
  'column.proposal': '提案',
  'column.status': '状況',
  'column.department': '担当部署',
  'column.due': '現段階の期限',
  'column.takenBy': '窓口担当',

  'row.afterCutoff': '予算締切後（{fiscalYear}予算から）',
  'row.noDepartment': '未定',
  'row.lead': '主担当',
  'row.supporting': '支援部署',
  'row.transfers': { other: '移管{count}回' },
  'row.daysWithoutDepartment': { other: '部署未決定 {count}日' },
  'row.awaitingAcceptance': '受入待ち',
  'row.noDueDate': 'なし',
  'row.nobody': '未定',
} as const;
