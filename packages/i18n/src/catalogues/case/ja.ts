/**
 * The proposal page ("the case"): its status, content, tabs, timeline and the forms of the
 * workflow actions. The proposer reads everything but the `staff.*` messages.
 */
export default {
  'proposal.untitled': '（無題の提案）',
  'proposal.notSubmitted': '未提出',

  'status.current': '現在の状況',
  'status.next': '次のステップ',
  'status.dueDate': '予定日',
  'status.department': '担当部署',
  'status.supporting': '支援部署',
  'status.submittedAt': '受付日時',
  'calendar.title': '予算カレンダー',
  'declined.title': '見送りの理由',
  'draft.edit': '下書きを編集する',

  'tabs.label': '提案の情報',
  'tabs.content': '提案の内容と経過',
  'tabs.decision': '市の判断',
  'tabs.agreement': '協定・契約',
  'tabs.kpis': 'ロジックモデル・KPI',
  'tabs.evaluation': '評価',
  'tabs.messages': 'メッセージ',
  'tabs.dialogues': '対話の記録',
  'tabs.accessLog': '秘密情報の閲覧記録',

  'content.title': '提案の内容',
  'content.summary': '概要',
  'content.confidential': '秘密情報',
  'content.redacted': 'この項目は秘密情報です。秘密保持契約（NDA）の締結後に閲覧できます。',
  'content.money': '市の予算・資源',
  'content.estimate': '概算 {amount}',
  'content.kpi': '{name}: {target}',

  'timeline.title': '経過',
  'timeline.none': 'まだ記録はありません。',
  'timeline.status': '状況: {status}',

  'actions.title': 'できる操作',
  'actions.choose': '選んでください',

  'left.title': '「{title}」: {done}',
  'left.body': 'この提案は担当を外れたため、開くことはできなくなりました。',

  'staff.similar.title': '似ている提案（重複の確認）',
  'staff.similar.lead':
    '部署や年度をまたいで、この提案と言葉・テーマ・提案者が重なる提案です。似ている順に並べています。',
  'staff.similar.none': '似ている提案は見つかりませんでした。',
  'staff.similar.hidden': '別の提案（閲覧権限がないため件名は表示しません）',
  'staff.similar.fiscalYear': '{year}年度',
  'staff.similar.words': '共通する言葉：{words}',
  'staff.similar.separator': '、',
  'staff.similar.sameTheme': '同じテーマへの提案',
  'staff.similar.sameOrganization': '同じ提案者（組織）',
  'staff.transfers': '担当部署の変更回数',
  'staff.tabs.notes': '内部メモ',
  'staff.decline.template': '返信のひな形',
  'staff.decline.templatePlaceholder': 'ひな形を選ぶと理由に反映されます',
  'staff.decline.templateHint': '選んだ後で、提案に合わせて文面を編集してください。',
  'staff.decline.reasonHint':
    '提案者に届く文章です。具体的な理由と、次にできること（例: 調達窓口のご案内）を書いてください。',
  'staff.override.title': '提案者が対話②の記録をまだ確認していません',
  'staff.override.body':
    '提案者の確認を待たずに庁内検討へ進める場合は、その理由を書いてください。理由は提案者にも表示されます。',
  'staff.visibility.public': '提案者の経過に表示され、提案者にも知らされます。',
  'staff.visibility.internal': '庁内の引き継ぎです。提案者の経過には表示されません。',
} as const;
