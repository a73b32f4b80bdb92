import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from the *.table.ts files into the top-level
// migrations/ folder. Generated files are committed and never edited once they have landed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/**/*.table.ts',
  out: '../../migrations',
  casing: undefined,
  strict: true,
  verbose: false,
});
