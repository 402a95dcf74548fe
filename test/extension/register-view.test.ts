import { afterEach, describe, expect, test, vi } from 'vitest';

/**
 * The Explorer's register view (packages/extension/src/register-view.ts) on a register from the
 * language server, with the few VS Code classes it uses stood in for (the real VS Code runs it in
 * the extension suite, `npm run test:extension`).
 */
/** What the view listens to, for the tests to fire: the settings' changes. */
const configurationListeners: Array<(e: { affectsConfiguration(section: string): boolean }) => void> = [];

vi.mock('vscode', () => ({
    EventEmitter: class {
        listeners: Array<() => void> = [];
        event = (listener: () => void) => { this.listeners.push(listener); return { dispose() {} }; };
        fire() { this.listeners.forEach(l => l()); }
    },
    TreeItem: class { constructor(public label: string, public collapsibleState: number) {} },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ThemeIcon: class { constructor(public id: string, public color?: { id: string }) {} },
    ThemeColor: class { constructor(public id: string) {} },
    MarkdownString: class { constructor(public value: string) {} },
    Uri: { file: (fsPath: string) => ({ fsPath }) },
    Range: class { constructor(public startLine: number, public startCharacter: number, public endLine: number, public endCharacter: number) {} },
    workspace: {
        getConfiguration: () => ({ get: () => undefined }),
        onDidChangeConfiguration: (listener: (e: { affectsConfiguration(section: string): boolean }) => void) => { configurationListeners.push(listener); return { dispose() {} }; },
        asRelativePath: (file: string) => file.replace('/ws/', '')
    }
}));

const { RegisterView } = await import('../../packages/extension/src/register-view.js');

const row = { reference: 'OTP-2026-0001', file: '/ws/a.rog', kind: 'assistance', addressee: 'Kenya', stage: 'open', status: 'sent', statusDate: '2026-01-12', overdueDays: 0 };
const never = () => ({ dispose() {} });
const viewOf = (syntaxErrors: string[]) => new RegisterView({ sendRequest: async () => ({ rows: [row], syntaxErrors }) } as never, never);

/** A view on a server whose register is `registers[n]` at its n-th request; `notify` is the server telling that the workspace changed. */
function serverWith(...registers: Array<Array<typeof row>>) {
    const sent: Array<{ method: string; params: unknown }> = [];
    const listeners: Array<() => void> = [];
    const client = {
        sendRequest: async (method: string, params: unknown) => { sent.push({ method, params }); return { rows: registers[Math.min(sent.length, registers.length) - 1], syntaxErrors: [] }; }
    };
    const view = new RegisterView(client as never, listener => { listeners.push(listener); return { dispose() {} }; });
    let shown = 0;
    view.onDidChangeTreeData(() => { shown++; });
    const references = async () => {
        const rows: string[] = [];
        for (const state of await view.getChildren()) for (const stage of await view.getChildren(state)) for (const request of await view.getChildren(stage)) rows.push(item(view, request).label);
        return rows;
    };
    return { view, sent, notify: () => listeners.forEach(l => l()), refreshed: () => shown, references };
}

afterEach(() => { vi.useRealTimers(); configurationListeners.length = 0; });
const item = (view: InstanceType<typeof RegisterView>, node: unknown) => view.getTreeItem(node as never) as any;

describe('the register view in the Explorer', () => {
    test('files with syntax errors come first, under a warning that names them; each opens its file', async () => {
        const view = viewOf(['/ws/broken.rog', '/ws/drafts/half.rog']);
        const roots = await view.getChildren();
        expect(roots.map(n => item(view, n).label)).toEqual(['Syntax errors in 2 files', 'Kenya']);
        const warning = item(view, roots[0]);
        expect(warning.description).toBe('requests may be missing or incomplete');
        expect(warning.iconPath).toEqual({ id: 'warning', color: { id: 'list.warningForeground' } });
        expect(warning.tooltip.value).toContain('- broken.rog\n- drafts/half.rog');
        const files = (await view.getChildren(roots[0])).map(n => item(view, n));
        expect(files.map(f => [f.label, f.command.arguments[0].fsPath])).toEqual([['broken.rog', '/ws/broken.rog'], ['drafts/half.rog', '/ws/drafts/half.rog']]);
    });

    test('one file: named in the warning itself, which opens it', async () => {
        const view = viewOf(['/ws/broken.rog']);
        const roots = await view.getChildren();
        const warning = item(view, roots[0]);
        expect(warning.label).toBe('Syntax errors in broken.rog');
        expect(warning.command.arguments[0].fsPath).toBe('/ws/broken.rog');
    });

    test("a request's tooltip: its classification, or that it states none, as the register's HTML says", async () => {
        const view = viewOf([]);
        const [kenya] = await view.getChildren();
        const [open] = await view.getChildren(kenya);
        const [request] = await view.getChildren(open);
        expect(item(view, request).tooltip.value).toMatch(/^\*\*OTP-2026-0001\*\* \(classification not stated\)/);
        expect(item(view, { kind: 'request', row: { ...row, classification: 'under-seal', exParte: 'Registry only' } }).tooltip.value)
            .toMatch(/^\*\*OTP-2026-0001\*\* \(under-seal, ex parte Registry only\)/);
    });

    test('a request the parser read without its reference is said so in its line and its tooltip, not left blank', async () => {
        const view = viewOf([]);
        const unnamed = item(view, { kind: 'request', row: { ...row, reference: '' } });
        expect(unnamed.label).toBe('(request without a reference)');
        expect(unnamed.tooltip.value).toMatch(/^\*\*\(request without a reference\)\*\* \(classification not stated\)/);
    });

    test("a request's tooltip gives its latest status with that event's note (a refusal's reasons), as the register does, as text", async () => {
        const view = viewOf([]);
        expect(item(view, { kind: 'request', row: { ...row, status: 'refused', statusDate: '2026-02-10', statusNote: 'art. 93(3): *see* [the note](x)' } }).tooltip.value)
            .toContain('\n\nStatus: refused 2026-02-10: art\\. 93\\(3\\): \\*see\\* \\[the note\\]\\(x\\)');
        expect(item(view, { kind: 'request', row }).tooltip.value).toContain('\n\nStatus: sent 2026-01-12');
    });

    test('a competing request for extradition (art. 90) is said in the request\'s line and its tooltip, as text; none, nothing', async () => {
        const view = viewOf([]);
        const competing = 'extradition requested by Uganda (State Party; its dates NOT VERIFIED), same conduct, notified 2026-11-02: art. 90(2)-(3)';
        const shown = item(view, { kind: 'request', row: { ...row, kind: 'arrest-and-surrender', competing } });
        expect(shown.description).toBe('arrest-and-surrender · sent 2026-01-12 · competing extradition');
        expect(shown.tooltip.value).toContain('\n\nCompeting: extradition requested by Uganda \\(State Party; its dates NOT VERIFIED\\), same conduct, notified 2026\\-11\\-02: art\\. 90\\(2\\)\\-\\(3\\)');
        const plain = item(view, { kind: 'request', row: { ...row, competing: '' } });
        expect(plain.description).toBe('assistance · sent 2026-01-12');
        expect(plain.tooltip.value).not.toContain('Competing');
    });

    test('art. 93(9): a competing request other than for surrender or extradition, and material under a third party\'s control, are said in the line and the tooltip', async () => {
        const view = viewOf([]);
        const competing = 'request by Uganda (State Party; its dates NOT VERIFIED) other than for surrender or extradition, notified 2026-11-02: art. 93(9)(a)';
        const redirect = 'under the control of the United Nations (organisation), notified 2026-11-02: to be directed there (art. 93(9)(b))';
        const shown = item(view, { kind: 'request', row: { ...row, competing, redirect } });
        expect(shown.description).toBe('assistance · sent 2026-01-12 · competing request · under third-party control');
        expect(shown.tooltip.value).toContain('\n\nCompeting: request by Uganda \\(State Party; its dates NOT VERIFIED\\) other than for surrender or extradition, notified 2026\\-11\\-02: art\\. 93\\(9\\)\\(a\\)');
        expect(shown.tooltip.value).toContain('\n\nArt. 93(9)(b): under the control of the United Nations \\(organisation\\), notified 2026\\-11\\-02: to be directed there \\(art\\. 93\\(9\\)\\(b\\)\\)');
        expect(item(view, { kind: 'request', row: { ...row, redirect: '' } }).tooltip.value).not.toContain('93(9)(b)');
    });

    const overdue = { ...row, overdueDays: 1, nextDeadline: '2026-03-01', nextDeadlineWhat: 'response requested by', nextDeadlineProvision: '' };
    const arrest = { ...row, reference: 'REG-2026-0002', kind: 'provisional-arrest', status: 'arrested', statusDate: '2026-02-15', overdueDays: 22,
        nextDeadline: '2026-04-16', nextDeadlineWhat: 'surrender request to be received (60 days after the provisional arrest)', nextDeadlineProvision: 'rule 188' };

    test('an overdue request is marked, with its days overdue, and so is its State', async () => {
        const view = new RegisterView({ sendRequest: async () => ({ rows: [overdue, arrest], syntaxErrors: [] }) } as never, never);
        const [kenya] = await view.getChildren();
        expect([item(view, kenya).description, item(view, kenya).iconPath.id]).toEqual(['2 · 2 overdue', 'warning']);
        const [open] = await view.getChildren(kenya);
        const [first, second] = (await view.getChildren(open)).map(n => item(view, n));
        expect([first.description, first.iconPath]).toEqual(['assistance · sent 2026-01-12 · 1 day overdue', { id: 'warning', color: { id: 'list.warningForeground' } }]);
        expect(second.description).toBe('provisional-arrest · arrested 2026-02-15 · 22 days overdue');
    });

    test("a request's tooltip says what is due by when, in words", async () => {
        const view = viewOf([]);
        expect(item(view, { kind: 'request', row: overdue }).tooltip.value).toMatch(/\n\nNext: response requested by 2026-03-01$/);
        expect(item(view, { kind: 'request', row: arrest }).tooltip.value)
            .toMatch(/\n\nNext: surrender request to be received \(60 days after the provisional arrest\) by 2026-04-16 \(rule 188\)$/);
        const draft = { ...overdue, stage: 'draft', status: 'drafted', statusDate: '', nextDeadlineWhat: 'response requested by (the request is not recorded as sent)' };
        expect(item(view, { kind: 'request', row: draft }).tooltip.value).toMatch(/\n\nNext: response requested by 2026-03-01 \(the request is not recorded as sent\)$/);
        // A postponement: the end of the period agreed (art. 94(1)); pending the Court's determination (art. 95), no date, and why.
        const postponed = { ...overdue, status: 'postponed', nextDeadline: '2026-06-30', nextDeadlineWhat: 'postponement agreed until', nextDeadlineProvision: 'art. 94(1)' };
        expect(item(view, { kind: 'request', row: postponed }).tooltip.value).toMatch(/\n\nNext: postponement agreed until 2026-06-30 \(art\. 94\(1\)\)$/);
        const pending = { ...postponed, nextDeadline: '', nextDeadlineWhat: 'none while postponed pending the Court\'s determination on admissibility', nextDeadlineProvision: 'art. 95' };
        expect(item(view, { kind: 'request', row: pending }).tooltip.value).toMatch(/\n\nNext: none while postponed pending the Court's determination on admissibility \(art\. 95\)$/);
    });

    test('a request clicked opens its file at the line where the request starts, not at the top', async () => {
        const view = new RegisterView({ sendRequest: async () => ({ rows: [{ ...row, line: 14 }], syntaxErrors: [] }) } as never, never);
        const [kenya] = await view.getChildren();
        const [open] = await view.getChildren(kenya);
        const [request] = await view.getChildren(open);
        const { command } = item(view, request);
        expect(command.command).toBe('vscode.open');
        expect(command.arguments).toEqual([{ fsPath: '/ws/a.rog' }, { selection: { startLine: 14, startCharacter: 0, endLine: 14, endCharacter: 0 } }]);
    });

    test('no syntax errors: the States alone', async () => {
        const view = viewOf([]);
        expect((await view.getChildren()).map(n => item(view, n).label)).toEqual(['Kenya']);
    });

    test('the server says the workspace changed (an edit, a file deleted or renamed): once the changes pause, the view shows the register again', async () => {
        vi.useFakeTimers();
        const deleted = { ...row, reference: 'OTP-2026-0002', file: '/ws/b.rog' };
        const server = serverWith([row, deleted], [row]);
        expect(await server.references()).toEqual(['OTP-2026-0001', 'OTP-2026-0002']);
        server.notify();
        server.notify(); // each keystroke updates the workspace: one refresh for them all, after the pause
        vi.advanceTimersByTime(RegisterView.PAUSE_MS - 1);
        expect(server.refreshed()).toBe(0);
        vi.advanceTimersByTime(1);
        expect(server.refreshed()).toBe(1);
        expect(await server.references()).toEqual(['OTP-2026-0001']);
        expect(server.sent.map(s => s.method)).toEqual(['rogatory/register', 'rogatory/register']);
    });

    test('rogatory.asOf changed: the view shows the register as of the new day at once; other settings leave it', async () => {
        const server = serverWith([row]);
        await server.references();
        configurationListeners.forEach(l => l({ affectsConfiguration: section => section === 'rogatory.export.folder' || section === 'rogatory' }));
        expect(server.refreshed()).toBe(0);
        configurationListeners.forEach(l => l({ affectsConfiguration: section => section === 'rogatory.asOf' || section === 'rogatory' }));
        expect(server.refreshed()).toBe(1);
        await server.references();
        expect(server.sent).toHaveLength(2);
    });
});
