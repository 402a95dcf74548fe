import { stringify } from 'csv-stringify/sync';
import { cssString, escapeHtml } from '../generator/render-html.js';
import { withoutBidiControls } from '../generator/document-model.js';
import { classificationLine } from '../generator/texts.js';
import { CLASSIFICATION_LEVELS } from '../validation/request.js';
import type { CountRow, Register, RegisterRow } from './register.js';
import { NO_REFERENCE, type RegisterFormat } from './formats.js';

/**
 * The register as CSV: one row per request (RFC 4180 quoting), with its stage (draft, open, closed) beside
 * its latest status, which alone does not say it: an event recorded after one that closed the request, or
 * `executed` on a temporary transfer still to be returned. A cell that a spreadsheet would
 * read as a formula (starting with =, +, -, @, a tab or a carriage return: a status note, an unresolved State's
 * name, a file's name) is prefixed with an apostrophe, so that opening the register runs nothing.
 * The text starts with a byte order mark: without one, Excel reads a CSV file in the system's
 * ANSI code page, and "Côte d'Ivoire" or "Türkiye" come out garbled. The last column says `yes` on the
 * rows of a file with syntax errors, which may be incomplete (the HTML marks them, the JSON lists the files).
 */
export function registerToCsv(register: Register): string {
    const columns: Array<keyof RegisterRow> = ['reference', 'kind', 'forms', 'addressee', 'organ', 'situation', 'case', 'classification', 'exParte',
        'dated', 'sent', 'respondBy', 'status', 'statusDate', 'statusNote', 'competing', 'redirect', 'stage', 'nextDeadline', 'nextDeadlineWhat', 'nextDeadlineProvision', 'overdueDays', 'file'];
    const broken = new Set(register.syntaxErrors);
    return '\uFEFF' + stringify(register.rows.map(r => [...columns.map(c => Array.isArray(r[c]) ? (r[c] as string[]).join('; ') : r[c]), broken.has(r.file) ? 'yes' : '']), {
        header: true,
        escape_formulas: true,
        columns: [...columns, 'syntaxErrors'].map((c, i) => ({ key: String(i), header: c }))
    });
}

export function registerToJson(register: Register): string {
    return JSON.stringify(register, null, 2);
}

/**
 * The register in one of its formats, ending with a line break: the one rendering of `rogatory register`'s
 * output and of the report the editor's "Export register" writes, so that the two are the same text.
 */
export function renderRegister(register: Register, format: RegisterFormat): string {
    const text = format === 'csv' ? registerToCsv(register) : format === 'json' ? registerToJson(register) : registerToHtml(register);
    return text.endsWith('\n') ? text : `${text}\n`;
}

// The generator's HTML escaping; directional controls left out, as out of the documents.
const escape = (s: unknown) => escapeHtml(withoutBidiControls(String(s ?? '')));
/** A row's reference as the page shows it: a request the parser read without one (`request {`) is said so, not a blank. */
const reference = (text: string) => (text ? escape(text) : `<i>${NO_REFERENCE}</i>`);

/**
 * A single self-contained page: the register as a table that sorts (click a heading) and
 * filters (type in the box), summaries, and two inline-SVG charts. With the keyboard alone too:
 * each heading is a button, which says how the column is sorted (`aria-sort`), and the number of
 * rows the filter leaves is announced. To a screen reader, every table has a caption and headers
 * for its columns and rows, and each chart's figures are a table too. No remote content; the
 * Content-Security-Policy forbids any. The page carries the highest classification of the
 * requests it lists and their ex parte markers, in the generator's words, at the top and bottom
 * and on every printed page (as a CSS string there: inside <style> no HTML entity is decoded).
 */
export function registerToHtml(register: Register): string {
    const mark = classificationLine(register.classification || undefined, register.exParte, false, 'en');
    const broken = new Set(register.syntaxErrors);
    const rows = register.rows.map(r => `<tr class="${r.overdueDays > 0 ? 'overdue' : ''}">
<th scope="row">${reference(r.reference)}${broken.has(r.file) ? ' <small class="syntax-errors">(syntax errors: may be incomplete)</small>' : ''}</th><td>${escape(r.kind)}${r.forms.length ? ` <small>${escape(r.forms.join(', '))}</small>` : ''}</td><td>${escape(r.addressee)}</td><td>${escape(r.organ)}</td>
<td>${escape(r.situation)}</td><td data-sort="${CLASSIFICATION_LEVELS.indexOf(r.classification)}">${escape(r.classification)}${r.exParte ? ` <small>ex parte ${escape(r.exParte)}</small>` : ''}</td><td>${escape(r.dated)}</td><td>${escape(r.sent)}</td><td>${escape(r.status)} ${escape(r.statusDate)}${r.statusNote ? ` <small>${escape(r.statusNote)}</small>` : ''}${r.competing ? ` <small class="competing">competing: ${escape(r.competing)}</small>` : ''}${r.redirect ? ` <small class="redirect">${escape(r.redirect)}</small>` : ''}</td><td>${escape(r.stage)}</td>
<td>${r.nextDeadline ? escape(r.nextDeadline) : r.nextDeadlineWhat ? `<small>${escape(r.nextDeadlineWhat)}</small>` : ''}${r.nextDeadlineProvision ? ` <small>(${escape(r.nextDeadlineProvision)})</small>` : ''}</td><td data-sort="${r.overdueDays}">${r.overdueDays || ''}</td></tr>`).join('\n');
    const counts = (title: string, caption: string, what: string, list: CountRow[]) => `<section><h2>${escape(title)}</h2><table class="counts"><caption>${escape(caption)}</caption><thead><tr>${headings([what, 'open', 'overdue', 'total'])}</tr></thead><tbody>
${list.map(c => `<tr><th scope="row">${escape(c.key)}</th><td>${c.open}</td><td>${c.overdue}</td><td>${c.total}</td></tr>`).join('\n')}</tbody></table></section>`;
    const shown = `${register.rows.length} of ${register.rows.length} requests shown`;
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Register of requests for cooperation — ${escape(register.asOf)}</title>
<style>
body{font-family:Georgia,"Times New Roman",serif;margin:2em;color:#111}
.syntax-errors-note{border:2px solid #c60;background:#fff3e0;padding:.4em}.syntax-errors{color:#a40}
.classification{text-align:center;font-weight:bold;letter-spacing:.1em;border:2px solid #900;color:#900;padding:.2em}
table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}
th{background:#eee;text-align:left}tbody th{font-weight:normal}caption{text-align:left;font-style:italic;padding:.2em 0}tr.overdue td,tr.overdue th{background:#fde2e2}
#register thead button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-align:left;color:inherit}
#register thead button:focus-visible{outline:2px solid #369;outline-offset:2px}
#register th[aria-sort=ascending] button::after{content:" \\25B2"}#register th[aria-sort=descending] button::after{content:" \\25BC"}section{display:inline-block;vertical-align:top;margin:0 2em 1em 0}
svg text{font-size:11px;font-family:sans-serif}
@media print{@page{size:A4 landscape;margin:2cm;@top-center{content:${cssString(mark)}}@bottom-center{content:${cssString(`${mark} — page `)} counter(page)}}.filter{display:none}section{display:block;margin:0 0 1em}tr{break-inside:avoid}}
</style></head><body>
<p class="classification">${escape(mark)}</p>
<h1>Register of requests for cooperation</h1>
<p>As of ${escape(register.asOf)}: ${register.rows.length} requests, ${register.rows.filter(r => r.stage === 'open').length} open, ${register.overdue.length} overdue.</p>
${register.syntaxErrors.length ? `<p class="syntax-errors-note"><strong>${register.syntaxErrors.length === 1 ? 'A file has syntax errors' : `${register.syntaxErrors.length} files have syntax errors`}</strong>: the requests in ${register.syntaxErrors.length === 1 ? 'it' : 'them'} may be missing from this register, or their rows incomplete (<code>rogatory check</code> lists the errors): ${register.syntaxErrors.map(f => `<code>${escape(f)}</code>`).join(', ')}.</p>
` : ''}${counts('Open requests per State or organisation (burden sharing)', 'Requests per State or organisation: open, overdue and total', 'State or organisation', register.byState)}
${counts('Per situation', 'Requests per situation: open, overdue and total', 'Situation', register.bySituation)}
${counts('Per kind', 'Requests per kind: open, overdue and total', 'Kind', register.byKind)}
<section><h2>Requests per State or organisation</h2>${barChart(register.byState)}</section>
<section><h2>Status over time</h2>${lineChart(register.overTime)}</section>
<section><h2>Overdue follow-ups</h2>${register.overdue.length ? `<table class="counts"><caption>Overdue follow-ups, most overdue first</caption><thead><tr>${headings(['reference', 'addressee', 'deadline', 'due', 'days overdue'])}</tr></thead><tbody>
${register.overdue.map(r => `<tr><th scope="row">${reference(r.reference)}</th><td>${escape(r.addressee)}</td><td>${escape(r.nextDeadlineWhat)}${r.nextDeadlineProvision ? ` (${escape(r.nextDeadlineProvision)})` : ''}</td><td>${escape(r.nextDeadline)}</td><td>${r.overdueDays}</td></tr>`).join('\n')}</tbody></table>` : '<p>None.</p>'}</section>
<section><h2>Could be consolidated</h2>${register.consolidation.length ? `<ul>${register.consolidation.map(g => `<li>${escape(g.addressee)}, ${escape(g.situation)}: ${g.references.map(escape).join(', ')}${g.linked.map(chain => ` <small>(${chain.map(escape).join(', ')}: one chain of follow-ups, not with each other)</small>`).join('')}</li>`).join('')}</ul>` : '<p>None.</p>'}</section>
<h2>Requests</h2>
<p class="filter"><label>Filter: <input id="filter" type="search" placeholder="State, status, reference…" aria-controls="register"></label> <span id="shown" role="status">${shown}</span></p>
<table id="register"><caption>Every request as of ${escape(register.asOf)}, by date; a column's heading sorts the rows by it (again: the other way)</caption>
<thead><tr>${['Reference', 'Kind', 'Addressee', 'Organ', 'Situation', 'Classification', 'Dated', 'Sent', 'Status', 'Stage', 'Next deadline', 'Overdue (days)'].map(h => `<th scope="col"><button type="button">${h}</button></th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="classification">${escape(mark)}</p>
<script>
(function () {
  // Plain DOM calls (no table API): the tests run this script as the browser does.
  var table = document.getElementById('register'), body = table.querySelector('tbody'), headers = table.querySelectorAll('thead th');
  var rows = function () { return Array.prototype.slice.call(body.children); };
  document.getElementById('filter').addEventListener('input', function (e) {
    // Letters compared without their accents ("cote" finds Côte d'Ivoire), cell by cell (not across two).
    var plain = function (s) { return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
    var q = plain(e.target.value), shown = 0, all = rows();
    all.forEach(function (r) {
      var match = Array.prototype.some.call(r.children, function (c) { return plain(c.textContent).indexOf(q) >= 0; });
      r.toggleAttribute('hidden', !match); if (match) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + all.length + ' requests shown';
  });
  Array.prototype.forEach.call(headers, function (th, i) {
    var ascending = true;
    th.querySelector('button').addEventListener('click', function () {
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var value = function (r) { var c = r.children[i]; return c.getAttribute('data-sort') !== null ? Number(c.getAttribute('data-sort')) : c.textContent.trim(); };
      // An empty cell (no deadline, not sent) goes last either way, as in a spreadsheet: the soonest deadlines first, not the closed requests.
      var sorted = rows().sort(function (a, b) { var x = value(a), y = value(b); if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0); return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1); });
      ascending = !ascending;
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
</script>
</body></html>
`;
}

/** Column headings, for a table whose rows each start with a row heading. */
function headings(names: string[]): string {
    return names.map(h => `<th scope="col">${escape(h)}</th>`).join('');
}

/**
 * Open and total requests per State or organisation, every one of them (a burden-sharing chart that
 * left some out would mislead): one bar each, the chart as tall as needed. A name too long for its
 * column is cut with an ellipsis; the full name is the bar's tooltip (`<title>`).
 */
function barChart(rows: CountRow[]): string {
    const max = Math.max(1, ...rows.map(r => r.total));
    const height = 18 * rows.length + 10;
    const bars = rows.map((r, i) => {
        const y = 5 + i * 18;
        const total = (r.total / max) * 250, open = (r.open / max) * 250;
        const label = r.key.length > 28 ? `${r.key.slice(0, 27).trimEnd()}…` : r.key;
        return `<g><title>${escape(r.key)}: ${r.open} open of ${r.total}</title><text x="0" y="${y + 12}">${escape(label)}</text><rect x="190" y="${y}" width="${total.toFixed(1)}" height="14" fill="#ccc"/><rect x="190" y="${y}" width="${open.toFixed(1)}" height="14" fill="#369"/><text x="${(195 + total).toFixed(1)}" y="${y + 12}">${r.open}/${r.total}</text></g>`;
    }).join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="${height}" role="img" aria-label="Requests per State or organisation: open (dark) of total; the figures are in the table of requests per State or organisation">${bars}</svg>`;
}

function lineChart(points: Register['overTime']): string {
    if (points.length === 0) return '<p>No dated status events.</p>';
    const w = 480, h = 160, max = Math.max(1, ...points.map(p => p.open + p.closed + p.draft));
    const x = (i: number) => 30 + (points.length === 1 ? 0 : (i / (points.length - 1)) * (w - 40));
    const y = (v: number) => h - 20 - (v / max) * (h - 40);
    const line = (key: 'open' | 'closed' | 'draft', colour: string) =>
        `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p, i) => `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ')}"/>`;
    // The chart's figures as a table too: what a screen reader reads, and a reader who wants the numbers.
    const figures = `<details><summary>The figures, month by month</summary><table class="counts"><caption>Requests at each month's end: draft, open and closed</caption><thead><tr>${headings(['month', 'draft', 'open', 'closed'])}</tr></thead><tbody>
${points.map(p => `<tr><th scope="row">${escape(p.month)}</th><td>${p.draft}</td><td>${p.open}</td><td>${p.closed}</td></tr>`).join('\n')}</tbody></table></details>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="Open, closed and draft requests per month, ${escape(points[0].month)} to ${escape(points[points.length - 1].month)}; the figures follow the chart">
<line x1="30" y1="${h - 20}" x2="${w - 10}" y2="${h - 20}" stroke="#999"/>${line('open', '#369')}${line('closed', '#393')}${line('draft', '#c93')}
<text x="30" y="${h - 5}">${escape(points[0].month)}</text><text x="${w - 60}" y="${h - 5}">${escape(points[points.length - 1].month)}</text>
<text x="35" y="12" fill="#369">open</text><text x="80" y="12" fill="#393">closed</text><text x="130" y="12" fill="#c93">draft</text><text x="0" y="${y(max) + 4}">${max}</text></svg>
${figures}`;
}
