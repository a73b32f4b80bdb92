import type { CatalogueOf } from '../../core';
import type ja from './ja';

/** Developers only: easy Japanese falls back to Japanese. */
export default {} satisfies Partial<CatalogueOf<typeof ja>>;
