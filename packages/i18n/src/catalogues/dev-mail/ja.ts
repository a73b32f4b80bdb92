/** The development mailbox: e-mails kept when no SMTP server is configured. */
export default {
  title: '開発用メールボックス',
  intro:
    'SMTPサーバーが設定されていない開発環境では、送信したメールをここで確認できます。本番環境では表示されません。',
  unavailable:
    'このサーバーでは開発用メールボックスは使えません（本番環境、またはSMTPサーバーの設定あり）。',
  empty: 'まだメールはありません。',
  to: '宛先: {to}',
  refresh: '更新',
  html: 'HTML版',
  text: 'テキスト版',
  links: 'メール内のリンク',
  summary: '{to} · {sentAt}',
} as const;
