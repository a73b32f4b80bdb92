/**
 * Documents the API writes for people to keep or open elsewhere: the signed NDA (a PDF, always
 * in Japanese: it is the signed document) and the inbox as CSV (Japanese: the city's staff open
 * it in Excel).
 */
export default {
  'nda.proposal': '提案: {reference}　{title}',
  'nda.noReference': '（受付番号なし）',
  'nda.parties': '甲: {city}　乙: {proposer}',
  'nda.unsigned': '（未署名）',
  'nda.version': '契約書の版: 第{version}版　文面のSHA-256: {sha256}',
  'nda.signatures': '署名',
  'nda.proposerParty': '乙（提案者）',
  'nda.cityParty': '甲（{city}）',
  'nda.organization': '所属: {value}',
  'nda.signerTitle': '役職: {value}',
  'nda.fullName': '氏名: {value}',
  'nda.signedAt': '署名日時: {value}',
  'nda.ip': 'IPアドレス: {value}',
  'nda.device': '端末: {value}',
  'nda.unknown': '不明',
  'nda.generated':
    'この文書は官民共創ポータルが {date} に作成しました。両当事者は、上記の文面を読み、同意のうえ電子的に署名しました。',
  'nda.page': '{page} / {pages}',

  'inboxCsv.column.referenceNumber': '受付番号',
  'inboxCsv.column.kind': '種別',
  'inboxCsv.column.theme': 'テーマ',
  'inboxCsv.column.organization': '提案者',
  'inboxCsv.column.step': 'STEP',
  'inboxCsv.column.status': '状況',
  'inboxCsv.column.leadDepartment': '主担当部署',
  'inboxCsv.column.transferCount': '移管回数',
  'inboxCsv.column.daysWithoutDepartment': '部署未決定の日数',
  'inboxCsv.column.coordinator': '窓口担当者',
  'inboxCsv.column.submittedAt': '提出日時',
  'inboxCsv.column.dueDate': '現段階の期限',
  'inboxCsv.column.dueState': '期限の状況',
  'inboxCsv.column.calendar': '予算カレンダー',
  'inboxCsv.column.updatedAt': '最終更新',
  'inboxCsv.afterCutoff': '締切後の提出（{fiscalYear}予算から）',
  'inboxCsv.truncated': {
    other: '（該当する提案が多いため、先頭の{count}件を出力しました。条件を絞り込んでください）',
  },
} as const;
