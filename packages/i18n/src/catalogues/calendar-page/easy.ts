import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  title: '市の よさんカレンダー',
  lead: '市の 1年（年度）は {start}に はじまって、{end}に おわります。今日、{today}は {fiscalYear}の「{phase}」の 時期です。',
  'year.title': '{fiscalYear}の 1年',
  'year.council': '議会',
  'year.cutoff': 'しめきり',
  'year.today': '今日',
  'year.note':
    '市議会が ある 月: {sessions}。来年の よさんに まにあう ていあんの しめきり（めやす）: {cutoff}。11月から 3月は、市が よさんを きめる ので いそがしい 時期です。',
  'today.title': '今日 ていあんすると',
  'today.received': 'うけつける 日',
  'today.fiscalYear': '年度',
  'today.cutoff': '来年の よさんの しめきり',
  'today.cutoffPassed': 'すぎました（{date}）',
  'today.cutoffUntil': '{date}まで',
  'today.earliest': '市の お金で できる いちばん はやい 年度',
  'today.firstCheck': '市が さいしょに たしかめる 日',
  'today.firstCheckDue': '{date}（{days}の うちに）',
  'today.council': 'つぎの 市議会',
  'today.flag': 'しめきりの あとの ていあんです',
  'noMoney.title': '市の お金を つかわない やりかた',
  'noMoney.1': '自分の お金で ためして みる（市は ばしょや ちょうせいで 手つだいます）',
  'noMoney.2': '市の たてものや 公園で ためして みる',
  'noMoney.3': 'きまりや きょかに ついて 市と はなしあう',
  'noMoney.4':
    '市の おしらせで しょうかいして もらう。市と いっしょに する ことで しんようが 生まれる',
  'noMoney.5': 'とても いそぐ ときは、とちゅうで ふやす よさん（補正予算）を かんがえる',
  'phases.title': '時期ごとに 市が する ことと、あなたが する こと',
  'phase.heading': '{months}: {name}',
  'phase.now': '今は ここ',
  'phase.city': '<strong>市:</strong> {text}',
  'phase.you': '<strong>あなた:</strong> {text}',
  'ics.title': 'だいじな 日を カレンダーに 入れる',
  'ics.body':
    '1年の はじめと おわり、市議会、しめきりの めやす、いそがしい 時期を、あなたの カレンダーアプリに 入れられます（iCalendar）。',
  'ics.download': '{fiscalYear}の 日てい（.ics）',
} satisfies CatalogueOf<typeof ja>;
