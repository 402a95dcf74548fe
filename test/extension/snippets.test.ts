import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createRogatoryServices } from '../../packages/language/src/index.js';
import type { Model } from '../../packages/language/src/generated/ast.js';

/**
 * The extension's snippets (packages/extension/snippets/rogatory.json) as an officer gets them when
 * accepting each one with its placeholders as offered: what is inserted reads without a syntax error
 * (what is still to be written, an empty text or a name that resolves to nothing, is for the checks).
 */
const snippets = JSON.parse(fs.readFileSync('packages/extension/snippets/rogatory.json', 'utf8')) as Record<string, { body: string | string[] }>;

/** A snippet's text with each placeholder at its default (a choice's first value), mirrors filled, dates of 2026-11-22. */
function accepted(body: string): string {
    const values = new Map<string, string>();
    const variables = (text: string) => text.replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-11-22');
    let text = variables(body)
        .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, n: string, first: string) => { values.set(n, first); return first; })
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => { values.set(n, value); return value; });
    text = text.replace(/\$(\d+)/g, (_, n: string) => values.get(n) ?? '');
    return text;
}

const { Rogatory } = createRogatoryServices(EmptyFileSystem);
const parse = parseHelper<Model>(Rogatory);

describe('snippets', () => {
    test.each(Object.entries(snippets))('%s: accepted as offered, it reads without a syntax error', async (_name, { body }) => {
        let text = accepted(Array.isArray(body) ? body.join('\n') : body);
        // A status event is a clause of a request: inserted inside one.
        if (text.startsWith('status ')) text = `request OTP-2026-0001 {\n  kind assistance art. 93(1)(b)\n  ${text}\n}`;
        const document = await parse(text);
        expect([...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message), text).toEqual([]);
    });
});
