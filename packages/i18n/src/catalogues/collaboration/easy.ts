import type { CatalogueOf } from '../../core';
import type ja from './ja';

/**
 * やさしい日本語 for what the proposer reads: messages, dialogue records, the access log and files.
 * The record form, internal notes and the desk's first check are for city staff (Japanese).
 */
export default {
  'messages.title': 'メッセージ',
  'messages.intro.proposer':
    '市の 担当の 部署や まどぐちと やりとりする ところです。あたらしい メッセージが とどくと、メールでも お知らせします。',
  'messages.intro.staff':
    'ていあんした 人と やりとりする ところです。おくると、ていあんした 人に メールが とどきます（職員の 名前は 出ません。部署の 名前で とどきます）。',
  'messages.none': 'まだ メッセージは ありません。',
  'messages.city': '市',
  'messages.sent': 'メッセージを おくりました。',
  'messages.body': 'メッセージ',
  'messages.file': 'ファイルを つける（なくても いいです）',
  'messages.fileHint': 'PDF、がぞう、Word・Excel・PowerPoint の ファイルです。{size}MBまで です。',
  'messages.send': 'メッセージを おくる',
  'messages.attachments': 'ついている ファイル',

  'dialogues.title': '話しあいの きろく（STEP 3）',
  'dialogues.intro':
    '市の 部署と ていあんした 人は 2回 話しあいます。1回目（対話①）は、もくてき、どんな よい ことが あるか、だれが 何を するか、お金の しくみ を 話します。2回目（対話②）は、ほうりつや ルール、こまった ときの せきにん、KPI（もくひょう）を 話します。2回目の きろくが できると、市の 中での けんとう（STEP 4）に すすめます。',
  'dialogues.none': 'まだ きろくは ありません。',
  'dialogues.round.1': '対話①（もくてき・よい こと・やくわり・お金の しくみ）',
  'dialogues.round.2': '対話②（ほうりつ・ルール、せきにん、KPI）',
  'dialogues.roundShort.1': '対話①',
  'dialogues.roundShort.2': '対話②',
  'dialogues.heldOn': '話しあった 日',
  'dialogues.cityAttendees': 'でた 人（市）',
  'dialogues.proposerAttendees': 'でた 人（ていあんした 人）',
  'dialogues.confirmation': 'ていあんした 人の かくにん',
  'dialogues.confirmedAt': 'かくにん しました（{date}）',
  'dialogues.notConfirmed': 'まだ かくにん していません',
  'dialogues.minutes': '話しあった こと',
  'dialogues.actionItems': 'つぎまでに する こと',
  'dialogues.item': '{description}（{side}・{owner}）',
  'dialogues.itemDue': '{description}（{side}・{owner}・{date}まで）',
  'dialogues.itemDone': '（おわりました）',
  'dialogues.side.city': '市',
  'dialogues.side.proposer': 'ていあんした 人',
  'dialogues.comments': 'コメント',
  'dialogues.comment': 'コメント',
  'dialogues.sendComment': 'コメントを おくる',
  'dialogues.confirm': 'きろくの 中みを かくにん しました',
  'dialogues.confirmed': 'きろくの 中みを かくにん しました。ありがとう ございます。',
  'dialogues.correct': 'きろくを なおす',
  'dialogues.record': '{round}の きろくを つくる',

  'accessLog.title': 'ひみつの じょうほうを 見た きろく',
  'accessLog.intro':
    'ひみつに した ところや ファイルを 市の 職員が 見たり ダウンロード したり すると、ここに きろくが のこります。きろくは かえたり けしたり できません。',
  'accessLog.none': 'まだ だれも 見て いません。',
  'accessLog.tableLabel': '見た きろく',
  'accessLog.when': 'いつ',
  'accessLog.views': { other: '{count}回（{first} から {last}）' },
  'accessLog.who': 'だれが（部署）',
  'accessLog.what': '何を',
  'accessLog.file': 'ファイルを ひらいた: {file}',
  'accessLog.sections': 'ていあんを 見た: {sections}',

  'files.title': 'ついている ファイル',
  'files.none': 'ファイルは ありません。',
  'files.size': '{kind}、{size} KB',
  'files.redacted':
    'ひみつの ファイル（{size}）: ひみつを まもる けいやくを むすんだ あとで ひらけます',
  'files.confidential': 'ひみつ',
} satisfies Partial<CatalogueOf<typeof ja>>;
