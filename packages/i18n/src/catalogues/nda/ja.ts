/** The NDA page and the NDA's summary on the proposal page (the proposer and the city). */
export default {
  'page.title': '秘密保持契約（NDA）',
  'page.intro':
    '秘密保持契約は、提案の中で秘密情報として指定された内容を、市が適切に取り扱うための契約です。提案者と市（主担当の部署）の双方がこの画面で署名すると成立し、担当部署が秘密情報を閲覧できるようになります。',
  'page.status': '契約の状況',
  'page.notStarted': '手続き前',
  'page.proposalStatus': '提案の状況',
  'page.startedAt': '手続きの開始',
  'page.back': '提案のページへ戻る',

  'status.awaiting_proposer': '提案者の署名待ち',
  'status.awaiting_city': '市の署名待ち',
  'status.in_effect': '締結済み（有効）',
  'status.void': '無効',

  'next.proposer.open':
    '担当部署が提案を受け付けました。下のボタンから秘密保持契約の手続きを始めると、契約書の内容を確認して署名できます。',
  'next.notStarted':
    '秘密保持契約の手続きはまだ始まっていません。主担当の部署または提案者が手続きを始めます。',
  'next.beforeStep3':
    '秘密保持契約は、担当部署が提案を受け付けた後（STEP 3）に、主担当の部署または提案者が手続きを始めます。',
  'next.sign':
    '契約書の内容をご確認のうえ、下のフォームから署名してください。その後、市（主担当の部署）が署名すると契約が成立します。',
  'next.awaitingProposer':
    '提案者の署名をお待ちしています。提案者が署名すると、主担当の部署が市として署名します。',
  'next.proposer.awaitingCity':
    'ご署名ありがとうございました。市（主担当の部署）の署名をお待ちください。契約が成立しましたら、メールでお知らせします。',
  'next.inEffect':
    '双方の署名により、秘密保持契約が成立しています。担当部署は秘密情報として指定された内容を閲覧できます。',
  'next.void': 'この秘密保持契約は無効となっています。ご不明な点は担当部署へお問い合わせください。',

  'staff.next.open':
    '下のボタンから秘密保持契約の手続きを始めてください。手続きを始めると、提案者に署名をお願いする画面が表示されます。',
  'staff.next.awaitingCity':
    '提案者の署名が済み、主担当の部署による市としての署名をお待ちしています。',

  'notice.opened': '秘密保持契約の手続きを始めました。',
  'notice.signed': '署名しました。ありがとうございました。',

  'skippable.title': '秘密情報の指定はありません',
  'skippable.body':
    'この提案には秘密情報として指定された項目がありません。そのため、秘密保持契約を結ばずに対話を始めることもできます。',

  'open.title': '手続きを始める',
  'open.body':
    '現在の契約書のひな形で秘密保持契約を作成します。作成後、提案者、市の順に署名します。',
  'open.submit': '秘密保持契約の手続きを始める',

  'agreement.title': '契約書',
  'agreement.name': '件名',
  'agreement.version': 'ひな形の版',
  'agreement.versionValue': '第{version}版',
  'agreement.sha256': '文面のSHA-256',
  'agreement.fullText': '{title}（全文）',
  'agreement.japanese': '契約書は日本語の文面に署名します。',

  'download.signed': '署名済みの契約書（PDF）をダウンロード',
  'download.draft': '契約書（PDF）をダウンロード',
  'download.draftNote': '双方の署名が済むまでは、それまでに済んだ署名だけが記載されたPDFです。',

  'signatures.title': '署名の記録',
  'signatures.proposer': '提案者の署名',
  'signatures.city': '市の署名',
  'signature.status': '状態',
  'signature.signed': '署名済み',
  'signature.fullName': '氏名',
  'signature.jobTitle': '役職',
  'signature.organization': '組織名',
  'signature.department': '部署',
  'signature.signedAt': '署名日時',
  'signature.ip': 'IPアドレス',
  'signature.device': '端末の情報',
  'signature.notRecorded': '記録なし',
  'signature.pending': 'まだ署名されていません。',

  'sign.heading': '提案者としての署名',
  'sign.intro':
    '上の契約書を最後までお読みのうえ、署名する方のお名前と役職を入力してください。署名の日時、IPアドレス、ご利用の端末の情報、契約書の文面のSHA-256が署名の記録として保存されます。',
  'sign.jobTitleHint': '例: 代表取締役、事業開発部長',
  'sign.consent': '上記の秘密保持契約書の内容を確認し、同意します。',
  'sign.submit': '署名する',

  'countersign.heading': '市としての署名',
  'countersign.intro':
    '主担当の部署の職員として、市を代表して署名します。署名すると契約が成立し、提案者に通知されます。署名の日時、IPアドレス、端末の情報が署名の記録として保存されます。',
  'countersign.department': '署名する部署',
  'countersign.jobTitleHint': '例: 企画課長',
  'countersign.consent': '上記の秘密保持契約書の内容を確認し、市を代表して署名します。',
  'countersign.submit': '市として署名する',
  'countersign.next':
    '提案者の署名が済みました。契約書の内容を確認のうえ、下のフォームから市を代表して署名してください。',
  'countersign.done': '市として署名しました。秘密保持契約が成立しました。',
  'countersign.todo': '提案者が署名しました。市として署名（副署）してください。',

  'summary.skippable': '秘密情報の指定がないため、NDAなしで対話に進めます',
  'summary.notSigned': '未締結',
  'summary.todo.sign': '秘密保持契約への署名をお願いします。',
  'summary.todo.open': '秘密情報を扱う対話の前に、秘密保持契約の手続きを始めてください。',
  'summary.open': '秘密保持契約のページを開く',
} as const;
