import type { CatalogueOf } from '../../core';
import type ja from './ja';

/** やさしい日本語 for everything the proposer reads on the proposal page (not `staff.*`). */
export default {
  'proposal.untitled': '（名前の ない ていあん）',
  'proposal.notSubmitted': 'まだ 出して いません',

  'status.current': 'いまの ようす',
  'status.next': 'つぎに する こと',
  'status.dueDate': 'よていの 日',
  'status.department': '担当の 部署',
  'status.supporting': 'てつだう 部署',
  'status.submittedAt': 'うけつけた 日と 時間',
  'calendar.title': '市の よさんの カレンダー',
  'declined.title': '今回は すすめない りゆう',
  'draft.edit': '下書きを なおす',

  'tabs.label': 'ていあんの じょうほう',
  'tabs.content': 'ていあんの 中みと これまで',
  'tabs.decision': '市が きめたこと',
  'tabs.agreement': 'やくそく（協定・契約）',
  'tabs.kpis': 'もくひょうの 数字（KPI）',
  'tabs.evaluation': 'ふりかえり',
  'tabs.messages': 'メッセージ',
  'tabs.dialogues': '話しあいの きろく',
  'tabs.accessLog': 'ひみつを 見た きろく',

  'content.title': 'ていあんの 中み',
  'content.summary': 'かんたんな せつめい',
  'content.confidential': 'ひみつ',
  'content.redacted':
    'ここは ひみつ です。ひみつを まもる けいやく（NDA）を むすんだ あとで 見る ことが できます。',
  'content.money': '市の お金と 市に たのむ こと',
  'content.estimate': 'だいたい {amount}',
  'content.kpi': '{name}: {target}',

  'timeline.title': 'これまで',
  'timeline.none': 'まだ きろくは ありません。',
  'timeline.status': 'ようす: {status}',

  'actions.title': 'できる こと',
  'actions.choose': 'えらんで ください',

  'left.title': '「{title}」: {done}',
  'left.body': 'この ていあんの 担当では なくなったので、もう ひらけません。',
} satisfies Partial<CatalogueOf<typeof ja>>;
