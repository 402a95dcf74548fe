import * as vscode from 'vscode';
import type { RenderResult } from '../../language/src/lsp/protocol.js';

/** Renders the request in the document at `uri` in a language (the server's `rogatory/render`). */
export type Render = (uri: string, lang: 'en' | 'fr') => Thenable<RenderResult>;

const LANGUAGE_NAMES = { en: 'English', fr: 'français' } as const;

/**
 * "Preview request": the HTML rendering of the request in a webview that follows the
 * editor (re-rendered after each edit pauses, of the file or of the workspace), in English or French ("Switch preview
 * language"). Made active, a file that holds no request (a State's entry under builtin:/ reached by
 * go-to-definition, a file of persons) leaves the last request shown. The webview runs no script and loads nothing: its Content-Security-Policy
 * allows inline styles and nothing else.
 */
export class PreviewPanel {
    static current: PreviewPanel | undefined;
    private document: vscode.TextDocument;
    private lang: 'en' | 'fr' = 'en';
    private timer: NodeJS.Timeout | undefined;
    /** Counts the renderings asked for: only the latest one is shown, whichever answers last. */
    private renderings = 0;
    private readonly disposables: vscode.Disposable[] = [];
    private disposed = false;

    /**
     * `workspaceChanged` (the server's `rogatory/workspaceChanged`): another file, or `rogatory.asOf`,
     * changed what the request's documents say (a person's name, a warrant, an error elsewhere: DRAFT).
     */
    static show(context: vscode.ExtensionContext, document: vscode.TextDocument, render: Render, workspaceChanged: vscode.Event<void>): PreviewPanel {
        if (PreviewPanel.current) {
            PreviewPanel.current.follow(document);
            PreviewPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
            return PreviewPanel.current;
        }
        const panel = vscode.window.createWebviewPanel('rogatory.preview', 'Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
        PreviewPanel.current = new PreviewPanel(panel, document, render, workspaceChanged);
        context.subscriptions.push(panel);
        return PreviewPanel.current;
    }

    private constructor(readonly panel: vscode.WebviewPanel, document: vscode.TextDocument, private readonly render: Render, workspaceChanged: vscode.Event<void>) {
        this.document = document;
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument(e => { if (e.document === this.document) this.schedule(); }),
            workspaceChanged(() => this.schedule()),
            vscode.window.onDidChangeActiveTextEditor(editor => { if (editor?.document.languageId === 'rogatory') this.follow(editor.document, { keepLast: true }); }),
            panel.onDidDispose(() => this.dispose())
        );
        void vscode.commands.executeCommand('setContext', 'rogatory.previewOpen', true);
        void this.update();
    }

    /** The last HTML shown, for tests. */
    html = '';

    /** The language shown now. */
    get language(): 'en' | 'fr' { return this.lang; }

    /** Shows the request in the other working language. */
    switchLanguage(): Promise<void> {
        this.lang = this.lang === 'en' ? 'fr' : 'en';
        return this.update();
    }

    /** `keepLast`: the editor made `document` active; if it holds no request, the request shown stays. */
    private follow(document: vscode.TextDocument, options: { keepLast?: boolean } = {}): Promise<void> {
        const previous = this.document;
        this.document = document;
        return this.update(options.keepLast && document !== previous ? previous : undefined);
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), 300);
    }

    /** `previous`: the document to go back to, still shown, if this one holds no request. */
    private async update(previous?: vscode.TextDocument): Promise<void> {
        const document = this.document;
        const rendering = ++this.renderings;
        // The server applies the edits sent before this request first (lsp/custom-requests.ts).
        let result: RenderResult;
        try {
            result = await this.render(document.uri.toString(), this.lang);
        } catch (error) {
            // Said in the panel: the rendering of the text before the last edit must not stay there as if current.
            result = { error: `The request could not be rendered: ${error instanceof Error ? error.message : String(error)}` };
        }
        // The editor or the language changed meanwhile, or the panel was closed (a closed webview cannot be written to).
        if (rendering !== this.renderings || this.disposed) return;
        if (previous && result.html === undefined) {
            this.document = previous;
            return;
        }
        this.panel.title = `Preview ${document.uri.path.split('/').pop()} (${LANGUAGE_NAMES[this.lang]})`;
        const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:`;
        const body = result.html ?? `<p>${escape(result.error ?? 'Nothing to preview.')}</p>`;
        this.html = withNotice(withCsp(body, csp), result.syntaxErrors, result.declarationErrors);
        this.panel.webview.html = this.html;
    }

    private dispose(): void {
        this.disposed = true;
        PreviewPanel.current = undefined;
        clearTimeout(this.timer);
        this.disposables.forEach(d => d.dispose());
        void vscode.commands.executeCommand('setContext', 'rogatory.previewOpen', false);
    }
}

/** Puts our Content-Security-Policy first in the document's head, whatever the renderer wrote. */
function withCsp(html: string, csp: string): string {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
    if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, m => m + meta);
    return `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
}

/**
 * A file with syntax errors is read only in part: above the rendering, say so, and where the first
 * error is, so that nobody takes a clause missing from the preview for one missing from the request.
 * A rendering marked DRAFT by an error in a declaration the request relies on (its warrant, its person,
 * perhaps in another file) says which and where: the request's own text may have none.
 */
function withNotice(html: string, syntaxErrors: RenderResult['syntaxErrors'], declarationErrors: RenderResult['declarationErrors']): string {
    const notices: string[] = [];
    const box = (inner: string) => `<div role="alert" style="border:2px solid #b00;background:#fff3f3;color:#600;padding:8px 12px;margin:0 0 12px;font:14px sans-serif">${inner}</div>`;
    if (syntaxErrors?.length) {
        const [first] = syntaxErrors;
        const count = syntaxErrors.length === 1 ? 'a syntax error' : `${syntaxErrors.length} syntax errors`;
        notices.push(box(`<strong>Not a complete rendering:</strong> this file has ${count} (first, line ${first.line}: ${escape(first.message)}). ` +
            `What the parser could not read is missing below; the Problems view lists the errors.`));
    }
    if (declarationErrors?.length) {
        const [first] = declarationErrors;
        const count = declarationErrors.length === 1 ? 'an error' : `${declarationErrors.length} errors`;
        notices.push(box(`<strong>DRAFT:</strong> ${count} in declarations this request relies on (first, in ${escape(first.declaration)}, line ${first.line} of ${escape(first.file)}: ${escape(first.message)}). ` +
            `The documents print from them; the Problems view lists the errors.`));
    }
    if (notices.length === 0) return html;
    const notice = notices.join('');
    return /<body[^>]*>/i.test(html) ? html.replace(/<body[^>]*>/i, m => m + notice) : notice + html;
}

function escape(s: string): string {
    return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
