import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'start.title': 'ていあんを はじめる',
  'start.lead':
    '書いた ことは じどうで ほぞんされます。とちゅうで やめても、あとで つづきが 書けます。',
  'start.theme.title': 'テーマに ていあんする',
  'start.theme.lead':
    '市の テーマに こたえる ていあんを はじめます。書いた ことは じどうで ほぞんされます。とちゅうで やめても、あとで つづきが 書けます。',
  'start.theme.start': 'この テーマへの ていあんを はじめる',
  'start.theme.closed':
    'この テーマは 今 ぼしゅう して いません。自由な ていあんとして 出して ください。',
  'start.free.body':
    'テーマに ない ことでも だいじょうぶです。あなたが 見つけた まちの こまりごとと、かいけつの ほうほうを ていあんします。',
  'start.free.start': '自由な ていあんを はじめる',
  'start.themes.body': '市が 出している テーマから えらんで ていあんします。',
  'start.themes.choose': 'テーマを えらぶ',
  'step.overview': 'かんたんな せつめい',
  'step.problem': 'こまりごとと、どうして この 市か',
  'step.solution': 'かいけつの ほうほうと やくわり',
  'step.budget': '市の お金と、市に おねがいしたい こと',
  'step.impact': 'よく なる ことと もくひょう',
  'step.contact': 'れんらくさき・ひみつ・ファイル',
  'step.review': 'たしかめて 出す',
  'editor.title': 'ていあんを 書く — {step}/{steps} {name}',
  'editor.kindOnTheme': '{kind}：{theme}',
  'editor.restored':
    'まえに ほぞん できなかった ないようを、この パソコンや スマートフォンから もどしました。',
  'editor.steps': '書く じゅんばん',
  'editor.back': 'まえへ',
  'editor.next': 'ほぞんして つぎへ',
  'editor.later': 'ほぞんして やめる',
  'editor.submitted':
    'この ていあんは もう 出したので、なおせません。<link>ていあんの ページへ</link>',
  'save.saved': 'ほぞん しました',
  'save.savedAt': 'ほぞん しました（{time}）',
  'save.dirty': 'まだ ほぞん して いない ところが あります…',
  'save.saving': 'ほぞん しています…',
  'save.offline':
    'インターネットに つながらないので、ほぞん できて いません。書いた ことは この パソコンや スマートフォンに のこして います。つながったら じどうで ほぞんします。',
  'save.invalid': 'ほぞん できない ところが あります。赤い ところを 見て ください。',
  'save.failed': 'ほぞん できませんでした。',
  'save.retry': '今すぐ もう一度',
  'hint.title': 'なにを かいけつする ていあんか、すぐ わかる 名前に して ください。',
  'hint.summary':
    'こまりごとと かいけつの ほうほうを 2〜3つの 文で 書いて ください。たんとうの 部署を さがす ときに つかいます（ここは ひみつに できません）。',
  'hint.problem':
    'ポイント①：こまりごとから はじめます。そう 言える りゆう（データ、げんばの 声、聞いた 話 など）も 書いて ください。',
  'hint.whyThisCity': 'ポイント②：市の けいかくや まちの ようすとの つながりを 書いて ください。',
  'hint.solution': 'ポイント③：1つの こまりごとに、1つの かいけつの ほうほうを 書いて ください。',
  'hint.cityRole': 'ポイント④：市に して ほしい ことを くわしく 書いて ください。',
  'hint.companyRole': 'あなたの 会社・だんたいが する こと（人、ぎじゅつ、お金 など）。',
  'hint.cityBudget':
    'ポイント④：まずは 市の お金を つかわないで、小さく ためして みるのが おすすめです。',
  'hint.cityBudgetEstimateYen':
    'あたらしい よさんが ひつような ときは かならず 書いて ください。数字だけで 書いて ください。',
  'hint.resourcesWanted': 'あう ものを ぜんぶ えらんで ください。',
  'hint.kpis':
    'れい：「いつもと ちがう ことに 気づいてから れんらくまでの 時間」を「平均 30分 いない」に する。',
  'hint.desiredStart': 'れい: 2027-04',
  'hint.confidentialSections':
    'えらんだ ところは、ひみつを まもる けいやく（NDA）を むすんだ あと、たんとうの 部署だけが 見られます（市の まどぐちは、さいしょに たしかめる ために 見ます）。だれが 見たかは ていあんの ページで わかります。',
  'kpi.name': 'もくひょう {n}',
  'kpi.target': 'めざす 数 {n}',
  'kpi.remove': 'もくひょう {n} を けす',
  'kpi.add': 'もくひょうを ふやす',
  'pilot.yes': 'はい（まず ためしに はじめる）',
  'pilot.no': 'いいえ（さいしょから 本番で する）',
  'files.title': 'ファイル',
  'files.hint':
    'PDF、PNG・JPEGの 画像、Word・Excel・PowerPoint。1つの ファイルは {maxSize}まで、{max}こまで です。ファイルの 中身で しゅるいを たしかめます。',
  'files.tooLarge': 'ファイルが 大きすぎます。1つの ファイルは {maxSize}までです。',
  'files.details': '（{kind}、{size}）',
  'files.sizeKb': '{kb} KB',
  'files.sizeMb': '{mb} MB',
  'files.confidential': 'ひみつ',
  'files.makeConfidential': 'ひみつに する',
  'files.makeOpen': 'ひみつを やめる',
  'files.remove': 'けす',
  'files.nextConfidential': 'つぎに 入れる ファイルを ひみつに する',
  'files.choose': 'ファイルを えらんで 入れる',
  'files.uploading': 'ファイルを おくって います…',
  'notice.title': 'よさんカレンダーから 見た 今日の ていあん',
  'notice.answerFirst':
    '「市の お金は ひつようですか」に こたえると、よさんカレンダーから 見た ちゅういを ここに 出します。<link>市の お金の しつもんへ</link>',
  'notice.fiscalYear': '年度',
  'notice.firstCheck': '市が さいしょに たしかめる 日',
  'notice.firstCheckDue': '{date}（{days}の うちに）',
  'notice.earliest': '市の お金で できる いちばん はやい 年度',
  'notice.afterCutoff': '{cutoff}の しめきりを すぎました',
  'review.missing': { other: '出す まえに 書く ところが {count}こ あります' },
  'review.selfCheck': '出す まえに たしかめる（4つの ポイント）',
  'check.1': 'こまりごとから：この 市の だれが どう こまって いるか、りゆうと いっしょに 書いた',
  'check.2': 'なぜ この 市か：市の けいかくや ようすとの つながりを 書いた',
  'check.3': '1つの ていあんに 1つの ほうほう：1つの こまりごとに 1つの ほうほうを 書いた',
  'check.4': 'やくわりと お金：市と あなたの やくわり、市の お金が ひつようかを 書いた',
  'review.summary': 'おくる ないよう',
  'review.edit': 'なおす',
  'review.empty': '（まだ 書いて いません）',
  'review.kpi': '{name}: {target}',
  'review.submit': 'この ないようで 出す',
  'review.continueAsFree': 'じゆうな ていあん として つづける',
  'review.continuedAsFree':
    'じゆうな ていあんに かえました。書いた ことは そのままです。もう一度「この ないようで 出す」を おして ください。',
  'review.submitting': '出して います…',
  'review.notReady':
    'まだ 書いて いない ところを 書いて、4つの ポイントに チェックを 入れると 出せます。',
  'review.unsaved':
    'まだ ほぞん できて いない ところが あるので 出せません。インターネットに つながって いるか 見て ください。',
  'review.networkError':
    'インターネットに つながりませんでした。もう一度「出す」を おして ください（2回 出る ことは ありません）。',
  'receipt.title': 'ていあんを うけつけました',
  'receipt.number': 'うけつけ番号',
  'receipt.proposal': 'ていあんの 名前',
  'receipt.received': 'うけつけた 日と 時間',
  'receipt.firstCheck': '市が さいしょに たしかめる 日',
  'receipt.firstCheckDue': '{date}（{days}の うちに）',
  'receipt.status': '今の ようす',
  'receipt.calendar': 'よさんカレンダーに ついて',
  'receipt.next': 'これからの ながれ',
  'receipt.next.1':
    '市の まどぐちが ないようを たしかめます。もっと 聞きたい ことが あれば、ポータルと メールで れんらくします。',
  'receipt.next.2':
    'たんとうの 部署を さがして つなぎます。部署が きまったら、部署の 名前を おしらせします。',
  'receipt.next.3':
    'たんとうの 部署と はなしあいを します。ひみつの ないようが ある ときは、さきに ひみつを まもる けいやく（NDA）を むすびます。',
  'receipt.mail':
    'かくにんの メールを 会社・だんたいの メンバーに おくりました。ようすは いつでも この ポータルで 見られます。',
  'receipt.see': 'ていあんの ようすを 見る',
  'receipt.print': 'うけつけの 紙を いんさつする',
} satisfies CatalogueOf<typeof ja>;
