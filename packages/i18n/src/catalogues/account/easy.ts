import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  title: 'アカウント',
  profile: 'あなたの じょうほう',
  'language.hint': '画面と、ポータルから とどく メールの ことばです。',
  'digests.label': 'まいあさ、しめきりの おしらせを メールで うけとる',
  changePassword: 'パスワードを かえる',
  passwordChanged:
    'パスワードを かえました。ほかの パソコンや スマートフォンでは ログアウト しました。',
  organization: '会社・だんたいの じょうほう',
  members: 'メンバー',
  membersIntro: 'メンバーは 会社・だんたいの ていあんを 見たり 書いたり できます。',
  member: '{name}（{email}）',
  notVerified: 'メールアドレスの かくにんが まだです',
  invite: 'いっしょに はたらく 人を よぶ',
  inviteSent: '{email} に しょうたいの メールを おくりました。',
  pendingInvitations: 'しょうたい中',
  invitation: '{email}（{date}まで）',
  cancelInvitation: 'しょうたいを やめる',
  invitationCancelled: '{email} への しょうたいを やめました。',
} satisfies CatalogueOf<typeof ja>;
