/** The administrators' pages: accounts, NDA templates, budget-calendar settings (staff only). */
export default {
  'users.title': 'アカウント管理',
  'users.create': '職員アカウントを作成',
  'users.createIntro':
    '作成すると、本人にパスワード設定用のリンクをメールで送ります（有効期限7日）。',
  'users.created': '{email} のアカウントを作成し、案内メールを送りました。',
  'users.role': '役割',
  'users.department': '所属部署',
  'users.departmentHint': '部署職員は必須です。共創窓口と管理者は空欄でもかまいません。',
  'users.chooseDepartment': '部署を選んでください',
  'users.status': '状態',
  'users.active': '有効',
  'users.disabled': '停止中',
  'users.pendingPassword': 'パスワード未設定',
  'users.disable': '利用停止',
  'users.enable': '利用再開',
  'users.toggleFor': '{action}: {email}',
  'users.search': '名前・メールで検索',
  'users.all': 'すべての役割',
  'users.departmentOrOrganization': '所属部署 / 組織',
  'users.createdAt': '作成日',
  'users.caption': 'アカウントの一覧',
  'users.none': '条件に合うアカウントはありません。',

  'ndaTemplates.intro':
    '提案者と市が署名する秘密保持契約書のひな形を管理します。新しい版を登録すると、それ以降に手続きを始める契約から新しい版が使われます。',
  'ndaTemplates.hashIntro':
    '各版は文面のSHA-256（ハッシュ値）で識別されます。既に手続き中または締結済みの契約は、署名した時点の文面のまま変わりません。以前と同じ文面を登録すると、その版が再び現在のひな形になります。',
  'ndaTemplates.version': '第{version}版',
  'ndaTemplates.saved':
    '第{version}版を登録しました。これから手続きを始める契約には、この版が使われます。',
  'ndaTemplates.reactivated': '同じ文面の第{version}版を、現在のひな形に戻しました。',
  'ndaTemplates.versions': '登録済みの版',
  'ndaTemplates.empty':
    'ひな形がまだ登録されていません。ひな形がないと秘密保持契約の手続きを始められません。下のフォームから最初の版を登録してください。',
  'ndaTemplates.caption': '秘密保持契約書のひな形の版（新しい順）',
  'ndaTemplates.tableLabel': 'ひな形の版の表',
  'ndaTemplates.column.version': '版',
  'ndaTemplates.column.title': '件名',
  'ndaTemplates.column.createdAt': '作成日時',
  'ndaTemplates.column.status': '状態',
  'ndaTemplates.current': '現在のひな形',
  'ndaTemplates.earlier': '以前の版',
  'ndaTemplates.fullTexts': '各版の全文',
  'ndaTemplates.summary': '第{version}版：{title}',
  'ndaTemplates.summaryCurrent': '第{version}版：{title}（現在のひな形）',
  'ndaTemplates.fullText': '第{version}版の全文',
  'ndaTemplates.new': '新しい版を登録する',
  'ndaTemplates.startsFromCurrent':
    '現在のひな形（第{version}版）の文面を入れてあります。必要な箇所を修正して登録してください。',
  'ndaTemplates.startsFromStandard':
    '標準の文面を入れてあります。必要な箇所を修正して登録してください。',
  'ndaTemplates.title': '件名',
  'ndaTemplates.body': '本文',
  'ndaTemplates.bodyHint':
    '入力した文面が、改行を含めてそのまま契約書（画面表示とPDF）になります。件名は本文に含めないでください。',
  'ndaTemplates.submit': '新しい版として登録する',
  'ndaTemplates.loadStandard': '標準の文面を読み込む',

  'calendar.intro':
    '予算カレンダーの案内、提案の「締切後」判定、予算化できる最も早い年度、次の定例会の表示は、ここで設定した値で計算されます。変更は保存した時点から全ての画面とAPIに反映され、変更の記録が残ります。',
  'calendar.saved': '設定を保存しました。',
  'calendar.seeCalendar': '予算カレンダーで確認する',
  'calendar.yearAndCutoff': '会計年度と予算の締切',
  'calendar.fiscalYearStartMonth': '会計年度の始まりの月',
  'calendar.cutoffMonth': '翌年度予算の締切（月）',
  'calendar.cutoffDay': '翌年度予算の締切（日）',
  'calendar.cutoffDayHint':
    'この日の後に届いた、市の予算が必要な提案には「締切後」の注意が表示されます。',
  'calendar.day': '{day}日',
  'calendar.sessions': '市議会の定例会',
  'calendar.sessionsHint':
    '各定例会の最初と最後の月を選びます（2月〜3月のように年をまたいでもかまいません）。',
  'calendar.session': '定例会{number}',
  'calendar.session.from': '定例会{number}の最初の月',
  'calendar.session.to': '定例会{number}の最後の月',
  'calendar.session.remove': '定例会{number}を削除',
  'calendar.session.add': '定例会を追加',
} as const;
