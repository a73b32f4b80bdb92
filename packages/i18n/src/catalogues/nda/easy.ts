import type { CatalogueOf } from '../../core';
import type ja from './ja';

/**
 * やさしい日本語 for the proposer: the whole NDA page but the city's own signature
 * (`countersign.*`, `staff.*`), which only the lead department reads.
 */
export default {
  'page.title': 'ひみつを まもる けいやく（NDA）',
  'page.intro':
    'ていあんの 中で「ひみつ」に した ことを、市が きちんと まもる ための けいやく です。ていあんした 人と 市（担当の 部署）の 両方が この ページで サインすると、けいやくが できます。そのあと、担当の 部署が ひみつの ところを 見られる ように なります。',
  'page.status': 'けいやくの ようす',
  'page.notStarted': 'まだ はじまって いません',
  'page.proposalStatus': 'ていあんの ようす',
  'page.startedAt': 'はじめた 日',
  'page.back': 'ていあんの ページに もどる',

  'status.awaiting_proposer': 'ていあんした 人の サインを まって います',
  'status.awaiting_city': '市の サインを まって います',
  'status.in_effect': 'けいやくが できました（ゆうこう）',
  'status.void': 'むこう',

  'next.proposer.open':
    '担当の 部署が ていあんを うけつけました。下の ボタンで けいやくの てつづきを はじめると、けいやくしょを 読んで サインが できます。',
  'next.notStarted':
    'けいやくの てつづきは まだ はじまって いません。担当の 部署か ていあんした 人が はじめます。',
  'next.beforeStep3':
    'けいやくの てつづきは、担当の 部署が ていあんを うけつけた あと（STEP 3）に はじめます。',
  'next.sign':
    'けいやくしょを よく 読んで、下で サインして ください。そのあと 市（担当の 部署）が サインすると、けいやくが できます。',
  'next.awaitingProposer':
    'ていあんした 人の サインを まって います。そのあと、担当の 部署が 市として サインします。',
  'next.proposer.awaitingCity':
    'サインを ありがとう ございました。市（担当の 部署）の サインを まって ください。けいやくが できたら、メールで お知らせします。',
  'next.inEffect':
    '両方が サインして、けいやくが できました。担当の 部署は ひみつの ところを 見る ことが できます。',
  'next.void':
    'この けいやくは つかえなく なりました。わからない ことは 担当の 部署に きいて ください。',

  'notice.opened': 'けいやくの てつづきを はじめました。',
  'notice.signed': 'サインしました。ありがとう ございました。',

  'skippable.title': 'ひみつに した ところは ありません',
  'skippable.body':
    'この ていあんには ひみつに した ところが ありません。だから、この けいやくを しないで 話しあいを はじめる ことも できます。',

  'open.title': 'てつづきを はじめる',
  'open.body':
    'いまの けいやくしょで けいやくを つくります。ていあんした 人が さきに サインし、そのあと 市が サインします。',
  'open.submit': 'けいやくの てつづきを はじめる',

  'agreement.title': 'けいやくしょ',
  'agreement.name': 'けんめい',
  'agreement.version': 'けいやくしょの はん',
  'agreement.versionValue': '第{version}はん',
  'agreement.sha256': '文の SHA-256（しるし）',
  'agreement.fullText': '{title}（ぜんぶの 文）',
  'agreement.japanese': 'けいやくしょは 日本語の 文に サインします。',

  'download.signed': 'サインした けいやくしょ（PDF）を ダウンロードする',
  'download.draft': 'けいやくしょ（PDF）を ダウンロードする',
  'download.draftNote': '両方の サインが おわるまでは、おわった サインだけが のって います。',

  'signatures.title': 'サインの きろく',
  'signatures.proposer': 'ていあんした 人の サイン',
  'signatures.city': '市の サイン',
  'signature.status': 'ようす',
  'signature.signed': 'サインしました',
  'signature.fullName': '名前',
  'signature.jobTitle': 'やくしょく',
  'signature.organization': '会社や だんたいの 名前',
  'signature.department': '部署',
  'signature.signedAt': 'サインした 日と 時間',
  'signature.ip': 'IPアドレス',
  'signature.device': 'つかった きかい',
  'signature.notRecorded': 'きろくが ありません',
  'signature.pending': 'まだ サインして いません。',

  'sign.heading': 'ていあんした 人の サイン',
  'sign.intro':
    '上の けいやくしょを さいごまで 読んで、サインする 人の 名前と やくしょくを 書いて ください。サインした 日と 時間、IPアドレス、つかった きかい、けいやくしょの 文の SHA-256 を サインの きろくとして のこします。',
  'sign.jobTitleHint': 'れい: 代表取締役、事業開発部長',
  'sign.consent': '上の けいやくしょを 読んで、どういします。',
  'sign.submit': 'サインする',

  'summary.skippable': 'ひみつに した ところが ないので、NDA なしで 話しあいに すすめます',
  'summary.notSigned': 'まだ けいやくして いません',
  'summary.todo.sign': 'けいやくしょに サインして ください。',
  'summary.todo.open': 'ひみつの 話を する まえに、けいやくの てつづきを はじめて ください。',
  'summary.open': 'けいやくの ページを ひらく',
} satisfies Partial<CatalogueOf<typeof ja>>;
