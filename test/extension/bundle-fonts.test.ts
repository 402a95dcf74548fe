import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { buildRequestDocument } from '../../packages/language/src/generator/index.js';
import { loadRequests, REPO } from '../generator/helpers.js';

/**
 * The extension's language server is a CommonJS bundle (packages/extension/esbuild.mjs), where the
 * generator finds its fonts in fonts/ beside the bundle: the PDF embeds them and the PDF and the
 * DOCX measure the running marks with them. Exporting from the extension must find them there.
 */
test('a CommonJS bundle of the generator beside the extension\'s server renders DOCX and PDF (esbuild.mjs ships the fonts)', async () => {
    const extension = path.join(REPO, 'packages/extension');
    fs.rmSync(path.join(extension, 'dist', 'fonts'), { recursive: true, force: true });
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: extension, stdio: 'ignore', timeout: 120_000 });
    const bundle = path.join(extension, 'dist', 'generator-smoke-test.cjs');
    try {
        await build({
            bundle: true, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'error', outfile: bundle,
            stdin: {
                resolveDir: REPO, loader: 'ts',
                contents: `
import { renderDocx, renderPdf } from './packages/language/src/generator/index.ts';
const model = JSON.parse(process.argv[2]);
(async () => {
    for (const [format, render] of [['docx', renderDocx], ['pdf', renderPdf]]) {
        try { console.log(format, (await render(model)).length > 1000 ? 'ok' : 'empty'); } catch (e) { console.log(format, String(e)); }
    }
})();`
            }
        });
        const { workspace, requests } = await loadRequests('examples/arrest-and-surrender/REG-2026-0101.rog');
        const model = buildRequestDocument(requests.get('REG-2026-0101')!, { lang: 'en', stateLibrary: workspace.services.rogatory.StateLibrary });
        const output = execFileSync(process.execPath, [bundle, JSON.stringify(model)], { encoding: 'utf8', timeout: 60_000 });
        expect(output.trim().split('\n')).toEqual(['docx ok', 'pdf ok']);
    } finally {
        fs.rmSync(bundle, { force: true });
    }
}, 180_000);
