import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'phase.execution.name': '今年の お金を つかう 時期',
  'phase.execution.city':
    '市は 今年の よさんを つかって しごとを しています。あたらしい アイデアを いちばん 聞きやすい 時期です。',
  'phase.execution.advice':
    'こまっている ことや 知っている ことを つたえあって、なかよく なりましょう。まだ くわしい 計画は いりません。',
  'phase.planning.name': '来年の 計画を つくる 時期',
  'phase.planning.city':
    '市は 来年の 計画を つくります。10月に 来年の よさんの ほうしんが きまります。',
  'phase.planning.advice':
    'いっしょに しくみを かんがえて、市の 計画に 入れましょう。あたらしい テーマの はなしあいは 10月までに はじめてください。',
  'phase.budget_assessment.name': 'よさんを しらべる 時期',
  'phase.budget_assessment.city': '市は よさんを しらべて、市長が 話を 聞きます。',
  'phase.budget_assessment.advice':
    'もう 計画に 入っている しごとは、4月に はじめる じゅんびを しましょう。市の お金が いる あたらしい ていあんは、さらいねんどの よさんが いちばん はやいです。',
  'phase.budget_published.name': 'よさんの ながれを 公開する 時期',
  'phase.budget_published.city': '市は よさんを つくる ながれを 公開します。',
  'phase.budget_published.advice':
    '市の お金を つかわない やりかた（自分の お金で ためす、市の ばしょを かりる など）を かんがえましょう。',
  'phase.mayor_assessment.name': '市長が よさんを きめる 時期',
  'phase.mayor_assessment.city': '市長が よさんを しらべます。',
  'phase.mayor_assessment.advice':
    'いそがしい 時期なので、あたらしい はなしあいは おそく なります。ていあんの じゅんびを しておきましょう。',
  'phase.budget_bill.name': 'よさんの あんを 議会に 出す 時期',
  'phase.budget_bill.city': 'よさんの あんが きまり、市議会に 出します。',
  'phase.budget_bill.advice':
    '4月からの はなしあいの ために、こまっている ことと かいけつの ほうほうを まとめておきましょう。',
  'phase.council_deliberation.name': '議会が よさんを きめる 時期',
  'phase.council_deliberation.city': '市議会が よさんを はなしあって きめます。',
  'phase.council_deliberation.advice':
    'あたらしい テーマの はなしあいは 4月からです。4月の あたらしい 年度に あわせて ていあんしましょう。',

  'session.single': '{year}年{firstMonth}の 市議会',
  'session.range': '{year}年{firstMonth}〜{lastMonth}の 市議会',

  'flag.warning':
    '{cutoff}の しめきりを すぎました。この ていあんは 市の お金が ひつようなので、{nextFiscalYear}の よさんには まにあいません。いちばん はやくて {earliestFiscalYear}の よさんです。市の お金を つかわない やりかた（自分の お金で ためす、市の ばしょを かりる など）も かんがえてください。',
  'flag.info':
    '{cutoff}の しめきりを すぎましたが、市の お金が いらない ていあんなので だいじょうぶです。ただ、11月から 3月は 市が いそがしい ので、はなしあいが はじまるまで 時間が かかる ことが あります。',
  cutoff: '{month}月{day}日',
  'ics.calendarName': '市の よさんカレンダー {fiscalYear}',
  'ics.fyStart.summary': '{fiscalYear}の はじまり',
  'ics.fyStart.description':
    'あたらしい 年度の よさんを つかいはじめます。あたらしい テーマの はなしあいを はじめやすい 時期です。',
  'ics.cutoff.summary': '来年の よさんに まにあう ていあんの しめきり（めやす）',
  'ics.cutoff.description':
    '市の お金が いる あたらしい ていあんは、この 日までに はなしあいを はじめると、{nextFiscalYear}の よさんに まにあう かもしれません。',
  'ics.busy.summary': '市が いそがしい 時期（よさんづくり）',
  'ics.busy.description':
    '市は よさんと 議会で いそがしく、あたらしい はなしあいは おそく なります。',
  'ics.fyEnd.summary': '{fiscalYear}の おわり',
  'ics.fyEnd.description': '年度の さいごの 日です。',
  'ics.council.budget': '来年の よさんを きめる 市議会です。',
  'ics.council.regular': '市議会の 会議です（日にちは 市議会の おしらせを 見てください）。',
} satisfies CatalogueOf<typeof ja>;
