#!/usr/bin/env node
// Writes syntaxes/rogatory.tmLanguage.json from the Langium grammar, so that the
// highlighting never drifts from the language: declaration keywords, clause keywords,
// enumerated values (kinds, channels, statuses...), provisions, dates, ICC numbers.
import * as fs from 'node:fs';

const grammar = fs.readFileSync(new URL('../packages/language/src/rogatory.langium', import.meta.url), 'utf8');
const keywordsIn = text => [...text.matchAll(/'([A-Za-z][A-Za-z0-9.\-]*)'/g)].map(m => m[1]);

// Rules `Name returns string: 'a' | 'b' ...;` and inline `x=('a' | 'b')` alternatives are enumerations.
const enumValues = new Set();
for (const m of grammar.matchAll(/^\w+ returns string:\s*([\s\S]*?);/gm)) keywordsIn(m[1]).forEach(k => enumValues.add(k));
for (const m of grammar.matchAll(/=\s*\(([^()]*)\)/g)) keywordsIn(m[1]).forEach(k => enumValues.add(k));
const declarations = new Set(['request', 'person', 'warrant', 'judgment', 'decision', 'record', 'designation', 'state', 'organisation']);
const provisions = new Set(['art.', 'rule']);
const all = new Set(keywordsIn(grammar));
const clauses = [...all].filter(k => !enumValues.has(k) && !declarations.has(k) && !provisions.has(k));

// Names as the lexer reads them (the ID terminal, with its accented letters), groups made non-capturing.
const idTerminal = /^terminal ID: \/(.*)\/;$/m.exec(grammar)[1].replaceAll('(-', '(?:-');

const escape = k => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, and no word character or hyphen around: `respond-by` is one keyword.
const words = list => `(?<![\\w-])(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w-])`;

const tm = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'rogatory',
    scopeName: 'source.rogatory',
    fileTypes: ['rog'],
    patterns: [
        { include: '#comments' },
        { include: '#strings' },
        { name: 'markup.underline.link.provision.rogatory', match: '\\b(?:art\\.|rule)\\s*\\d+(?:\\s*\\([0-9a-z]+\\))*' },
        { name: 'constant.numeric.date.rogatory', match: '\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?\\b' },
        { name: 'constant.other.icc-number.rogatory', match: '\\bICC-\\d{2}/\\d{2}(?:-\\d{2}/\\d{2})?(?:-[A-Za-z0-9]+)*' },
        { name: 'storage.type.declaration.rogatory', match: words(declarations) },
        { name: 'constant.language.value.rogatory', match: words(enumValues) },
        { name: 'keyword.other.clause.rogatory', match: words(clauses) },
        // Names last: a keyword at the same position wins, and digits or keywords inside a name stay part of it.
        { name: 'variable.other.name.rogatory', match: idTerminal },
        { name: 'constant.numeric.rogatory', match: '(?<![\\w-])\\d+(?![\\w-])' },
        { name: 'punctuation.section.block.rogatory', match: '[{}]' }
    ],
    repository: {
        comments: {
            patterns: [
                { name: 'comment.block.rogatory', begin: '/\\*', end: '\\*/', beginCaptures: { 0: { name: 'punctuation.definition.comment.rogatory' } } },
                { name: 'comment.line.double-slash.rogatory', begin: '//', end: '$', beginCaptures: { 0: { name: 'punctuation.definition.comment.rogatory' } } }
            ]
        },
        strings: {
            name: 'string.quoted.double.rogatory',
            begin: '"',
            end: '"',
            patterns: [{ name: 'constant.character.escape.rogatory', match: '\\\\.' }]
        }
    }
};
fs.mkdirSync(new URL('../syntaxes/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../syntaxes/rogatory.tmLanguage.json', import.meta.url), JSON.stringify(tm, null, 2) + '\n');
console.log(`syntaxes/rogatory.tmLanguage.json: ${declarations.size} declaration keywords, ${clauses.length} clause keywords, ${enumValues.size} values`);
