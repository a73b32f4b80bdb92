import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  new: 'あたらしい ていあんを はじめる',
  none: 'ていあんは まだ ありません。',
  untitled: '（名前の ない ていあん）',
  draft: '書いている とちゅう',
  due: 'よていの 日',
  updated: 'さいごに かえた 日',
} satisfies CatalogueOf<typeof ja>;
