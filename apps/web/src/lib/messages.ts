import type { LocalizedText } from '@kyoso/contracts/i18n';

/** Every sentence of the web app's chrome and forms, in Japanese and English. */
export const MESSAGES = {
  // Layout
  'app.name': { ja: 'kyoso 官民共創ポータル', en: 'kyoso co-creation portal' },
  'app.tagline': {
    ja: '市と企業がともに地域の課題を解く、共創提案の窓口',
    en: 'The one-stop desk where the city and businesses solve local problems together',
  },
  'app.skipToContent': { ja: '本文へ移動', en: 'Skip to main content' },
  'app.language': { ja: '言語', en: 'Language' },
  'app.switchToEnglish': { ja: 'English', en: 'English' },
  'app.switchToJapanese': { ja: '日本語', en: '日本語' },
  'app.mainNavigation': { ja: 'メインメニュー', en: 'Main menu' },
  'app.loading': { ja: '読み込み中…', en: 'Loading…' },
  'app.footer.city': {
    ja: '{city} 官民共創ポータル（共創窓口）',
    en: '{city} co-creation portal (co-creation desk)',
  },
  'app.footer.guide': { ja: '提案のガイド', en: 'Proposal guide' },
  'app.footer.privacy': { ja: '個人情報の取扱い', en: 'Privacy policy' },
  'app.footer.terms': { ja: '利用規約', en: 'Terms of use' },
  'app.footer.api': { ja: 'API 仕様', en: 'API reference' },

  'nav.home': { ja: 'ホーム', en: 'Home' },
  'nav.themes': { ja: '募集テーマ', en: 'Themes' },
  'nav.guide': { ja: '提案ガイド', en: 'Guide' },
  'nav.calendar': { ja: '予算カレンダー', en: 'Budget calendar' },
  'nav.myProposals': { ja: '自社の提案', en: 'My proposals' },
  'nav.inbox': { ja: '受付一覧', en: 'Inbox' },
  'nav.departmentInbox': { ja: '担当案件', en: 'Assigned proposals' },
  'nav.users': { ja: 'アカウント管理', en: 'Accounts' },
  'nav.ndaTemplates': { ja: '秘密保持契約のひな形', en: 'NDA templates' },
  'nav.calendarSettings': { ja: '予算カレンダーの設定', en: 'Calendar settings' },
  'nav.routingReport': { ja: '振り分けの状況', en: 'Routing report' },
  'nav.account': { ja: 'アカウント', en: 'My account' },
  'nav.login': { ja: 'ログイン', en: 'Log in' },
  'nav.register': { ja: '新規登録', en: 'Register' },
  'nav.logout': { ja: 'ログアウト', en: 'Log out' },
  'nav.devMail': { ja: '開発用メールボックス', en: 'Dev mailbox' },
  'nav.loggedInAs': { ja: '{name} さん（{role}）', en: '{name} ({role})' },

  // Generic
  'common.save': { ja: '保存する', en: 'Save' },
  'common.saving': { ja: '保存中…', en: 'Saving…' },
  'common.saved': { ja: '保存しました。', en: 'Saved.' },
  'common.cancel': { ja: 'キャンセル', en: 'Cancel' },
  'common.back': { ja: '戻る', en: 'Back' },
  'common.required': { ja: '必須', en: 'Required' },
  'common.optional': { ja: '任意', en: 'Optional' },
  'common.send': { ja: '送信する', en: 'Send' },
  'common.sending': { ja: '送信中…', en: 'Sending…' },
  'common.errorSummary': {
    ja: '入力内容を確認してください（{count}件）',
    en: 'Please check {count} field(s)',
  },
  'common.networkError': {
    ja: '通信できませんでした。接続を確認して、もう一度お試しください。入力した内容は消えていません。',
    en: 'We could not reach the server. Check your connection and try again: what you typed is kept.',
  },
  'common.retry': { ja: '再試行', en: 'Try again' },
  'common.none': { ja: 'なし', en: 'None' },
  'common.characters': { ja: '{count} / {max} 文字', en: '{count} / {max} characters' },
  'common.page': { ja: '{page} / {pages} ページ', en: 'Page {page} of {pages}' },
  'common.previous': { ja: '前へ', en: 'Previous' },
  'common.next': { ja: '次へ', en: 'Next' },
  'common.close': { ja: '閉じる', en: 'Close' },
  'common.yes': { ja: 'はい', en: 'Yes' },
  'common.no': { ja: 'いいえ', en: 'No' },

  // Auth
  'auth.email': { ja: 'メールアドレス', en: 'E-mail address' },
  'auth.password': { ja: 'パスワード', en: 'Password' },
  'auth.passwordHint': {
    ja: '10文字以上。よく使われるパスワードや、メールアドレスを含むものは使えません。',
    en: 'At least 10 characters. Common passwords and ones containing your e-mail address are refused.',
  },
  'auth.newPassword': { ja: '新しいパスワード', en: 'New password' },
  'auth.currentPassword': { ja: '現在のパスワード', en: 'Current password' },
  'auth.name': { ja: 'お名前', en: 'Your name' },
  'auth.language': { ja: 'メールや画面の言語', en: 'Language for e-mails and screens' },
  'auth.login.title': { ja: 'ログイン', en: 'Log in' },
  'auth.login.submit': { ja: 'ログインする', en: 'Log in' },
  'auth.login.noAccount': { ja: 'アカウントをお持ちでない方は', en: 'No account yet?' },
  'auth.login.forgot': { ja: 'パスワードを忘れた方', en: 'Forgot your password?' },
  'auth.login.resend': { ja: '確認メールを再送する', en: 'Send the confirmation e-mail again' },
  'auth.login.resent': {
    ja: '確認メールを再送しました。メールのリンクを開いてください。',
    en: 'We sent the confirmation e-mail again. Open the link in it.',
  },
  'auth.register.title': { ja: '提案者の新規登録', en: 'Register as a proposer' },
  'auth.register.intro': {
    ja: '企業・団体の方が市へ共創の提案をするためのアカウントです。登録後、確認メールのリンクを開くと利用を開始できます。市の職員の方は管理者がアカウントを作成します。',
    en: 'An account for companies and organisations proposing co-creation to the city. After registering, open the link in the confirmation e-mail to start. City staff accounts are created by an administrator.',
  },
  'auth.register.you': { ja: 'ご担当者', en: 'You' },
  'auth.register.organization': { ja: '組織（企業・団体）', en: 'Your organisation' },
  'auth.register.orgName': { ja: '組織名', en: 'Organisation name' },
  'auth.register.orgKind': { ja: '組織の種類', en: 'Kind of organisation' },
  'auth.register.corporateNumber': {
    ja: '法人番号（13桁）',
    en: 'Corporate number (法人番号, 13 digits)',
  },
  'auth.register.corporateNumberHint': {
    ja: '国税庁の法人番号です。お持ちの場合のみ入力してください。',
    en: 'Your National Tax Agency corporate number, if you have one.',
  },
  'auth.register.consent': {
    ja: '利用規約と個人情報の取扱いに同意します',
    en: 'I agree to the terms of use and the privacy policy',
  },
  'auth.register.consentRequired': {
    ja: '登録には同意が必要です。',
    en: 'You need to agree to register.',
  },
  'auth.register.submit': { ja: '登録する', en: 'Register' },
  'auth.register.done.title': { ja: '確認メールを送信しました', en: 'Check your e-mail' },
  'auth.register.done.body': {
    ja: '{email} に確認メールを送りました。メールのリンクを開いて登録を完了してください（有効期限48時間）。このアドレスのアカウントを既にお持ちの場合は、ログインまたはパスワード再設定のご案内をお送りしています。届かない場合は迷惑メールフォルダもご確認ください。',
    en: 'We sent a confirmation e-mail to {email}. Open its link to finish registering (valid for 48 hours). If this address already has an account, the e-mail tells you how to log in or reset your password instead. If nothing arrives, check your spam folder.',
  },
  'auth.register.done.devHint': {
    ja: '開発環境では、メールは開発用メールボックスで確認できます。',
    en: 'In development, the e-mail is in the development mailbox.',
  },
  'auth.verify.title': { ja: 'メールアドレスの確認', en: 'Confirm your e-mail address' },
  'auth.verify.working': { ja: '確認しています…', en: 'Confirming…' },
  'auth.verify.done': {
    ja: 'メールアドレスを確認しました。ログインしてご利用ください。',
    en: 'Your e-mail address is confirmed. You can now log in.',
  },
  'auth.verify.missing': {
    ja: 'リンクが正しくありません。メールのリンクをそのまま開いてください。',
    en: 'This link is incomplete. Open the link from the e-mail as it is.',
  },
  'auth.forgot.title': { ja: 'パスワードの再設定', en: 'Reset your password' },
  'auth.forgot.intro': {
    ja: '登録したメールアドレスを入力してください。再設定のためのリンクをお送りします。',
    en: 'Enter your e-mail address and we will send you a link to choose a new password.',
  },
  'auth.forgot.submit': { ja: '再設定メールを送る', en: 'Send the reset link' },
  'auth.forgot.done': {
    ja: 'このメールアドレスが登録されていれば、再設定のメールを送りました（有効期限60分）。',
    en: 'If this address has an account, we have sent it a reset link (valid for 60 minutes).',
  },
  'auth.reset.title': { ja: '新しいパスワードの設定', en: 'Choose a new password' },
  'auth.reset.welcomeTitle': { ja: 'パスワードの設定', en: 'Set your password' },
  'auth.reset.submit': { ja: 'パスワードを設定する', en: 'Set the password' },
  'auth.reset.done': {
    ja: 'パスワードを設定しました。新しいパスワードでログインしてください。',
    en: 'Your password is set. Log in with it.',
  },
  'auth.join.title': { ja: '組織への招待', en: 'Join your organisation' },
  'auth.join.intro': {
    ja: '「{organization}」のメンバーとして、{email} のアカウントを作成します。',
    en: 'Create the account {email} as a member of "{organization}".',
  },
  'auth.join.submit': { ja: 'アカウントを作成する', en: 'Create my account' },

  // Account
  'account.title': { ja: 'アカウント', en: 'My account' },
  'account.profile': { ja: 'プロフィール', en: 'Profile' },
  'account.changePassword': { ja: 'パスワードの変更', en: 'Change password' },
  'account.passwordChanged': {
    ja: 'パスワードを変更しました。他の端末ではログアウトされました。',
    en: 'Password changed. You were logged out everywhere else.',
  },
  'account.organization': { ja: '組織の情報', en: 'Organisation' },
  'account.members': { ja: 'メンバー', en: 'Members' },
  'account.membersIntro': {
    ja: 'メンバーは組織の提案を閲覧・作成できます。',
    en: 'Members can read and write the organisation’s proposals.',
  },
  'account.invite': { ja: '同僚を招待する', en: 'Invite a colleague' },
  'account.inviteSent': {
    ja: '{email} に招待メールを送りました。',
    en: 'We sent an invitation to {email}.',
  },
  'account.pendingInvitations': { ja: '招待中', en: 'Pending invitations' },
  'account.cancelInvitation': { ja: '招待を取り消す', en: 'Cancel the invitation' },
  'account.expires': { ja: '有効期限 {date}', en: 'Expires {date}' },
  'account.notVerified': { ja: '未確認', en: 'not confirmed' },
  'account.department': { ja: '所属', en: 'Department' },
  'account.role': { ja: '役割', en: 'Role' },

  // Admin
  'admin.users.title': { ja: 'アカウント管理', en: 'Accounts' },
  'admin.users.create': { ja: '職員アカウントを作成', en: 'Create a staff account' },
  'admin.users.createIntro': {
    ja: '作成すると、本人にパスワード設定用のリンクをメールで送ります（有効期限7日）。',
    en: 'The person receives an e-mail with a link to set a password (valid for 7 days).',
  },
  'admin.users.created': {
    ja: '{email} のアカウントを作成し、案内メールを送りました。',
    en: 'Created {email} and sent the welcome e-mail.',
  },
  'admin.users.role': { ja: '役割', en: 'Role' },
  'admin.users.department': { ja: '所属部署', en: 'Department' },
  'admin.users.chooseDepartment': { ja: '部署を選んでください', en: 'Choose a department' },
  'admin.users.status': { ja: '状態', en: 'Status' },
  'admin.users.active': { ja: '有効', en: 'Active' },
  'admin.users.disabled': { ja: '停止中', en: 'Disabled' },
  'admin.users.pendingPassword': { ja: 'パスワード未設定', en: 'Password not set' },
  'admin.users.disable': { ja: '利用停止', en: 'Disable' },
  'admin.users.enable': { ja: '利用再開', en: 'Enable' },
  'admin.users.filter': { ja: '絞り込み', en: 'Filter' },
  'admin.users.search': { ja: '名前・メールで検索', en: 'Search name or e-mail' },
  'admin.users.all': { ja: 'すべての役割', en: 'All roles' },
  'admin.users.organization': { ja: '組織', en: 'Organisation' },

  // Dev mail
  'devMail.title': { ja: '開発用メールボックス', en: 'Development mailbox' },
  'devMail.intro': {
    ja: 'SMTPサーバーが設定されていない開発環境では、送信したメールをここで確認できます。本番環境では表示されません。',
    en: 'With no SMTP server configured (development), the e-mails the portal sends are kept here. Never shown in production.',
  },
  'devMail.empty': { ja: 'まだメールはありません。', en: 'No e-mail yet.' },
  'devMail.to': { ja: '宛先', en: 'To' },
  'devMail.subject': { ja: '件名', en: 'Subject' },
  'devMail.sentAt': { ja: '送信日時', en: 'Sent' },
  'devMail.refresh': { ja: '更新', en: 'Refresh' },
  'devMail.html': { ja: 'HTML版', en: 'HTML version' },
  'devMail.text': { ja: 'テキスト版', en: 'Text version' },
  'devMail.links': { ja: 'メール内のリンク', en: 'Links in this e-mail' },

  // Errors and not found
  'error.notFound.title': { ja: 'ページが見つかりません', en: 'Page not found' },
  'error.notFound.body': {
    ja: 'お探しのページは移動したか、削除された可能性があります。また、閲覧する権限がない場合も表示されます。',
    en: 'The page may have moved or been removed, or you may not have access to it.',
  },
  'error.generic.title': { ja: '問題が発生しました', en: 'Something went wrong' },
  'error.generic.body': {
    ja: '時間をおいて再度お試しください。解決しない場合は共創窓口へお問い合わせください。',
    en: 'Please try again later. If it persists, contact the co-creation desk.',
  },
  'error.backHome': { ja: 'ホームへ戻る', en: 'Back to the home page' },
  'error.loginRequired': {
    ja: 'このページを見るにはログインしてください。',
    en: 'Please log in to see this page.',
  },
  'error.forbidden': {
    ja: 'このページを利用する権限がありません。',
    en: 'You do not have access to this page.',
  },

  // Home (by role)
  'home.hello': { ja: 'ようこそ、{name} さん', en: 'Welcome, {name}' },
  'home.proposer.intro': {
    ja: '自社の提案の状況を確認したり、新しい提案を始めたりできます。',
    en: 'Follow your proposals or start a new one.',
  },
  'home.coordinator.intro': {
    ja: '新しい提案の一次確認と担当部署への橋渡しを行います。',
    en: 'Check new proposals and route them to the right departments.',
  },
  'home.department.intro': {
    ja: '{department}に橋渡しされた提案を確認し、対話を進めます。',
    en: 'Review the proposals routed to {department} and hold the dialogues.',
  },
  'home.admin.intro': {
    ja: '職員アカウントや部署、テーマなどを管理します。',
    en: 'Manage staff accounts, departments and themes.',
  },
  'home.goInbox': { ja: '受付一覧を開く', en: 'Open the inbox' },
  'home.goMyProposals': { ja: '自社の提案を見る', en: 'See my proposals' },
  'home.goUsers': { ja: 'アカウント管理へ', en: 'Manage accounts' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;
