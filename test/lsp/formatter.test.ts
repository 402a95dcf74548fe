import * as fs from 'node:fs';
import * as path from 'node:path';
import { isAstNode, isReference, type AstNode, type LangiumDocument } from 'langium';
import { Formatting } from 'langium/lsp';
import { clearDocuments, expectFormatting } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { FormattingOptions, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isRequest } from '../../packages/language/src/generated/ast.js';
import { RogatoryFormatter } from '../../packages/language/src/lsp/formatter.js';
import { setup } from '../helpers.js';

const { services, parse, validate } = setup();
const formatter = services.lsp.Formatter!;

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/** Each test leaves the workspace as it found it (names are workspace-wide: no duplicate request). */
const kept = new Set<LangiumDocument>();
afterEach(async () => {
    const documents = services.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file' && !kept.has(d)).toArray();
    await clearDocuments(services, documents);
});

/** Every example file but examples/invalid/, relative to examples/. */
function examples(dir = EXAMPLES): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return full === path.join(EXAMPLES, 'invalid') ? [] : examples(full);
        return entry.name.endsWith('.rog') ? [path.relative(EXAMPLES, full)] : [];
    }).sort();
}
const FILES = examples();
const read = (file: string) => fs.readFileSync(path.join(EXAMPLES, file), 'utf8');

/** What the user gets after "Format Document" in an editor whose tab size is 4 (the house style wins). */
async function formatted(document: LangiumDocument, options: FormattingOptions = { tabSize: 4, insertSpaces: true }): Promise<string> {
    const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return TextDocument.applyEdits(document.textDocument, edits);
}
async function format(text: string): Promise<string> {
    const document = await parse(text);
    const result = await formatted(document);
    await clearDocuments(services, [document]);
    return result;
}

/** The tokens of a text (comments included) and the whitespace before each, and after the last. */
function split(text: string): { tokens: Array<{ image: string; type: string }>; gaps: string[] } {
    const lexed = services.parser.Lexer.tokenize(text);
    expect(lexed.errors).toEqual([]);
    const all = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
    const gaps: string[] = [];
    let position = 0;
    for (const token of all) {
        gaps.push(text.slice(position, token.startOffset));
        position = token.startOffset + token.image.length;
    }
    gaps.push(text.slice(position));
    return { tokens: all.map(t => ({ image: t.image, type: t.tokenType.name })), gaps };
}
function join(tokens: Array<{ image: string }>, gaps: string[]): string {
    return tokens.map((t, i) => gaps[i] + t.image).join('') + gaps[tokens.length];
}

/**
 * Same tokens, badly spaced and indented, line breaks kept: tabs, no or deep indentation, spaces
 * at the end of lines and inside `93(1)`.
 */
function disfigure(text: string): string {
    const { tokens, gaps } = split(text);
    const bad = ['', '\t', '      ', ' \t '];
    return join(tokens, gaps.map((gap, i) => {
        if (i === 0 || i === tokens.length) return gap;
        const newline = gap.lastIndexOf('\n');
        // (Spaces at the end of a line comment belong to the comment, which stays as it is.)
        const trailing = tokens[i - 1].type === 'SL_COMMENT' ? '' : '  ';
        if (newline >= 0) return trailing + gap.slice(0, newline).replace(/\n/g, '\n \t') + '\n' + bad[i % bad.length];
        return gap === '' ? ' ' : '   ';
    }));
}

/** Same tokens, all on one line but for line comments. */
function flatten(text: string): string {
    const { tokens, gaps } = split(text);
    return join(tokens, gaps.map((gap, i) => {
        if (i === 0 || i === tokens.length) return gap;
        return tokens[i - 1].type === 'SL_COMMENT' ? '\n' : ' ';
    }));
}

/** What a document says: its AST without positions or links, references by their text. */
function meaning(node: AstNode): unknown {
    const value = (v: unknown): unknown => Array.isArray(v) ? v.map(value) : isReference(v) ? { ref: v.$refText } : isAstNode(v) ? meaning(v) : v;
    return Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('$')).map(([key, v]) => [key, value(v)]).concat([['$type', node.$type]]));
}

describe('formatting the examples', () => {
    test('there are examples', () => {
        expect(FILES.length).toBeGreaterThan(20);
        expect(FILES).toContain(path.join('declarations', 'common.rog'));
    });

    test.each(FILES)('%s is already in the house style: formatting changes nothing', async file => {
        const text = read(file);
        const document = await parse(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits).toEqual([]);
    });

    test.each(FILES)('%s, badly indented and spaced, is formatted back to itself', async file => {
        const text = read(file);
        const bad = disfigure(text);
        expect(bad).not.toEqual(text);
        expect(await format(bad)).toEqual(text);
    });

    test.each(FILES)('%s, all on one line, is formatted without changing its meaning', async file => {
        const text = read(file);
        const original = await parse(text);
        const result = await format(flatten(text));
        expect(result.split('\n').length).toBeGreaterThan(2);
        const reparsed = await parse(result);
        expect(reparsed.parseResult.lexerErrors).toEqual([]);
        expect(reparsed.parseResult.parserErrors).toEqual([]);
        expect(meaning(reparsed.parseResult.value)).toEqual(meaning(original.parseResult.value));
        expect(split(result).tokens).toEqual(split(text).tokens);
        // Formatting is idempotent.
        expect(await formatted(reparsed)).toEqual(result);
    });
});

describe('formatting keeps the diagnostics', () => {
    const uri = (file: string) => `file:///ws/examples/${file.split(path.sep).join('/')}`;
    beforeAll(async () => {
        for (const file of FILES.filter(f => f.startsWith('declarations'))) kept.add(await parse(read(file), { uri: uri(file) }));
    });

    test.each(FILES.filter(f => !f.startsWith('declarations')))('%s, all on one line then formatted, has the diagnostics it had', async file => {
        const describe = (d: { code?: unknown; message: unknown; severity?: number }) => `${d.severity} ${String(d.code)} ${String(d.message)}`;
        const before = await validate(read(file), { uri: uri(file) });
        const expected = before.diagnostics.map(describe).sort();
        await clearDocuments(services, [before.document]);
        const text = await format(flatten(read(file)));
        const after = await validate(text, { uri: uri(file) });
        expect(after.diagnostics.map(describe).sort()).toEqual(expected);
    });
});

describe('formatting to the house style', () => {
    test('a badly indented and spaced request', async () => {
        await expectFormatting(services)({
            before: [
                '// A request typed in a hurry.',
                '    request   OTP-2026-0999',
                '{ kind assistance art. 93 (1) (b) ,art. 93(1)(i)',
                '        title "Request for records"   from Prosecutor    transmitted-by Office-of-the-Prosecutor',
                'situation ICC-01/09',
                '\tto State "Kenya"',
                '   via diplomatic-channel language English',
                '  classification confidential dated 2026-10-01 respond-by 2026-12-15',
                '',
                '',
                '  legal-basis art. 93(1)(b),',
                '  art. 96(1)',
                '  // the witness',
                '      person P-Wanjiru as witness {location "Eldoret"   }',
                '  person P-Odhiambo as suspect { location "Kisumu"',
                '  rights-notice art. 55(2)(a),   art. 55(2)(b) }',
                '  crimes "Murder",',
                '"Persecution"',
                '  annex A1 "Schedule" {  }',
                '  status sent 2026-10-02 "note verbale" }',
                'person P-Wanjiru { name "Grace Wanjiru Kamau" languages Swahili ,English }'
            ].join('\n'),
            after: [
                '// A request typed in a hurry.',
                'request OTP-2026-0999 {',
                '  kind assistance art. 93(1)(b), art. 93(1)(i)',
                '  title "Request for records"',
                '  from Prosecutor transmitted-by Office-of-the-Prosecutor',
                '  situation ICC-01/09',
                '  to State "Kenya"',
                '  via diplomatic-channel language English',
                '  classification confidential',
                '  dated 2026-10-01 respond-by 2026-12-15',
                '',
                '  legal-basis art. 93(1)(b),',
                '              art. 96(1)',
                '  // the witness',
                '  person P-Wanjiru as witness { location "Eldoret" }',
                '  person P-Odhiambo as suspect {',
                '    location "Kisumu"',
                '    rights-notice art. 55(2)(a), art. 55(2)(b)',
                '  }',
                '  crimes "Murder",',
                '         "Persecution"',
                '  annex A1 "Schedule" { }',
                '  status sent 2026-10-02 "note verbale"',
                '}',
                '',
                'person P-Wanjiru {',
                '  name "Grace Wanjiru Kamau"',
                '  languages Swahili, English',
                '}'
            ].join('\n') + '\n',
            options: { tabSize: 4, insertSpaces: true }
        });
    });

    test('the clauses of art. 93(9): one per line, each on one line with its State or organisation, date and note', async () => {
        await expectFormatting(services)({
            before: [
                'request OTP-2026-0998 { kind assistance art. 93(1)(i)   competing-request   State "Uganda"',
                '    notified 2026-11-02   "Uganda\'s note"  under-control-of organisation',
                '"United Nations" notified   2026-11-03 under-control-of State "Rwanda" notified 2026-11-04 }'
            ].join('\n'),
            after: [
                'request OTP-2026-0998 {',
                '  kind assistance art. 93(1)(i)',
                '  competing-request State "Uganda" notified 2026-11-02 "Uganda\'s note"',
                '  under-control-of organisation "United Nations" notified 2026-11-03',
                '  under-control-of State "Rwanda" notified 2026-11-04',
                '}'
            ].join('\n') + '\n',
            options: { tabSize: 4, insertSpaces: true }
        });
    });

    test('a postponement: one status per line, its `until` and note on it (art. 94(1), art. 95)', async () => {
        await expectFormatting(services)({
            before: [
                'request OTP-2026-0997 { kind assistance art. 93(1)(i) status sent 2026-01-12 status   postponed 2026-02-20',
                '      until    2026-06-30',
                '  "national prosecution"   status postponed 2026-07-01 until',
                'admissibility-determination status consulted 2026-09-01 }'
            ].join('\n'),
            after: [
                'request OTP-2026-0997 {',
                '  kind assistance art. 93(1)(i)',
                '  status sent 2026-01-12',
                '  status postponed 2026-02-20 until 2026-06-30 "national prosecution"',
                '  status postponed 2026-07-01 until admissibility-determination',
                '  status consulted 2026-09-01',
                '}'
            ].join('\n') + '\n',
            options: { tabSize: 4, insertSpaces: true }
        });
    });

    test('declarations: one clause per line, one blank line between them, designations and the sub-clauses of direct execution', async () => {
        await expectFormatting(services)({
            before: [
                'designation   for State  "Kenya" { channel diplomatic-channel "Nairobi" language English or Swahili }',
                'warrant W-1 { number ICC-01/09-01/26-14 issued 2026-06-18 crimes "a", "b" }',
                '',
                '',
                '',
                'judgment J-1 {',
                '      sentence imprisonment 11   years 2 months',
                '}',
                'request R-1 { direct-execution by-Prosecutor',
                'justification "needed"',
                '  consultation R-Consult time-served 1 year remaining 2 years as-of 2026-01-01 }'
            ].join('\n'),
            after: [
                'designation for State "Kenya" {',
                '  channel diplomatic-channel "Nairobi"',
                '  language English or Swahili',
                '}',
                '',
                'warrant W-1 {',
                '  number ICC-01/09-01/26-14',
                '  issued 2026-06-18',
                '  crimes "a", "b"',
                '}',
                '',
                'judgment J-1 {',
                '  sentence imprisonment 11 years 2 months',
                '}',
                '',
                'request R-1 {',
                '  direct-execution by-Prosecutor',
                '    justification "needed"',
                '    consultation R-Consult',
                '  time-served 1 year remaining 2 years as-of 2026-01-01',
                '}'
            ].join('\n') + '\n'
        });
    });

    test('comments stay, indented with the clauses; a line comment never swallows the next token', async () => {
        await expectFormatting(services)({
            before: [
                'request R-2 {',
                '// first',
                '       kind assistance // trailing',
                '  /* a block',
                '     comment */',
                'crimes "a", // the first crime',
                '"b"',
                '        // last',
                '}'
            ].join('\n'),
            after: [
                'request R-2 {',
                '  // first',
                '  kind assistance // trailing',
                '  /* a block',
                '     comment */',
                '  crimes "a", // the first crime',
                '         "b"',
                '  // last',
                '}'
            ].join('\n') + '\n'
        });
    });

    test('a comment over several lines, not indented as the clauses, is indented by its first line, its other lines kept as written', async () => {
        // Langium shifted every line of it, which changed the comment: the whole file was left unformatted.
        await expectFormatting(services)({
            before: [
                'request R-3{kind assistance',
                ' /* a block',
                '    comment */ dated 2026-10-01 }',
                'person P-X {',
                '        /* why',
                '           this */',
                'name "x" }'
            ].join('\n'),
            after: [
                'request R-3 {',
                '  kind assistance',
                '  /* a block',
                '    comment */',
                '  dated 2026-10-01',
                '}',
                '',
                'person P-X {',
                '  /* why',
                '           this */',
                '  name "x"',
                '}'
            ].join('\n') + '\n'
        });
    });

    test('a Windows file keeps its line endings', async () => {
        const result = await format('request R-3 {\r\n      kind assistance\r\ndated 2026-01-01 }\r\n');
        expect(result).toBe('request R-3 {\r\n  kind assistance\r\n  dated 2026-01-01\r\n}\r\n');
    });

    test('formatting a range touches only that range', async () => {
        const document = await parse('request R-4 {\n      kind assistance\n      dated 2026-01-01\n}\n');
        const range: Range = { start: { line: 2, character: 0 }, end: { line: 2, character: 22 } };
        const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options: { tabSize: 2, insertSpaces: true } });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('request R-4 {\n      kind assistance\n  dated 2026-01-01\n}\n');
    });
});

describe('formatting never changes a token', () => {
    /** A formatter with a bug: it glues the kind of request to its keyword, `kindassistance`. */
    class Careless extends RogatoryFormatter {
        protected override format(node: AstNode): void {
            super.format(node);
            if (isRequest(node)) this.getNodeFormatter(node).property('kind').prepend(Formatting.noSpace({ priority: 10 }));
        }
    }

    test('a formatting that would merge two tokens is dropped as a whole', async () => {
        const document = await parse('request R-10 {\n      kind assistance\n}\n');
        const options = { tabSize: 2, insertSpaces: true };
        const careless = new Careless(services);
        expect(await careless.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options })).toEqual([]);
        expect(await formatted(document)).toBe('request R-10 {\n  kind assistance\n}\n');
    });
});

describe('formatting a file with syntax errors', () => {
    const broken = [
        'request R-5 {\n      kind assistance\n  dated\n}\n',
        'request R-6 {\n  kind assistance\n  title "not closed\n}\n',
        'request R-7 {\n  kind assistance\n  person P { location "x"\n',
        'person P { name "x" } }} request {',
        '\u0000\u0001\u0002 binary',
        ''
    ];

    test.each(broken)('%j: no exception, and nothing changed', async text => {
        const document = await parse(text);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(text);
    });

    test.each(broken)('%j: formatting a range or on type does not throw either', async text => {
        const document = await parse(text);
        const options = { tabSize: 2, insertSpaces: true };
        const textDocument = { uri: document.uri.toString() };
        const range: Range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
        await expect(Promise.resolve(formatter.formatDocumentRange(document, { textDocument, range, options }))).resolves.toBeInstanceOf(Array);
        await expect(Promise.resolve(formatter.formatDocumentOnType(document, { textDocument, position: range.end, ch: '}', options }))).resolves.toBeInstanceOf(Array);
    });

    test('before the first error, a range is formatted', async () => {
        const document = await parse('request R-8 {\n      kind assistance\n}\nrequest R-9 {\n  dated\n}\n');
        const range: Range = { start: { line: 0, character: 0 }, end: { line: 2, character: 1 } };
        const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options: { tabSize: 2, insertSpaces: true } });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('request R-8 {\n  kind assistance\n}\nrequest R-9 {\n  dated\n}\n');
        expect(document.parseResult.parserErrors).not.toEqual([]);
    });
});
