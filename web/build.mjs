// Bundles the explorer's front end (src/main.js and everything it imports,
// the CSS as text) into one minified script, by default
// ../explorer/assets/explorer.js, which the Go package embeds. The output
// depends only on the sources and the locked packages: no timestamp, no
// absolute path. Usage: node build.mjs [OUTFILE]
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.resolve(process.argv[2] || path.join(here, '..', 'explorer', 'assets', 'explorer.js'));

const result = await build({
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
  metafile: true,
  logLevel: 'warning',
});

// The licences of the packages in the bundle go at its end, so that every
// copy of the page carries them (MIT and ISC ask for it).
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
let notice = '\n/*! Licences of the packages bundled in this script:\n';
for (const name of [...packages].sort()) {
  const dir = path.join(here, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].find((f) => existsSync(path.join(dir, f)));
  if (!file) {
    console.error(`build.mjs: ${name} has no licence file`);
    process.exit(1);
  }
  const text = readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim().replace(/\*\//g, '* /');
  notice += `\n${pkg.name} ${pkg.version} (${pkg.license}):\n\n${text}\n`;
}
notice += '*/\n';
writeFileSync(outfile, readFileSync(outfile, 'utf8') + notice);

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
