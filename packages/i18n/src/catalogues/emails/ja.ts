/**
 * The e-mails: the layout (subject, greeting, footer) and every template's sentences. Numbers
 * (business days, hours, counts) and dates are variables, formatted by the caller with
 * `format.ts`; the portal's and the city's names come from `app` and the configuration.
 */
export default {
  'layout.subject': '【kyoso 官民共創ポータル】{subject}',
  'layout.greeting': '{name} 様',
  'layout.greetingUnnamed': 'ご担当者 様',
  'layout.quoteHeading': '【{label}】',
  'layout.footer': 'このメールは送信専用です。ご返信いただいてもお答えできません。',

  'fact.reference': '受付番号',
  'fact.status': '現在の状況',
  'reference.none': '未採番',
  'button.openProposal': '提案を開く',
  'button.resetPassword': 'パスワードを再設定する',

  'verifyEmail.subject': 'メールアドレスの確認をお願いします',
  'verifyEmail.body':
    '官民共創ポータルへのご登録ありがとうございます。\n下のボタンからメールアドレスの確認を完了してください。確認後、提案の作成・提出ができるようになります。',
  'verifyEmail.button': 'メールアドレスを確認する',
  'verifyEmail.note': {
    other:
      'このリンクの有効期限は{count}時間で、1回のみ使えます。お心当たりのない場合は、このメールを破棄してください。',
  },

  'passwordReset.subject': 'パスワード再設定のご案内',
  'passwordReset.body':
    'パスワード再設定のお申し込みを受け付けました。下のボタンから新しいパスワードを設定してください。',
  'passwordReset.note': {
    other:
      'このリンクの有効期限は{count}分で、1回のみ使えます。お申し込みに心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
  },

  'passwordChanged.subject': 'パスワードが変更されました',
  'passwordChanged.body':
    'お使いのアカウントのパスワードが変更され、他の端末でのログインはすべて終了しました。',
  'passwordChanged.note':
    '変更に心当たりがない場合は、すぐに下のリンクからパスワードを再設定し、共創窓口へご連絡ください。',

  'staffWelcome.subject': '職員アカウントが作成されました',
  'staffWelcome.body':
    '官民共創ポータルに「{role}」としてアカウントが作成されました。下のボタンからパスワードを設定してご利用を開始してください。',
  'staffWelcome.button': 'パスワードを設定する',
  'staffWelcome.note': { other: 'このリンクの有効期限は{count}日で、1回のみ使えます。' },

  'invitation.subject': '{organization}への招待',
  'invitation.body':
    '{inviter} 様から、官民共創ポータルの「{organization}」のメンバーとして招待されました。メンバーになると、組織の提案の閲覧・作成ができます。',
  'invitation.button': '招待を受けてアカウントを作成する',
  'invitation.note': {
    other:
      'このリンクの有効期限は{count}日です。お心当たりのない場合は、このメールを破棄してください。',
  },

  'statusChanged.subject': '提案の状況が「{status}」になりました（{reference}）',
  'statusChanged.body': 'ご提案の状況が更新されました。',
  'statusChanged.reasonLabel': '市からのメッセージ',
  'statusChanged.next': '次のステップ: {next}',
  'statusChanged.button': '提案のページを開く',

  'received.subject': 'ご提案を受け付けました（{reference}）',
  'received.body':
    'ご提案を受け付けました。ありがとうございます。受付番号は今後のお問い合わせの際にお伝えください。',
  'received.submittedOn': '受付日',
  'received.screeningDue': '一次確認の期限',
  'received.screeningDueValue': '{date}（{days}以内）',
  'received.next':
    '次のステップ: 共創窓口が内容を確認し（一次確認）、担当部署を見つけて橋渡しします。追加でお伺いしたいことがある場合は、ポータルとメールでご連絡します。状況はいつでもポータルで確認できます。',
  'received.calendarLabel': '予算カレンダーについて',
  'received.button': '提案の状況を見る',

  'assigned.subject': '提案が橋渡しされました（{reference}）',
  'assigned.body': '共創窓口から、貴部署に提案が橋渡しされました。',
  'assigned.role': '担当区分',
  'assigned.role.lead': '主担当',
  'assigned.role.supporting': '支援',
  'assigned.decideBy': '受入判断の期限',
  'assigned.decideByValue': '{date}（{days}以内）',
  'assigned.noteLabel': '窓口からのメモ',
  'assigned.leadAsk':
    '内容をご確認のうえ、担当として受け入れるか、理由を添えて窓口へ戻してください。',

  'returned.subject': '担当部署から提案が戻されました（{reference}）',
  'returned.body':
    '{department}が、次の提案を窓口へ戻しました。別の担当部署への橋渡しをお願いします。',
  'returned.reasonLabel': '戻した理由',

  'mention.subject': '内部メモでメンションされました（{reference}）',
  'mention.body':
    '{author} さんが、提案「{title}」の内部メモであなたをメンションしました。内部メモは提案者には表示されません。',
  'mention.noteLabel': 'メモ',

  'message.subject': '新しいメッセージが届きました（{reference}）',
  'message.body':
    '提案「{title}」について、{from}からメッセージが届きました。返信はポータルからお願いします。',
  'message.quoteLabel': 'メッセージ',
  'message.button': 'メッセージを読む・返信する',

  'nda.signed.subject': '提案者が秘密保持契約に署名しました（{reference}）',
  'nda.signed.body':
    '提案「{title}」の秘密保持契約に提案者が署名しました。内容を確認のうえ、市の署名（副署）をお願いします。',
  'nda.inEffect.subject': '秘密保持契約が締結されました（{reference}）',
  'nda.inEffect.body':
    '提案「{title}」の秘密保持契約が双方の署名により締結されました。署名済みの契約書（PDF）はポータルからダウンロードできます。秘密情報の閲覧記録も提案のページでご確認いただけます。',
  'nda.button': '秘密保持契約を開く',

  'dialogue.subject': '対話{round}の記録をご確認ください（{reference}）',
  'dialogue.body':
    '提案「{title}」について、{heldOn}に行った対話{round}の記録を担当部署が登録しました。内容をご確認のうえ、「確認しました」を押すか、コメントをお寄せください。',
  'dialogue.button': '対話の記録を確認する',

  'digest.subject': '期限の状況（超過{overdue}件・間近{dueSoon}件）{date}',
  'digest.body': '{date} 時点の期限の状況です。',
  'digest.dueSoonWithin': '期限間近（{days}以内）',
  'digest.count': { other: '{count}件' },
  'digest.item': '{reference} {title}（期限 {due}・{status}）',
  'digest.more': { other: 'ほか{count}件は受付一覧でご確認ください。' },
  'digest.button': '受付一覧を開く',

  'departmentDigest.subject':
    '{department}の期限の状況（超過{overdue}件・間近{dueSoon}件・KPI確認待ち{kpis}件）{date}',
  'departmentDigest.body':
    '{date} 時点で、{department}が主担当の提案の期限の状況と、確認を待っているKPIの報告です。',
  'departmentDigest.kpis': 'KPI報告の確認待ち',
  'departmentDigest.kpiCount': { other: '{count}件' },
  'departmentDigest.kpiItem': '{reference} {title}：{kpi}（{period}・{reportedOn}報告）',
  'departmentDigest.optOut':
    'このメールが不要な場合は、アカウントのページで日次のお知らせを止められます。',
  'departmentDigest.account': 'アカウントの設定を開く',
  'handover.subject': '{from}の担当を{to}が引き継ぎました',
  'handover.body':
    '組織の再編に伴い、管理者が{from}の担当を{to}へ引き継ぎました。下に挙げたものは、これから{to}の担当です。',
  'handover.proposals': { other: '引き継いだ提案（{count}件）' },
  'handover.proposalItem': '{reference} {title}（{role}）',
  'handover.themes': { other: '引き継いだテーマ（{count}件）' },
  'handover.next':
    '期限とこれまでの経緯は、それぞれの提案の画面で確かめられます。まずは受付一覧で、引き継いだ提案を確認してください。',
  'escalation.subject': '期限を{days}超過しています（{reference}）',
  'escalation.body':
    '「{title}」の「{status}」の段階が、期限の{due}から{days}過ぎています。担当課と調整し、対応をお願いします。',
  'escalation.department': '主担当課',
  'escalation.status': '段階',
  'escalation.due': '期限',
  'escalation.overdue': '超過',
  'escalation.button': '提案を開く',

  'registrationAttempt.subject': 'ご登録済みのメールアドレスで新規登録のお申し込みがありました',
  'registrationAttempt.body':
    'このメールアドレスで官民共創ポータルへの新規登録のお申し込みがありました。このアドレスのアカウントは既にお持ちのため、新しいアカウントは作成していません。',
  'registrationAttempt.advice':
    'ご自身のお申し込みでしたら、今お持ちのアカウントでログインしてください。パスワードをお忘れの場合は、「パスワードを再設定する」から新しいパスワードを設定できます。',
  'registrationAttempt.login': 'ログインする',
  'registrationAttempt.note':
    'お心当たりのない場合は、このメールを破棄してください。アカウントとパスワードは変更されていません。',
  'statusChanged.dueDate': '次の予定日: {date}',
  'caseUpdate.subject': '{headline}（{reference}）',
  'caseUpdate.body': '「{title}」について、次のことがありました。',
  'caseUpdate.button': 'ポータルで確認する',
  'reportDue.subject': 'KPI の実績報告の期限が近づいています（{reference}）',
  'reportDue.body': '「{title}」の KPI「{kpi}」について、{period}の実績の報告期限は{dueOn}です。',
  'reportDue.advice':
    'ポータルの KPI の欄から、実績と説明（必要なら根拠の資料）を報告してください。',
  'reportDue.button': 'KPI を報告する',
  'verificationWaiting.subject': 'KPI の実績報告が確認を待っています（{reference}）',
  'verificationWaiting.body':
    '「{title}」の KPI「{kpi}」について、{period}の実績が{reportedOn}に報告され、確認を待っています。',
  'verificationWaiting.advice':
    '内容を確認し、「確認済み」にするか、提案者に質問してください（確認の目安は{days}）。',
  'verificationWaiting.button': '報告を確認する',
  'holdResumed.subject': '保留していた提案の検討を再開します（{reference}）',
  'holdResumed.body':
    '「{title}」は、保留の期間が{resumeOn}で終わりました。主担当の部署の受付箱に戻っています。',
  'holdResumed.advice': '改めて市の判断を記録し、採択・保留・不採択のいずれかを行ってください。',
  'themeAnswered.subject': 'テーマへのご質問に回答がありました',
  'themeAnswered.body': 'テーマ「{theme}」へのご質問に、担当部署が回答しました。',
  'themeAnswered.questionLabel': 'ご質問',
  'themeAnswered.answerLabel': '回答',
  'themeAnswered.public':
    '回答はテーマのページで公開され、どなたでも読めます。質問した方のお名前や組織名は公開されません。',
  'themeAnswered.button': 'テーマのページを見る',
  'themeClosing.subject': 'テーマの募集が{closesOn}に終了します（下書きの提案があります）',
  'themeClosing.body':
    '下書きの提案「{title}」のテーマ「{theme}」は、{closesOn}で募集を終了します。終了日を過ぎると、このテーマへの提案としては提出できません。',
  'themeClosing.button': '下書きを開いて提出する',
  'themeClosing.free':
    '間に合わない場合は、同じ内容を自由提案としていつでも提出できます。新しい自由提案を作成し、下書きの内容を写してください。',
  'themeClosing.freeButton': '自由提案を作成する',
  'themeStatus.submitted.subject': 'テーマの審査依頼が届きました',
  'themeStatus.submitted.body':
    '部署からテーマ「{theme}」が提出されました。内容を確認し、公開するか、コメントを付けて差し戻してください。',
  'themeStatus.published.subject': 'テーマが公開されました',
  'themeStatus.published.body':
    'テーマ「{theme}」が共創推進窓口の確認を経て公開されました。寄せられた質問には、テーマの画面から回答できます。',
  'themeStatus.sent_back.subject': 'テーマが差し戻されました',
  'themeStatus.sent_back.body':
    'テーマ「{theme}」が共創推進窓口から差し戻されました。コメントを読んで内容を直し、もう一度提出してください。',
  'themeStatus.commentLabel': '窓口からのコメント',
  'themeStatus.button': 'テーマを開く',
} as const;
