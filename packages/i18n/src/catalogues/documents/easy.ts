import type { CatalogueOf } from '../../core';
import type ja from './ja';

/**
 * No やさしい日本語: the NDA is the signed Japanese document and the CSV is for the city's
 * staff. Both are written in Japanese whatever the reader's language.
 */
export default {} satisfies Partial<CatalogueOf<typeof ja>>;
