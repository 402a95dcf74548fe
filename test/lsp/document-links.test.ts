import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterAll, describe, expect, test } from 'vitest';
import { setup } from '../helpers.js';

const { services, parse } = setup(NodeFileSystem);
let counter = 0;
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-links-'));
const root = path.join(parent, 'requests-repo');
fs.mkdirSync(path.join(root, 'annexes'), { recursive: true });
fs.writeFileSync(path.join(root, 'rogatory.json'), '{}\n');
fs.writeFileSync(path.join(root, 'annexes', 'schedule.txt'), 'Schedule of the records sought\n');
fs.writeFileSync(path.join(parent, 'outside.txt'), 'not in the workspace\n');
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

async function linksOf(annexes: string): Promise<Array<[string, string]>> {
    const name = `OTP-2026-${950 + counter++}`;
    const text = `request ${name} {\n  kind assistance art. 93(1)(i)\n${annexes}}\n`;
    const document = await parse(text, { uri: URI.file(path.join(root, `${name}.rog`)).toString() });
    const links = await services.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
    const lines = text.split('\n');
    // What is underlined, and where it leads.
    return links.map(l => [lines[l.range.start.line].slice(l.range.start.character, l.range.end.character), URI.parse(l.target!).fsPath]);
}

describe('links from an annex\'s file to the file', () => {
    test('a file inside the workspace that exists: the path between the quotes links to it', async () => {
        expect(await linksOf('  annex A1 "Schedule" { file "annexes/schedule.txt" classification confidential }\n'))
            .toEqual([['annexes/schedule.txt', path.join(root, 'annexes', 'schedule.txt')]]);
        expect(await linksOf('  annex A1 "Schedule" { file "annexes\\\\schedule.txt" }\n')).toEqual([['annexes\\\\schedule.txt', path.join(root, 'annexes', 'schedule.txt')]]);
    });

    test('none to a file that does not exist, leaves the workspace, or is written as an absolute path (each gets a finding instead)', async () => {
        expect(await linksOf('  annex A1 "Missing" { file "annexes/missing.pdf" }\n')).toEqual([]);
        expect(await linksOf('  annex A1 "Outside" { file "../outside.txt" }\n')).toEqual([]);
        expect(await linksOf(`  annex A1 "Absolute" { file "${path.join(root, 'annexes', 'schedule.txt').replace(/\\/g, '/')}" }\n`)).toEqual([]);
        expect(await linksOf('  annex A1 "Empty" { file "" }\n')).toEqual([]);
    });

    test('one link per annex with a file, in the order written', async () => {
        fs.writeFileSync(path.join(root, 'annexes', 'photo.jpg'), 'jpeg');
        const links = await linksOf('  annex A1 "Schedule" { file "annexes/schedule.txt" }\n  annex A2 "No file"\n  annex A3 "Photograph" { file "annexes/photo.jpg" }\n');
        expect(links.map(([underlined]) => underlined)).toEqual(['annexes/schedule.txt', 'annexes/photo.jpg']);
    });
});
