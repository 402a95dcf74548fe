import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { REPO } from '../generator/helpers.js';

/**
 * What `npm run package -w rogatory` puts in the .vsix (vsce reads packages/extension/.vscodeignore,
 * where a `!` pattern re-includes a file whatever comes after it): the bundles, the fonts with their
 * licence, the grammar, the README that the Extensions view shows, the walkthrough's pages, and nothing else — no source maps
 * (megabytes of the sources), no test bundle.
 */
test('the .vsix holds the bundles, the fonts, the grammar and the README; no source map, no test bundle', () => {
    const extension = path.join(REPO, 'packages/extension');
    if (!fs.existsSync(path.join(extension, 'dist', 'server.cjs.map'))) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: extension, stdio: 'ignore', timeout: 120_000 });
    }
    const vsce = path.join(REPO, 'node_modules/@vscode/vsce/vsce');
    const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: extension, encoding: 'utf8', timeout: 60_000 })
        .trim().split('\n').filter(f => !f.startsWith('dist/generator-smoke-test')).sort(); // bundle-fonts.test.ts's, while it runs
    expect(files.filter(f => f.endsWith('.map') || f.startsWith('dist-test/') || f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'package.json', 'dist/extension.cjs', 'dist/server.cjs', 'dist/fonts/GUST-FONT-LICENSE.txt',
        'dist/fonts/texgyretermes-regular.otf', 'syntaxes/rogatory.tmLanguage.json', 'snippets/rogatory.json', 'language-configuration.json', 'images/icon.png',
        'walkthrough/new-request.md', 'walkthrough/checks.md', 'walkthrough/preview.md', 'walkthrough/export.md', 'walkthrough/register.md']));
}, 180_000);
