import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  'list.title': 'ぼしゅう中の テーマ',
  'list.lead':
    '市の 部署が こまっている ことを テーマに しています。テーマに こたえる ていあんが できます。テーマに ない ことは、自由な ていあんで どうぞ。',
  'list.keywords': 'さがす ことば',
  'list.keywordsHint': 'れい: 見守り、公園、救急',
  'list.search': 'さがす',
  'list.policyArea': 'ぶんや',
  'list.allAreas': 'すべての ぶんや',
  'list.window': 'ぼしゅうの じょうきょう',
  'list.allWindows': 'すべて',
  'list.count': { other: 'テーマは {count}こ あります' },
  'list.none': 'あう テーマは ありません。',
  'card.department': 'たんとうの 部署',
  'card.window': 'ぼしゅうの きかん',
  'card.noClosingDate': 'いつでも',
  'card.period': '{opens} から {closes}',
  'theme.breadcrumb': 'ぼしゅう中の テーマ',
  'theme.background': 'どうして この テーマか',
  'theme.problem': 'こまっている こと',
  'theme.outcomeWanted': 'こう なって ほしい',
  'theme.resourcesOffered': '市が できる こと',
  'theme.propose': 'この テーマに ていあんする',
  'theme.closed':
    'この テーマの ぼしゅうは おわりました。自由な ていあんとして 出す ことは できます。',
  'theme.upcoming': 'この テーマの ぼしゅうは まだ はじまって いません。',
  freeProposal: '自由な ていあんを する',
  'home.open': 'ぼしゅう中の テーマ',
  'home.none': '今 ぼしゅう中の テーマは ありません。自由な ていあんは いつでも だせます。',
  'home.all': 'すべての テーマを 見る',
} satisfies CatalogueOf<typeof ja>;
