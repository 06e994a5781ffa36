// Minify the bookmarklet's readable source (web/bookmarklet.js) with esbuild into
// src/ui/bookmarklet.min.js, which the page builds its "Add to Crosscheck" link from:
//   node scripts/bookmarklet.mjs          write it
//   node scripts/bookmarklet.mjs --check  fail when the committed file is not the source's build
// The minified file is committed so that every build of the page (Trunk, the component tests)
// has it without running Node; scripts/test.sh runs the check.

import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const ROOT = new URL('../', import.meta.url).pathname;
const SOURCE = `${ROOT}web/bookmarklet.js`;
const BUILT = `${ROOT}src/ui/bookmarklet.min.js`;

/** The source, minified, on one line without a final newline (it goes into a URL). */
export function build() {
  const { code } = transformSync(readFileSync(SOURCE, 'utf8'), {
    minify: true,
    target: 'es2020',
    legalComments: 'none',
  });
  return code.trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = build();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(BUILT, 'utf8');
    if (committed !== code) {
      console.error('src/ui/bookmarklet.min.js is not the build of web/bookmarklet.js: run node scripts/bookmarklet.mjs');
      process.exit(1);
    }
    console.log(`ok: src/ui/bookmarklet.min.js is the build of web/bookmarklet.js (${code.length} bytes)`);
  } else {
    writeFileSync(BUILT, code);
    console.log(`wrote src/ui/bookmarklet.min.js (${code.length} bytes)`);
  }
}
