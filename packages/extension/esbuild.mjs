// Bundles the extension and the language server (CommonJS, Node 22 as in VS Code >= 1.103)
// and copies the TextMate grammar from the repository's syntaxes/ folder and the generator's fonts.
import * as fs from 'node:fs';
import { build } from 'esbuild';

// generator/fonts.ts reads import.meta.url only where it is a string, and finds its fonts beside the bundle where it is
// not (as here): esbuild's warning that it will be empty says what the code already expects, on every build.
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, minify: process.argv.includes('--minify'), logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' } };
await build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] });
await build({ ...common, entryPoints: ['../language/src/lsp/main.ts'], outfile: 'dist/server.cjs' });
// The extension's own test suite (run inside VS Code by test/run-*.mjs).
await build({ ...common, entryPoints: ['test/suite/index.ts', 'test/suite/extension.test.ts'], outdir: 'dist-test', outExtension: { '.js': '.cjs' }, external: ['vscode', 'mocha'] });
// The PDF embeds these fonts and the PDF and DOCX measure the running marks with them: beside the
// server bundle, where the generator looks for them in CommonJS (generator/fonts.ts), with their licence.
fs.mkdirSync('dist/fonts', { recursive: true });
for (const file of fs.readdirSync('../language/fonts')) fs.copyFileSync(`../language/fonts/${file}`, `dist/fonts/${file}`);
fs.mkdirSync('syntaxes', { recursive: true });
fs.copyFileSync('../../syntaxes/rogatory.tmLanguage.json', 'syntaxes/rogatory.tmLanguage.json');
console.log('dist/extension.cjs, dist/server.cjs, dist/fonts/, syntaxes/rogatory.tmLanguage.json');
