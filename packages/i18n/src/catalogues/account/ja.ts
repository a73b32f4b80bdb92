/** The account page: profile and language, password, the organisation and its members. */
export default {
  title: 'アカウント',
  profile: 'プロフィール',
  'language.hint': '画面の表示と、ポータルから届くメールの言語です。',
  changePassword: 'パスワードの変更',
  passwordChanged: 'パスワードを変更しました。他の端末ではログアウトされました。',
  organization: '組織の情報',
  members: 'メンバー',
  membersIntro: 'メンバーは組織の提案を閲覧・作成できます。',
  member: '{name}（{email}）',
  notVerified: 'メールアドレス未確認',
  invite: '同僚を招待する',
  inviteSent: '{email} に招待メールを送りました。',
  pendingInvitations: '招待中',
  invitation: '{email}（有効期限 {date}）',
  cancelInvitation: '招待を取り消す',
  invitationCancelled: '{email} への招待を取り消しました。',
} as const;
