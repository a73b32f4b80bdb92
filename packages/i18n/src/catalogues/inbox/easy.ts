import type { CatalogueOf } from '../../core';
import type ja from './ja';

/** City staff only: やさしい日本語 falls back to Japanese. */
export default {} satisfies Partial<CatalogueOf<typeof ja>>;
