// Vitest setup for packages whose tests read texts in every language: the whole catalogue in
// memory first, as the API has it.
import { beforeAll } from 'vitest';
import { loadAllCatalogues } from './server';

beforeAll(() => loadAllCatalogues());
