// After the web build: writes a Brotli (.br) and a gzip (.gz) copy of every text file of
// apps/web/dist (scripts, styles, the page, the icon, the manifest), which the API serves to
// browsers that accept them (@fastify/static `preCompressed`), so nothing is compressed per
// request and nothing goes raw. A copy that would not be smaller is not written.
//
// Brotli at its best quality (11) for the build that is deployed (`npm run build`): 1.5 s of CPU
// for 2 % fewer bytes than quality 10. With --quick (`npm start` on this machine, where the pages
// come over the loopback) quality 5: 40 ms, 9 % more bytes.
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '..', 'apps', 'web', 'dist');
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
const QUALITY = process.argv.includes('--quick') ? 5 : constants.BROTLI_MAX_QUALITY;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

let raw = 0;
let brotli = 0;
for (const file of walk(dist)) {
  if (file.endsWith('.br') || file.endsWith('.gz')) {
    // Left by an earlier build: written again below if its source is still there.
    rmSync(file);
    continue;
  }
  if (!TEXT.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) {
    continue;
  }
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: statSync(file).size,
    },
  });
  const gz = gzipSync(bytes, { level: 9 });
  if (br.length < bytes.length) {
    writeFileSync(`${file}.br`, br);
  }
  if (gz.length < bytes.length) {
    writeFileSync(`${file}.gz`, gz);
  }
  raw += bytes.length;
  brotli += Math.min(br.length, bytes.length);
}
console.log(
  `apps/web/dist compressed: ${Math.round(raw / 1024)} KB of text, ${Math.round(brotli / 1024)} KB with Brotli (quality ${QUALITY})`,
);
