#!/usr/bin/env node
// Generates packages/language/src/statute/provisions.generated.ts from the dossier's
// verbatim texts (../shared/reference/rome-statute-part9.md, rpe-part9.md): one entry per
// article, paragraph, sub-paragraph and sub-sub-paragraph, with its verbatim text
// (including what lies under it), its title and whether the dossier verified it.
// Compiler's notes ("> NOTE:") are never statute text; rules marked NOT VERIFIED get no text.
import * as fs from 'node:fs';

const reference = new URL('../../shared/reference/', import.meta.url);
const out = new URL('../packages/language/src/statute/provisions.generated.ts', import.meta.url);
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const nextLetter = l => String.fromCharCode(l.charCodeAt(0) + 1);

/** Parses one `## Article N — Title` / `## Rule N — Title` section into a tree of provisions. */
function parseSection(source, number, title, lines) {
    const root = { citation: `${source} ${number}`, title, own: [], children: [], label: '' };
    const notes = [];
    // The stack holds the current provision at each depth: [root, paragraph, letter, roman]
    // ([root, letter, roman] in an article without numbered paragraphs).
    let stack = [root];
    let hasParagraphs = false;
    const open = (depth, label) => {
        const parent = stack[depth - 1] ?? stack[stack.length - 1];
        const node = { citation: `${parent.citation}(${label})`, title, own: [], children: [], label, depth };
        parent.children.push(node);
        stack = [...stack.slice(0, depth), node];
        return node;
    };
    for (const raw of lines) {
        const line = raw.trim();
        if (!line || /^_.*_$/.test(line)) continue;
        if (line.startsWith('>')) { notes.push(line.replace(/^>\s*(NOTE:\s*)?/, '')); continue; }
        let rest = line;
        let current = stack[stack.length - 1];
        let labelled = false;
        for (;;) {
            let m;
            if ((m = /^(\d+)\.\s+(.*)$/.exec(rest)) && !labelled) {
                current = open(1, m[1]); rest = m[2]; labelled = true; hasParagraphs = true; continue;
            }
            if ((m = /^\(([a-z]+)\)\s*(.*)$/.exec(rest))) {
                const label = m[1];
                // Letters sit under the paragraph, or directly under the article when it has no
                // numbered paragraphs (art. 97(a)-(c), art. 102(a)-(b)).
                const letterDepth = hasParagraphs ? 2 : 1;
                // (i) after (h) is a letter; any other roman numeral under a letter opens the level below it.
                const lastLetter = stack.length > letterDepth ? stack[letterDepth].label : undefined;
                const isRoman = ROMAN.includes(label) && lastLetter !== undefined && nextLetter(lastLetter) !== label;
                current = open(isRoman ? letterDepth + 1 : letterDepth, label); rest = m[2]; labelled = true; continue;
            }
            break;
        }
        // Unlabelled lines continue the current provision; so do the fourth-level items
        // (a. / b. in art. 93(10)(b)), which are kept in their parent's text.
        current.own.push(rest);
    }
    return { root, notes };
}

function textOf(node, withLabel) {
    const head = node.own.join('\n');
    const label = withLabel && node.label ? (/^\d+$/.test(node.label) ? `${node.label}. ` : `(${node.label}) `) : '';
    const parts = [label + head, ...node.children.map(c => textOf(c, true))].filter(p => p.trim());
    return parts.join('\n');
}

const entries = {};
function addTree(node, base) {
    entries[node.citation] = { citation: node.citation, ...base, ...(base.verified ? { text: textOf(node, true) } : {}) };
    node.children.forEach(c => addTree(c, base));
}

function parseFile(file, source, unverifiedRules) {
    const text = fs.readFileSync(new URL(file, reference), 'utf8');
    const sections = text.split(/^## /m).slice(1);
    for (const section of sections) {
        const [heading, ...lines] = section.split('\n');
        const m = /^(Article|Rule) (\d+) — (.*)$/.exec(heading.trim());
        if (!m) continue;
        const number = Number(m[2]);
        let title = m[3].trim();
        const body = [];
        for (const l of lines) { if (/^# /.test(l) || /^## /.test(l) || /^---/.test(l)) break; body.push(l); }
        const { root, notes } = parseSection(source, number, title, body);
        const verified = !unverifiedRules.has(number);
        let titleVerified = true;
        const common = /\(title NOT VERIFIED; commonly “(.*)”\)/.exec(title);
        if (common) { title = common[1]; titleVerified = false; }
        root.title = title;
        const base = { title, verified, ...(titleVerified ? {} : { titleVerified: false }), ...(notes.length ? { note: notes.join(' ') } : {}) };
        entries[root.citation] = { citation: root.citation, ...base, ...(verified ? { text: textOf(root, false) } : {}) };
        root.children.forEach(c => addTree(c, { title, verified }));
    }
}

const rpe = fs.readFileSync(new URL('rpe-part9.md', reference), 'utf8');
const unverified = new Set([...rpe.matchAll(/^\| (\d+) \| \*\*NOT VERIFIED/gm)].map(m => Number(m[1])));
parseFile('rome-statute-part9.md', 'art.', new Set());
parseFile('rpe-part9.md', 'rule', unverified);

const header = `// GENERATED by scripts/build-statute.mjs from ../shared/reference/rome-statute-part9.md and
// rpe-part9.md (the dossier of 2026-11-22). Do not edit by hand: change the script and run
// \`npm run build:statute\`. Texts are verbatim; rules the dossier marks NOT VERIFIED carry no text.
`;
const body = `export interface ProvisionEntry {
    /** Canonical citation: \`art. 93(1)(b)\`, \`rule 188\`. */
    readonly citation: string;
    /** Title of the article or rule. */
    readonly title: string;
    /** false where the dossier could not verify the title (the commonly used title is given). */
    readonly titleVerified?: false;
    /** Verbatim text of this provision and everything under it; absent where the dossier has none. */
    readonly text?: string;
    /** false where the dossier marks the text NOT VERIFIED. */
    readonly verified: boolean;
    /** The dossier's notes (compiler's notes, never statute text). */
    readonly note?: string;
}

export const STATUTE_PROVISIONS: Record<string, ProvisionEntry> = ${JSON.stringify(entries, null, 4)};
`;
fs.writeFileSync(out, header + body);
console.log(`provisions.generated.ts: ${Object.keys(entries).length} entries (${Object.keys(entries).filter(k => k.startsWith('art.') && !k.includes('(')).length} articles, ${Object.keys(entries).filter(k => k.startsWith('rule') && !k.includes('(')).length} rules, ${unverified.size} rules NOT VERIFIED)`);
