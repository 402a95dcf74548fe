import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { createRogatoryServices, loadBuiltinDocuments } from '../packages/language/src/index.js';
import { setup } from './helpers.js';

/**
 * The examples of the documentation are read by newcomers who copy them: each fenced `rog` block of
 * docs/language.md and of the README must parse without a syntax error. A block of request clauses
 * (docs/language.md's persons, places and annexes) is read inside a request, where it is written. A whole request
 * checks with no error beside the declarations of its page, but for the names it leaves undeclared.
 * (test/examples.test.ts checks the files of examples/.)
 */
const REPO = path.resolve(__dirname, '..');
const { parse } = setup();

const DECLARATION = /^(request|warrant|judgment|decision|record|designation|state|organisation)\b|^person \S+ \{/;

function fenced(file: string): { info: string; line: number; text: string }[] {
    const blocks: { info: string; line: number; text: string }[] = [];
    const lines = fs.readFileSync(path.join(REPO, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const open = /^```(\S*)\s*$/.exec(lines[i]);
        if (!open) continue;
        const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
        blocks.push({ info: open[1], line: i + 1, text: lines.slice(i + 1, end).join('\n') + '\n' });
        i = end;
    }
    return blocks;
}

describe('the fenced examples of the documentation', () => {
    test('every fenced block of docs/language.md is Rogatory, tagged `rog`', () => {
        const blocks = fenced('docs/language.md');
        expect(blocks.length).toBeGreaterThan(0);
        expect(blocks.filter(b => b.info !== 'rog').map(b => `docs/language.md:${b.line}`)).toEqual([]);
    });

    const examples = ['docs/language.md', 'README.md'].flatMap(file => fenced(file).filter(b => b.info === 'rog').map(b => ({ ...b, file })));

    test.each(examples.map(b => [`${b.file}:${b.line}`, b] as const))('%s parses without a syntax error', async (_, block) => {
        const text = DECLARATION.test(block.text.trimStart()) ? block.text : `request DOC-EXAMPLE-1 {\n${block.text}}\n`;
        const document = await parse(text);
        const errors = (document.diagnostics ?? []).filter(d => d.code === 'syntax-error')
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
        expect(errors).toEqual([]);
    });

    // A newcomer's first request is a copy of one of these, beside the declarations the same page shows (docs/language.md's
    // persons, warrants... and Kenya's designation): it checks with no error but for the names it leaves to the reader to
    // declare (the person, the warrant).
    test.each(examples.filter(b => b.text.startsWith('request ')).map(b => [`${b.file}:${b.line}`, b] as const))('%s, a whole request, checks with no error beside the declarations of its page, but for its undeclared names', async (_, block) => {
        // A workspace of its own, built as `rogatory check` builds one, the checks across files (the State's designation) included.
        const { Rogatory: services, shared } = createRogatoryServices();
        const declarations = fenced(block.file).filter(b => b.info === 'rog' && /^(?:person \S+ \{|(?:warrant|judgment|decision|record|designation)\b)/.test(b.text));
        const documents = [block, ...declarations].map((b, i) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(b.text, URI.file(path.join(REPO, `example-${i}.rog`)));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build([...loadBuiltinDocuments(shared), ...documents], { validation: false });
        const diagnostics = await services.validation.DocumentValidator.validateDocument(documents[0], { categories: ['built-in', 'fast', 'slow'] });
        expect(diagnostics.filter(d => d.severity === 1 && d.code !== 'unresolved-reference').map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`)).toEqual([]);
    });

    test('the declarations of docs/language.md check with no error', async () => {
        const block = fenced('docs/language.md').find(b => b.text.startsWith('person P-Kony {'));
        expect(block).toBeDefined();
        // A workspace of its own: the test above parsed the same declarations, which would be declared twice.
        const document = await setup().parse(block!.text);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code} ${d.message}`)).toEqual([]);
    });
});
