import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RegisterRequest, type RegisterParams, type RegisterResult } from '../../language/src/lsp/protocol.js';
import { NO_REFERENCE } from '../../language/src/register/formats.js';
import { dayCount } from '../../language/src/states/dates.js';
import { compareText } from '../../language/src/text-order.js';

type RegisterRow = RegisterResult['rows'][number];
type Node = { kind: 'addressee'; name: string; rows: RegisterRow[] } | { kind: 'stage'; name: string; rows: RegisterRow[] } | { kind: 'request'; row: RegisterRow }
    | { kind: 'syntax-errors'; files: string[] } | { kind: 'file'; file: string };

const STAGES: Array<[RegisterRow['stage'], string]> = [['open', 'Open'], ['draft', 'Drafts'], ['closed', 'Closed']];

/**
 * What is due and by when, as a phrase: the date goes after the `by` or `until` of the register's `nextDeadlineWhat` when
 * it has one ("response requested by 2026-03-01", not "response requested by by 2026-03-01"; "postponement agreed until
 * 2026-06-30"), else after a `by` of its own ("return of the transferred person by 2026-12-15"). Without a date, what
 * the register says instead (nothing due pending the Court's determination on admissibility, art. 95).
 */
function dueBy(what: string, date: string): string {
    if (!date) return what;
    return /\b(?:by|until)\b/.test(what) ? what.replace(/\b(by|until)\b/, `$1 ${date}`) : `${what} by ${date}`;
}

/** The day the register is as of: `rogatory.asOf`, else (undefined) the server's today. The view and its export ask the same. */
export function registerAsOf(): string | undefined {
    return vscode.workspace.getConfiguration('rogatory').get<string>('asOf') || undefined;
}

/**
 * The register as a tree in the Explorer: requests by requested State (or organisation) and
 * stage, overdue ones marked with the days overdue. Refreshed, once the edits pause, whenever the
 * server's workspace changes (an edit, a file created, deleted or renamed, a re-check for
 * `rogatory.asOf`) and when `rogatory.asOf` changes.
 * Files with syntax errors, whose requests may be missing or incomplete, come first, under a
 * warning (as `rogatory register` names them on stderr).
 */
export class RegisterView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
    /** How long the workspace must stay unchanged before the view asks for the register again. */
    static readonly PAUSE_MS = 400;
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChangeTreeData = this.changed.event;
    private register: Promise<RegisterResult> | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly disposables: vscode.Disposable[];

    /** `workspaceChanged`: the server's `rogatory/workspaceChanged` notification. */
    constructor(private readonly client: LanguageClient, workspaceChanged: vscode.Event<void>) {
        this.disposables = [
            workspaceChanged(() => this.refreshSoon()),
            vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('rogatory.asOf')) this.refresh(); })
        ];
    }

    refresh(): void {
        clearTimeout(this.timer);
        this.register = undefined;
        this.changed.fire();
    }

    /** A refresh once the workspace has stopped changing (every keystroke updates it). */
    refreshSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.refresh(), RegisterView.PAUSE_MS);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.disposables.forEach(d => d.dispose());
    }

    private load(): Promise<RegisterResult> {
        return (this.register ??= this.client.sendRequest<RegisterResult>(RegisterRequest, { asOf: registerAsOf() } satisfies RegisterParams));
    }

    async getChildren(node?: Node): Promise<Node[]> {
        if (!node) {
            const register = await this.load();
            const byAddressee = new Map<string, RegisterRow[]>();
            for (const row of register.rows) byAddressee.set(row.addressee || '(no addressee)', [...(byAddressee.get(row.addressee || '(no addressee)') ?? []), row]);
            const addressees = [...byAddressee.entries()].sort((a, b) => compareText(a[0], b[0])).map(([name, rows]): Node => ({ kind: 'addressee', name, rows }));
            const files = register.syntaxErrors ?? [];
            return files.length ? [{ kind: 'syntax-errors', files }, ...addressees] : addressees;
        }
        if (node.kind === 'syntax-errors') return node.files.map(file => ({ kind: 'file', file }));
        if (node.kind === 'addressee') {
            return STAGES.map(([stage, name]) => ({ kind: 'stage' as const, name, rows: node.rows.filter(r => r.stage === stage) })).filter(n => n.rows.length > 0);
        }
        if (node.kind === 'stage') return node.rows.map(row => ({ kind: 'request', row }));
        return [];
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if (node.kind === 'syntax-errors') {
            const names = node.files.map(file => vscode.workspace.asRelativePath(file));
            const label = node.files.length === 1 ? `Syntax errors in ${names[0]}` : `Syntax errors in ${node.files.length} files`;
            const item = new vscode.TreeItem(label, node.files.length === 1 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
            item.description = 'requests may be missing or incomplete';
            item.tooltip = new vscode.MarkdownString(`The parser read these files only in part: their requests may be missing from the register, or their rows incomplete. The Problems view lists the errors.\n\n${names.map(n => `- ${n}`).join('\n')}`);
            item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
            if (node.files.length === 1) item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.file(node.files[0])] };
            return item;
        }
        if (node.kind === 'file') {
            const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.file), vscode.TreeItemCollapsibleState.None);
            item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
            item.resourceUri = vscode.Uri.file(node.file);
            item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.file(node.file)] };
            return item;
        }
        if (node.kind === 'request') {
            const { row } = node;
            // A request the parser read without its reference (`request {`) is still a row: said so, not an empty line.
            const reference = row.reference || NO_REFERENCE;
            const item = new vscode.TreeItem(reference, vscode.TreeItemCollapsibleState.None);
            // A competing request (art. 90, art. 93(9)(a)) and material under a third party's control (art. 93(9)(b)) are said in the line itself: the follow-up turns on them.
            item.description = `${row.kind} · ${row.status} ${row.statusDate}${row.competing ? ` · competing ${row.competing.startsWith('extradition') ? 'extradition' : 'request'}` : ''}${row.redirect ? ' · under third-party control' : ''}${row.overdueDays ? ` · ${dayCount(row.overdueDays)} overdue` : ''}`;
            const markdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
            item.tooltip = new vscode.MarkdownString(`**${reference}** (${row.classification || 'classification not stated'}${row.exParte ? `, ex parte ${row.exParte}` : ''})\n\n${row.kind} to ${row.addressee}, ${row.situation}\n\nStatus: ${row.status} ${row.statusDate}${row.statusNote ? `: ${markdown(row.statusNote)}` : ''}` +
                (row.competing ? `\n\nCompeting: ${markdown(row.competing)}` : '') +
                (row.redirect ? `\n\nArt. 93(9)(b): ${markdown(row.redirect)}` : '') +
                (row.nextDeadline || row.nextDeadlineWhat ? `\n\nNext: ${dueBy(row.nextDeadlineWhat, row.nextDeadline)}${row.nextDeadlineProvision ? ` (${row.nextDeadlineProvision})` : ''}` : ''));
            item.iconPath = new vscode.ThemeIcon(row.overdueDays ? 'warning' : row.stage === 'closed' ? 'pass' : 'file', row.overdueDays ? new vscode.ThemeColor('list.warningForeground') : undefined);
            item.resourceUri = vscode.Uri.file(row.file);
            // At the request itself: its file may declare persons and warrants first, or hold other requests.
            const at = new vscode.Range(row.line ?? 0, 0, row.line ?? 0, 0);
            item.command = { command: 'vscode.open', title: 'Open the request', arguments: [vscode.Uri.file(row.file), { selection: at } satisfies vscode.TextDocumentShowOptions] };
            return item;
        }
        const overdue = node.rows.filter(r => r.overdueDays > 0).length;
        const item = new vscode.TreeItem(node.name, node.kind === 'addressee' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.rows.length}${overdue ? ` · ${overdue} overdue` : ''}`;
        if (node.kind === 'addressee') item.iconPath = new vscode.ThemeIcon(overdue ? 'warning' : 'globe');
        return item;
    }
}
