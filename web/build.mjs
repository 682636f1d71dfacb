// Bundles the explorer's front end (src/main.js and everything it imports,
// the CSS as text) into one minified script, by default
// ../explorer/assets/explorer.js, which the Go package embeds. The output
// depends only on the sources and the locked packages: no timestamp, no
// absolute path. Usage: node build.mjs [OUTFILE]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.resolve(process.argv[2] || path.join(here, '..', 'explorer', 'assets', 'explorer.js'));

await build({
  absWorkingDir: here,
  entryPoints: ['src/main.js'],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  platform: 'browser',
  loader: { '.css': 'text' },
  legalComments: 'eof',
  charset: 'ascii',
  sourcemap: false,
  logLevel: 'warning',
});

// The script is inlined in the page, so it must not close its own
// <script> element or open an HTML comment there.
const out = readFileSync(outfile, 'utf8');
for (const bad of ['</script', '<!--']) {
  if (out.toLowerCase().includes(bad)) {
    console.error(`build.mjs: ${outfile} contains ${bad}, which would break the inlined page`);
    process.exit(1);
  }
}
console.log(`${path.relative(process.cwd(), outfile)}: ${(out.length / 1024).toFixed(0)} KiB`);
