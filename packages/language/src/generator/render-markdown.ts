/**
 * Markdown from the document model (CommonMark + GFM tables and footnotes), for review in a
 * pull request or a wiki. Markdown has no pages: the classification (and DRAFT) stands at
 * the top and at the bottom. Every string is escaped so that the author's text cannot turn
 * into markup, links or raw HTML.
 */
import { searchableText, type Block, type GeneratedDocument, type Inline, type RunningLine } from './document-model.js';

export function escapeMarkdown(value: string): string {
    // Text to read and search, not laid out: "ICC-01/09" and "25 June 2026" are searched for as typed (`searchableText`).
    return searchableText(value)
        .replace(/[\\`*_{}[\]<>|~!#]/g, c => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/\r?\n/g, ' ')
        // A line that starts like a list item or a block quote.
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^([+\-=])/, '\\$1');
}

export function renderMarkdown(model: GeneratedDocument): string {
    const out: string[] = [];
    const marks = runningText(model.header);
    out.push(`**${escapeMarkdown(marks)}**`, '');
    for (const block of model.blocks) out.push(renderBlock(block), '');
    if (model.footnotes.length > 0) {
        for (const f of model.footnotes) out.push(`[^${f.id}]: ${inlines(f.content)}`);
        out.push('');
    }
    out.push('---', '', `**${escapeMarkdown(marks)}**`, '');
    return out.join('\n');
}

/** The text slots of the first running line, page numbers left out ("REG-2026-0101 · UNDER SEAL · DRAFT"). */
function runningText(lines: readonly RunningLine[]): string {
    const line = lines[0];
    if (!line) return '';
    return [line.left, line.center, line.right]
        .map(parts => (parts.some(p => p.type !== 'text') ? '' : parts.map(p => (p.type === 'text' ? p.text : '')).join('')))
        .filter(Boolean).join(' · ');
}

function inlines(content: readonly Inline[]): string {
    return content.map(i => {
        if (i.type === 'footnote-ref') return `[^${i.id}]`;
        // Emphasis markers must hug the text: move surrounding spaces outside them.
        const m = /^(\s*)(.*?)(\s*)$/s.exec(searchableText(i.text))!;
        let core = escapeMarkdown(m[2]);
        if (!core) return m[0];
        if (i.italic) core = `*${core}*`;
        if (i.bold) core = `**${core}**`;
        return `${m[1]}${core}${m[3]}`;
    }).join('');
}

function renderBlock(block: Block): string {
    switch (block.type) {
        case 'cover':
            return [
                ...(block.draftMark ? [`**${escapeMarkdown(block.draftMark)}**`, ''] : []),
                block.court.map(escapeMarkdown).join('  \n'), '',
                block.fields.map(f => `**${escapeMarkdown(f.label)}** ${escapeMarkdown(f.value)}`).join(' · '), '',
                `**${escapeMarkdown(block.organ)}**`, '',
                ...(block.situation ? [`**${escapeMarkdown(block.situation)}**`, ''] : []),
                ...(block.caseLine ? [`**${escapeMarkdown(block.caseLine)}**`, ''] : []),
                `**${escapeMarkdown(block.classification)}**`, '',
                `# ${escapeMarkdown(block.title)}`
            ].join('\n');
        case 'heading':
            return `${block.level === 1 ? '##' : '###'} ${block.label ? `${escapeMarkdown(block.label)} ` : ''}${escapeMarkdown(block.text)}`;
        case 'paragraph':
            // "1\." keeps each paragraph's own number (a Markdown list would renumber).
            return block.number !== undefined ? `${block.number}\\. ${inlines(block.content)}` : inlines(block.content);
        case 'list':
            return block.items.map((item, i) => (block.style === 'letter' ? `(${String.fromCharCode(97 + (i % 26))}) ${inlines(item)}` : `- ${inlines(item)}`))
                .join(block.style === 'letter' ? '  \n' : '\n');
        case 'table':
            return [
                `| ${block.columns.map(escapeMarkdown).join(' | ')} |`,
                `|${block.columns.map(() => ' --- ').join('|')}|`,
                ...block.rows.map(r => `| ${r.map(escapeMarkdown).join(' | ')} |`)
            ].join('\n');
        case 'closing':
            return block.lines.map(escapeMarkdown).join('  \n');
    }
}
