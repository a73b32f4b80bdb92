import type { CatalogueOf } from '../../core';
import type ja from './ja';

export default {
  new: 'Start a new proposal',
  none: 'No proposals yet.',
  untitled: '(untitled)',
  draft: 'Draft',
  due: 'Expected by',
  updated: 'Updated',
} satisfies CatalogueOf<typeof ja>;
