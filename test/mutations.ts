import fc from 'fast-check';

/**
 * The edits the property tests make to a file: a span deleted or duplicated, a word inserted, two
 * lines swapped, the end cut off. Positions are any numbers, taken modulo the text's length, so that
 * fast-check shrinks them freely.
 */
export type Mutation =
    | { op: 'delete'; at: number; length: number }
    | { op: 'duplicate'; at: number; length: number }
    | { op: 'insert'; at: number; token: string }
    | { op: 'swapLines'; a: number; b: number }
    | { op: 'truncate'; at: number };

/** Mutations inserting the words of `vocabulary` (keywords, values, punctuation) or short random strings. */
export function mutations(vocabulary: readonly string[]): fc.Arbitrary<Mutation> {
    return fc.oneof(
        fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
        fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
        fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 8 })) }),
        fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
        fc.record({ op: fc.constant('truncate' as const), at: fc.nat() })
    );
}

export function applyMutation(text: string, m: Mutation): string {
    const at = (n: number) => (text.length ? n % (text.length + 1) : 0);
    switch (m.op) {
        case 'delete': { const i = at(m.at); return text.slice(0, i) + text.slice(i + m.length); }
        case 'duplicate': { const i = at(m.at); return text.slice(0, i) + text.slice(i, i + m.length) + text.slice(i); }
        case 'insert': { const i = at(m.at); return `${text.slice(0, i)} ${m.token} ${text.slice(i)}`; }
        case 'swapLines': {
            const lines = text.split('\n');
            const a = m.a % lines.length, b = m.b % lines.length;
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
        case 'truncate': return text.slice(0, at(m.at));
    }
}
