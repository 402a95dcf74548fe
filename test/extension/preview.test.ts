import { beforeEach, describe, expect, test, vi } from 'vitest';

/**
 * The preview panel (packages/extension/src/preview.ts) with the few VS Code pieces it uses stood
 * in for: which request it shows, in which language, as the editor changes (the real VS Code runs
 * it in the extension suite, `npm run test:extension`).
 */
const editorListeners: Array<(editor: { document: unknown }) => void> = [];
const panels: Array<{ title: string; webview: { html: string } }> = [];

vi.mock('vscode', () => ({
    ViewColumn: { Beside: -2 },
    window: {
        createWebviewPanel: (_type: string, title: string) => {
            const panel = { title, webview: { html: '' }, reveal() {}, onDidDispose: () => ({ dispose() {} }) };
            panels.push(panel);
            return panel;
        },
        onDidChangeActiveTextEditor: (listener: (editor: { document: unknown }) => void) => { editorListeners.push(listener); return { dispose() {} }; }
    },
    workspace: { onDidChangeTextDocument: () => ({ dispose() {} }) },
    commands: { executeCommand: async () => undefined }
}));

const { PreviewPanel } = await import('../../packages/extension/src/preview.js');

const documentAt = (name: string) => ({ languageId: 'rogatory', uri: { path: `/ws/${name}`, toString: () => `file:///ws/${name}` } });
const context = { subscriptions: [] as unknown[] };
/** The server's rendering: the file and the language it was asked for, in the HTML. */
const server = vi.fn(async (uri: string, lang: 'en' | 'fr') => ({ html: `<html lang="${lang}"><head></head><body>${uri.split('/').pop()}</body></html>` }));
/** The server's rogatory/workspaceChanged, as extension.ts passes it. */
const workspaceListeners: Array<() => void> = [];
const workspaceChanged = (listener: () => void) => { workspaceListeners.push(listener); return { dispose() {} }; };
const settle = () => new Promise(resolve => setTimeout(resolve, 0));
const shown = () => ({ title: panels[0]!.title, body: /<body>(.*)<\/body>/.exec(panels[0]!.webview.html)?.[1], lang: /<html lang="(\w+)"/.exec(panels[0]!.webview.html)?.[1] });

beforeEach(() => {
    (PreviewPanel.current as unknown as { dispose(): void } | undefined)?.dispose();
    editorListeners.length = 0;
    workspaceListeners.length = 0;
    panels.length = 0;
    server.mockClear();
});

describe('the preview panel', () => {
    test('follows the editor: another request previewed, or made active, is the one rendered', async () => {
        PreviewPanel.show(context as never, documentAt('first.rog') as never, server, workspaceChanged);
        await settle();
        expect(shown()).toEqual({ title: 'Preview first.rog (English)', body: 'first.rog', lang: 'en' });
        PreviewPanel.show(context as never, documentAt('second.rog') as never, server, workspaceChanged);
        await settle();
        expect(shown()).toEqual({ title: 'Preview second.rog (English)', body: 'second.rog', lang: 'en' });
        editorListeners.forEach(l => l({ document: documentAt('third.rog') }));
        await settle();
        expect(shown()).toEqual({ title: 'Preview third.rog (English)', body: 'third.rog', lang: 'en' });
        expect(panels).toHaveLength(1);
    });

    test('an active file that holds no request (a State under builtin:/ reached by go-to-definition) leaves the last request shown', async () => {
        const rendering = vi.fn(async (uri: string, lang: 'en' | 'fr') => uri.startsWith('builtin:') || uri.endsWith('people.rog')
            ? { error: 'This file holds no request to preview.' }
            : server(uri, lang));
        PreviewPanel.show(context as never, documentAt('first.rog') as never, rendering, workspaceChanged);
        await settle();
        const state = { languageId: 'rogatory', uri: { path: '/states/kenya.rog', toString: () => 'builtin:/states/kenya.rog' } };
        editorListeners.forEach(l => l({ document: state }));
        await settle();
        expect(shown()).toEqual({ title: 'Preview first.rog (English)', body: 'first.rog', lang: 'en' });
        editorListeners.forEach(l => l({ document: documentAt('people.rog') }));
        await settle();
        expect(shown()).toEqual({ title: 'Preview first.rog (English)', body: 'first.rog', lang: 'en' });
        // Still the request followed: the workspace changing renders it again, and another request is followed.
        workspaceListeners.forEach(l => l());
        await new Promise(resolve => setTimeout(resolve, 350));
        expect(rendering.mock.calls.at(-1)?.[0]).toBe('file:///ws/first.rog');
        editorListeners.forEach(l => l({ document: documentAt('second.rog') }));
        await settle();
        expect(shown()).toEqual({ title: 'Preview second.rog (English)', body: 'second.rog', lang: 'en' });
    });

    test('asked for a file that holds no request, the preview says so', async () => {
        const rendering = vi.fn(async (uri: string, lang: 'en' | 'fr') => uri.endsWith('people.rog') ? { error: 'This file holds no request to preview.' } : server(uri, lang));
        PreviewPanel.show(context as never, documentAt('first.rog') as never, rendering, workspaceChanged);
        await settle();
        PreviewPanel.show(context as never, documentAt('people.rog') as never, rendering, workspaceChanged);
        await settle();
        expect(panels[0]!.webview.html).toContain('<p>This file holds no request to preview.</p>');
        expect(panels[0]!.title).toBe('Preview people.rog (English)');
    });

    test('switches between English and French, and keeps the language as it follows the editor', async () => {
        const preview = PreviewPanel.show(context as never, documentAt('first.rog') as never, server, workspaceChanged);
        await settle();
        await preview.switchLanguage();
        expect(shown()).toEqual({ title: 'Preview first.rog (français)', body: 'first.rog', lang: 'fr' });
        editorListeners.forEach(l => l({ document: documentAt('second.rog') }));
        await settle();
        expect(shown()).toEqual({ title: 'Preview second.rog (français)', body: 'second.rog', lang: 'fr' });
        await preview.switchLanguage();
        expect(shown().lang).toBe('en');
    });

    test('a rendering that answers after a later one is not shown', async () => {
        let answerFirst!: () => void;
        const slowFirst = vi.fn((uri: string, lang: 'en' | 'fr') => uri.endsWith('first.rog')
            ? new Promise<{ html: string }>(resolve => { answerFirst = () => resolve({ html: `<html lang="${lang}"><head></head><body>first.rog</body></html>` }); })
            : server(uri, lang));
        PreviewPanel.show(context as never, documentAt('first.rog') as never, slowFirst, workspaceChanged);
        PreviewPanel.show(context as never, documentAt('second.rog') as never, slowFirst, workspaceChanged);
        await settle();
        answerFirst();
        await settle();
        expect(shown().body).toBe('second.rog');
    });

    test('a file with syntax errors: above the rendering, that it is not complete, and where the first error is', async () => {
        const broken = vi.fn(async (_uri: string, lang: 'en' | 'fr') => ({
            html: `<html lang="${lang}"><head></head><body class="request">first.rog</body></html>`,
            syntaxErrors: [{ line: 5, message: 'Expected one of `diplomatic-channel`, `INTERPOL` after `via`, found `{`.' }, { line: 9, message: 'Another <one>.' }]
        }));
        PreviewPanel.show(context as never, documentAt('first.rog') as never, broken, workspaceChanged);
        await settle();
        const html = panels[0]!.webview.html;
        expect(html).toMatch(/<body class="request"><div role="alert"[^>]*><strong>Not a complete rendering:<\/strong> this file has 2 syntax errors \(first, line 5: Expected one of `diplomatic-channel`, `INTERPOL` after `via`, found `\{`\.\)\. What the parser could not read is missing below; the Problems view lists the errors\.<\/div>first\.rog/);
        expect(html).not.toContain('Another');
        expect(html).toMatch(/^<!DOCTYPE html>|^<html lang="en"><head><meta http-equiv="Content-Security-Policy"/);
    });

    test('a rendering marked DRAFT by an error in a declaration the request relies on: above it, which declaration, where, and the error', async () => {
        const relying = vi.fn(async (_uri: string, lang: 'en' | 'fr') => ({
            html: `<html lang="${lang}"><head></head><body class="request">first.rog</body></html>`,
            declarationErrors: [{ declaration: 'W-Kilonzo', file: '../declarations/surrender.rog', line: 17, message: "'2026-06-31' is not a real date." }, { declaration: 'P-Kilonzo', file: 'people.rog', line: 3, message: 'Another <one>.' }]
        }));
        PreviewPanel.show(context as never, documentAt('first.rog') as never, relying, workspaceChanged);
        await settle();
        const html = panels[0]!.webview.html;
        expect(html).toMatch(/<body class="request"><div role="alert"[^>]*><strong>DRAFT:<\/strong> 2 errors in declarations this request relies on \(first, in W-Kilonzo, line 17 of \.\.\/declarations\/surrender\.rog: &#39;2026-06-31&#39; is not a real date\.\)\. The documents print from them; the Problems view lists the errors\.<\/div>first\.rog/);
        expect(html).not.toContain('Another');
    });

    test('a file without syntax errors: the rendering alone', async () => {
        PreviewPanel.show(context as never, documentAt('first.rog') as never, server, workspaceChanged);
        await settle();
        expect(panels[0]!.webview.html).not.toContain('role="alert"');
    });

    test('another file changed (a person, a warrant, an error elsewhere): the request is rendered again once the changes pause', async () => {
        let name = 'Person A';
        const rendering = vi.fn(async (_uri: string, lang: 'en' | 'fr') => ({ html: `<html lang="${lang}"><head></head><body>${name}</body></html>` }));
        PreviewPanel.show(context as never, documentAt('first.rog') as never, rendering, workspaceChanged);
        await settle();
        expect(shown().body).toBe('Person A');
        vi.useFakeTimers();
        try {
            name = 'Person B';
            workspaceListeners.forEach(l => l());
            workspaceListeners.forEach(l => l());
            await vi.advanceTimersByTimeAsync(1000);
        } finally {
            vi.useRealTimers();
        }
        expect(shown().body).toBe('Person B');
        expect(rendering).toHaveBeenCalledTimes(2);
    });
});

describe('the preview panel when rendering fails or the panel is closed', () => {
    test('a rendering that fails (the server answered with an error) says so in the panel instead of leaving the last rendering as if current', async () => {
        let fail = false;
        const rendering = vi.fn(async (uri: string, lang: 'en' | 'fr') => {
            if (fail) throw new Error('Request rogatory/render failed with message: boom');
            return server(uri, lang);
        });
        const preview = PreviewPanel.show(context as never, documentAt('first.rog') as never, rendering, workspaceChanged);
        await settle();
        expect(shown().body).toBe('first.rog');
        fail = true;
        await preview.switchLanguage();
        expect(panels[0]!.webview.html).toContain('<p>The request could not be rendered: Request rogatory/render failed with message: boom</p>');
        expect(shown().body).not.toBe('first.rog');
        expect(panels[0]!.title).toBe('Preview first.rog (français)');
    });

    test('closed while a rendering is on its way: the closed panel is not written to', async () => {
        let answer!: () => void;
        const slow = vi.fn((_uri: string, lang: 'en' | 'fr') => new Promise<{ html: string }>(resolve => { answer = () => resolve({ html: `<html lang="${lang}"><head></head><body>late</body></html>` }); }));
        const preview = PreviewPanel.show(context as never, documentAt('first.rog') as never, slow, workspaceChanged);
        let closed = false;
        Object.defineProperty(panels[0]!, 'title', { get: () => 'Preview', set: () => { if (closed) throw new Error('Webview is disposed'); } });
        (preview as unknown as { dispose(): void }).dispose();
        closed = true;
        answer();
        await settle();
        expect(panels[0]!.webview.html).toBe('');
    });
});
