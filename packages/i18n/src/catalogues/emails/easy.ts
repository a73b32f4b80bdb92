import type { CatalogueOf } from '../../core';
import type ja from './ja';

/** やさしい日本語: every e-mail, for proposers and for staff who chose it. */
export default {
  'layout.subject': '【kyoso】{subject}',
  'layout.greeting': '{name} さま',
  'layout.greetingUnnamed': 'こんにちは。',
  'layout.quoteHeading': '【{label}】',
  'layout.footer': 'この メールに 返信しても、こたえる ことが できません。',

  'fact.reference': 'うけつけ番号',
  'fact.status': '今の じょうきょう',
  'reference.none': '番号は まだ ありません',
  'button.openProposal': 'ていあんを ひらく',
  'button.resetPassword': 'パスワードを つくりなおす',

  'verifyEmail.subject': 'メールアドレスを たしかめて ください',
  'verifyEmail.body':
    'kyoso に とうろく して くださって、ありがとう ございます。\n下の ボタンを おして、メールアドレスを たしかめて ください。そのあとで、ていあんを 書いて 出す ことが できます。',
  'verifyEmail.button': 'メールアドレスを たしかめる',
  'verifyEmail.note': {
    other:
      'この リンクは {count}時間 つかえます。つかえるのは 1回だけです。とうろく した おぼえが ない ときは、この メールを すてて ください。',
  },

  'passwordReset.subject': 'パスワードを つくりなおす ための メールです',
  'passwordReset.body':
    'パスワードを つくりなおしたい という もうしこみが ありました。下の ボタンを おして、あたらしい パスワードを きめて ください。',
  'passwordReset.note': {
    other:
      'この リンクは {count}分 つかえます。つかえるのは 1回だけです。もうしこんだ おぼえが ない ときは、この メールを すてて ください。パスワードは かわりません。',
  },

  'passwordChanged.subject': 'パスワードが かわりました',
  'passwordChanged.body':
    'あなたの アカウントの パスワードが かわりました。ほかの パソコンや スマートフォンでの ログインは、ぜんぶ おわりに しました。',
  'passwordChanged.note':
    'あなたが かえた おぼえが ない ときは、すぐに 下の リンクから パスワードを つくりなおして ください。そして、市の まどぐちに れんらく して ください。',

  'staffWelcome.subject': '職員の アカウントが できました',
  'staffWelcome.body':
    'kyoso に「{role}」の アカウントを つくりました。下の ボタンを おして パスワードを きめると、つかいはじめる ことが できます。',
  'staffWelcome.button': 'パスワードを きめる',
  'staffWelcome.note': {
    other: 'この リンクは {count}日 つかえます。つかえるのは 1回だけです。',
  },

  'invitation.subject': '{organization}からの しょうたい',
  'invitation.body':
    '{inviter} さんが、あなたを kyoso の「{organization}」の メンバーに しょうたい しました。メンバーに なると、この 会社・だんたいの ていあんを 見たり 書いたり できます。',
  'invitation.button': 'しょうたいを うけて アカウントを つくる',
  'invitation.note': {
    other:
      'この リンクは {count}日 つかえます。おぼえが ない ときは、この メールを すてて ください。',
  },

  'statusChanged.subject': 'ていあんの じょうきょうが「{status}」に なりました（{reference}）',
  'statusChanged.body': 'あなたの ていあんの じょうきょうが かわりました。',
  'statusChanged.reasonLabel': '市からの メッセージ',
  'statusChanged.next': 'このあと: {next}',
  'statusChanged.button': 'ていあんの ページを ひらく',

  'received.subject': 'ていあんを うけつけました（{reference}）',
  'received.body':
    'ていあんを うけつけました。ありがとう ございます。市に といあわせる ときは、うけつけ番号を つたえて ください。',
  'received.submittedOn': 'うけつけた 日',
  'received.screeningDue': 'まどぐちが たしかめる しめきり',
  'received.screeningDueValue': '{date}までです。うけつけた 日から {days}です。',
  'received.next':
    'このあと: 市の まどぐちが ないようを たしかめて、たんとうの 部署を さがします。もっと 聞きたい ことが ある ときは、ポータルと メールで れんらく します。今の じょうきょうは、いつでも ポータルで 見る ことが できます。',
  'received.calendarLabel': '市の よさんカレンダーに ついて',
  'received.button': 'ていあんの じょうきょうを 見る',

  'assigned.subject': 'ていあんが 部署に わたされました（{reference}）',
  'assigned.body': '市の まどぐちから、あなたの 部署に ていあんが わたされました。',
  'assigned.role': 'やくわり',
  'assigned.role.lead': 'おもな たんとう',
  'assigned.role.supporting': 'てつだい',
  'assigned.decideBy': 'たんとう するか きめる しめきり',
  'assigned.decideByValue': '{date}までです。わたされた 日から {days}です。',
  'assigned.noteLabel': 'まどぐちからの メモ',
  'assigned.leadAsk':
    'ないようを 読んで、たんとう するか きめて ください。たんとう しない ときは、りゆうを 書いて まどぐちに もどして ください。',

  'returned.subject': '部署が ていあんを もどしました（{reference}）',
  'returned.body':
    '{department}が、この ていあんを まどぐちに もどしました。ほかの 部署に わたして ください。',
  'returned.reasonLabel': 'もどした りゆう',

  'mention.subject': 'ないぶの メモに あなたの 名前が あります（{reference}）',
  'mention.body':
    '{author} さんが、ていあん「{title}」の ないぶの メモに あなたの 名前を 書きました。ないぶの メモは、ていあんした 人には 見えません。',
  'mention.noteLabel': 'メモ',

  'message.subject': 'あたらしい メッセージが とどきました（{reference}）',
  'message.body':
    'ていあん「{title}」に ついて、{from}から メッセージが とどきました。返事は ポータルから して ください。',
  'message.quoteLabel': 'メッセージ',
  'message.button': 'メッセージを 読む・返事を する',

  'nda.signed.subject': 'ていあんした 人が NDAに サインしました（{reference}）',
  'nda.signed.body':
    'ていあん「{title}」の ひみつを まもる やくそく（NDA）に、ていあんした 人が サインしました。ないようを たしかめて、市の サインを して ください。',
  'nda.inEffect.subject': 'ひみつを まもる やくそく（NDA）が はじまりました（{reference}）',
  'nda.inEffect.body':
    'ていあん「{title}」の ひみつを まもる やくそく（NDA）に、市と あなたの りょうほうが サインしました。サインした 書類（PDF）は ポータルから ダウンロード できます。市の 職員が ひみつの じょうほうを 見た きろくも、ていあんの ページで 見る ことが できます。',
  'nda.button': 'やくそく（NDA）を ひらく',

  'dialogue.subject': 'はなしあい{round}の きろくを たしかめて ください（{reference}）',
  'dialogue.body':
    'ていあん「{title}」に ついて、{heldOn}に した はなしあい{round}の きろくを、部署が 書きました。ないようを 読んで、「たしかめました」を おして ください。ちがう ところが あれば、コメントを 書いて ください。',
  'dialogue.button': 'はなしあいの きろくを 見る',

  'digest.subject': 'しめきりの じょうきょう（すぎた もの {overdue}・もうすぐ {dueSoon}）{date}',
  'digest.body': '{date} の しめきりの じょうきょうです。',
  'digest.dueSoonWithin': 'あと {days}で しめきりの もの',
  'digest.count': { other: '{count}こ' },
  'digest.item': '{reference} {title}（しめきり {due}・{status}）',
  'digest.more': { other: 'ほかに {count}こ あります。うけつけ一覧で 見て ください。' },
  'digest.button': 'うけつけ一覧を ひらく',

  'departmentDigest.subject':
    '{department}の しめきり（すぎた もの {overdue}・もうすぐ {dueSoon}・KPIの かくにん {kpis}）{date}',
  'departmentDigest.body':
    '{date} の、{department}が たんとうの ていあんの しめきりと、かくにんを まっている KPIの ほうこくです。',
  'departmentDigest.kpis': 'かくにんを まっている KPIの ほうこく',
  'departmentDigest.kpiCount': { other: '{count}こ' },
  'departmentDigest.kpiItem': '{reference} {title}：{kpi}（{period}・{reportedOn}に ほうこく）',
  'departmentDigest.optOut':
    'この メールが いらない ときは、アカウントの ページで まいにちの おしらせを とめられます。',
  'departmentDigest.account': 'アカウントの ページを ひらく',
  'handover.subject': '{from}の しごとを {to}が ひきつぎました',
  'handover.body':
    '市の 組織が かわるため、{from}の しごとを {to}が ひきつぐ ことに なりました。下に ある ものは、これから {to}の たんとうです。',
  'handover.proposals': { other: 'ひきついだ ていあん（{count}けん）' },
  'handover.proposalItem': '{reference} {title}（{role}）',
  'handover.themes': { other: 'ひきついだ テーマ（{count}けん）' },
  'handover.next':
    'きげんや これまでの ながれは、それぞれの ていあんの ページで 見られます。まず うけつけ いちらんで、ひきついだ ていあんを たしかめてください。',
  'escalation.subject': 'しめきりを {days} すぎて います（{reference}）',
  'escalation.body':
    '「{title}」の「{status}」の だんかいが、しめきりの {due}から {days} すぎて います。たんとうの 課と はなして、すすめて ください。',
  'escalation.department': 'たんとうの 課',
  'escalation.status': 'だんかい',
  'escalation.due': 'しめきり',
  'escalation.overdue': 'すぎた 日',
  'escalation.button': 'ていあんを ひらく',

  'registrationAttempt.subject': 'あなたの メールアドレスで とうろくの もうしこみが ありました',
  'registrationAttempt.body':
    'この メールアドレスで、kyoso に あたらしく とうろく したい という もうしこみが ありました。この メールアドレスの アカウントは もう あります。なので、あたらしい アカウントは つくって いません。',
  'registrationAttempt.advice':
    'あなたが もうしこんだ ときは、今の アカウントで ログインして ください。パスワードを わすれた ときは、「パスワードを つくりなおす」から あたらしい パスワードを きめる ことが できます。',
  'registrationAttempt.login': 'ログインする',
  'registrationAttempt.note':
    'おぼえが ない ときは、この メールを すてて ください。アカウントも パスワードも かわって いません。',
  'statusChanged.dueDate': 'つぎの よていの 日: {date}',
  'caseUpdate.subject': '{headline}（{reference}）',
  'caseUpdate.body': '「{title}」に ついて、つぎの ことが ありました。',
  'caseUpdate.button': 'ポータルで 見る',
  'reportDue.subject': 'もくひょうの 数字（KPI）の ほうこくの しめきりが ちかいです（{reference}）',
  'reportDue.body': '「{title}」の「{kpi}」の {period}の けっかは、{dueOn}までに 出して ください。',
  'reportDue.advice': 'ポータルの KPI の ところから、けっかと せつめいを 出して ください。',
  'reportDue.button': 'けっかを 出す',
  'verificationWaiting.subject': 'KPI の ほうこくが たしかめるのを まっています（{reference}）',
  'verificationWaiting.body':
    '「{title}」の「{kpi}」の {period}の けっかが {reportedOn}に とどいて います。',
  'verificationWaiting.advice':
    'ないようを たしかめて、「たしかめた」に するか、しつもんして ください（めやすは {days}）。',
  'verificationWaiting.button': 'ほうこくを 見る',
  'holdResumed.subject': 'まっていた ていあんを もう一度 かんがえます（{reference}）',
  'holdResumed.body':
    '「{title}」は {resumeOn}で まつ きかんが おわりました。部署の うけつけばこに もどって います。',
  'holdResumed.advice':
    'もう一度 市が きめたことを 書いて、すすめる・まつ・できない の どれかを えらんで ください。',
  'themeAnswered.subject': 'テーマへの しつもんに こたえが ありました',
  'themeAnswered.body':
    'テーマ「{theme}」への あなたの しつもんに、たんとうの ぶしょが こたえました。',
  'themeAnswered.questionLabel': 'あなたの しつもん',
  'themeAnswered.answerLabel': 'こたえ',
  'themeAnswered.public':
    'こたえは テーマの ページで だれでも 読めます。しつもんした 人の 名前や 会社の 名前は 出ません。',
  'themeAnswered.button': 'テーマの ページを 見る',
  'themeClosing.subject':
    'テーマの ぼしゅうが {closesOn}に おわります（したがきの ていあんが あります）',
  'themeClosing.body':
    'したがきの ていあん「{title}」の テーマ「{theme}」は、{closesOn}で ぼしゅうが おわります。その 日を すぎると、この テーマの ていあんとして 出せません。',
  'themeClosing.button': 'したがきを ひらいて 出す',
  'themeClosing.free':
    'まにあわない ときは、同じ ないようを じゆうな ていあん として いつでも 出せます。あたらしい じゆうな ていあんを つくって、したがきの ないようを うつして ください。',
  'themeClosing.freeButton': 'じゆうな ていあんを つくる',
  'themeStatus.submitted.subject': 'テーマの しんさの おねがいが とどきました',
  'themeStatus.submitted.body':
    'ぶしょから テーマ「{theme}」が 出されました。たしかめて、こうかい するか、コメントを つけて もどして ください。',
  'themeStatus.published.subject': 'テーマが こうかい されました',
  'themeStatus.published.body':
    'テーマ「{theme}」が まどぐちの しんさの あと こうかい されました。とどいた しつもんには テーマの ページから こたえられます。',
  'themeStatus.sent_back.subject': 'テーマが もどされました',
  'themeStatus.sent_back.body':
    'テーマ「{theme}」が まどぐちから もどされました。コメントを 読んで なおし、もう一度 出して ください。',
  'themeStatus.commentLabel': 'まどぐちからの コメント',
  'themeStatus.button': 'テーマを ひらく',
} satisfies CatalogueOf<typeof ja>;
