// Checks the built web app (apps/web/dist, or the folder given) before it is shipped: no source
// map file, and no `sourceMappingURL` comment in any public JavaScript, CSS or HTML file. Source
// maps carry the app's full source. Exits 1 and lists what it found. CI runs it after the build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
  process.argv[2] ??
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'dist'),
);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`check-web-dist: no built web app in ${root} (run npm run build first)`);
  process.exit(1);
}

/** Every file under `dir`, recursively. */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const problems = [];
let checked = 0;
for (const file of filesUnder(root)) {
  const relative = path.relative(root, file);
  if (/\.map$/i.test(file)) {
    problems.push(`${relative}: a source map in the public build`);
    continue;
  }
  if (/\.(m?js|css|html)$/i.test(file)) {
    checked += 1;
    if (/[#@]\s*sourceMappingURL=/.test(readFileSync(file, 'utf8'))) {
      problems.push(`${relative}: points at a source map (sourceMappingURL)`);
    }
  }
}

if (problems.length > 0) {
  console.error(`check-web-dist: ${problems.length} problem(s) in ${root}:`);
  for (const problem of problems) {
    console.error(`  ${problem}`);
  }
  process.exit(1);
}
console.log(`check-web-dist: ${checked} public files, no source map and no sourceMappingURL`);
