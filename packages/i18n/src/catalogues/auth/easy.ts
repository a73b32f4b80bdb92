import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  email: 'メールアドレス',
  password: 'パスワード',
  newPassword: 'あたらしい パスワード',
  currentPassword: '今の パスワード',
  'password.hint':
    '10文字より 多く してください。よく つかわれる パスワードは つかえません。この サイトや 市の 名前（kyoso、kitakyushu など）や メールアドレスが 入った パスワードも つかえません。',
  'password.show': 'パスワードを 見せる',
  name: 'あなたの 名前',
  language: 'メールと 画面の ことば',
  'login.title': 'ログイン',
  'login.submit': 'ログインする',
  'login.noAccount': 'アカウントが ない 人は',
  'login.forgot': 'パスワードを わすれた 人',
  'login.resend': 'かくにんの メールを もう一度 おくる',
  'login.resent':
    'かくにんの メールを もう一度 おくりました。メールの リンクを ひらいて ください。',
  'register.title': 'ていあんする 人の とうろく',
  'register.intro':
    '会社や だんたいが 市に ていあんを する ための アカウントです。とうろくした あと、メールが とどきます。メールの リンクを ひらくと つかえるように なります。市の しょくいんの アカウントは かんりしゃが つくります。',
  'register.you': 'たんとうの 人',
  'register.organization': '会社・だんたい',
  'organization.chooseKind': 'えらんで ください',
  'organization.corporateNumber': '法人番号（13けた）',
  'organization.corporateNumberHint':
    '国（国税庁）が きめた 会社の 番号です。ある ときだけ 書いて ください。',
  'register.consent':
    '<terms>つかう ときの ルール</terms>と <privacy>個人情報の あつかい</privacy>に どういします',
  'register.consentRequired': 'とうろくするには「どういします」に チェックを 入れて ください。',
  'register.submit': 'とうろくする',
  'register.done.title': 'かくにんの メールを おくりました',
  'register.done.body':
    '{email} に メールを おくりました。メールの リンクを ひらくと とうろくが おわります（48時間の あいだに ひらいて ください）。もう アカウントが ある ときは、ログインの しかたを メールで おしらせします。メールが こない ときは、めいわくメールの フォルダも 見て ください。',
  'register.done.devHint':
    'かいはつ用の サイトでは、メールは <link>かいはつ用の メールボックス</link>で 見られます。',
  'verify.title': 'メールアドレスの かくにん',
  'verify.done': 'メールアドレスを かくにんしました。ログインして つかって ください。',
  'link.missing': 'リンクが ただしく ありません。メールの リンクを そのまま ひらいて ください。',
  'forgot.title': 'パスワードを あたらしく する',
  'forgot.intro':
    'とうろくした メールアドレスを 書いて ください。パスワードを あたらしく する ための リンクを おくります。',
  'forgot.submit': 'メールを おくる',
  'forgot.done':
    'この メールアドレスが とうろく されていれば、メールを おくりました（60分の あいだに ひらいて ください）。',
  'reset.title': 'あたらしい パスワードを きめる',
  'reset.welcomeTitle': 'パスワードを きめる',
  'reset.submit': 'パスワードを きめる',
  'reset.done': 'パスワードを きめました。あたらしい パスワードで ログインして ください。',
  'join.title': '会社・だんたいへの しょうたい',
  'join.intro': '「{organization}」の メンバーとして、{email} の アカウントを つくります。',
  'join.submit': 'アカウントを つくる',
} satisfies CatalogueOf<typeof ja>;
