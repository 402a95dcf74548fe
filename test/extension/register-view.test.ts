import { describe, expect, test, vi } from 'vitest';

/**
 * The Explorer's register view (packages/extension/src/register-view.ts) on a register from the
 * language server, with the few VS Code classes it uses stood in for (the real VS Code runs it in
 * the extension suite, `npm run test:extension`).
 */
vi.mock('vscode', () => ({
    EventEmitter: class { event = () => ({ dispose() {} }); fire() {} },
    TreeItem: class { constructor(public label: string, public collapsibleState: number) {} },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ThemeIcon: class { constructor(public id: string, public color?: { id: string }) {} },
    ThemeColor: class { constructor(public id: string) {} },
    MarkdownString: class { constructor(public value: string) {} },
    Uri: { file: (fsPath: string) => ({ fsPath }) },
    workspace: {
        getConfiguration: () => ({ get: () => undefined }),
        asRelativePath: (file: string) => file.replace('/ws/', '')
    }
}));

const { RegisterView } = await import('../../packages/extension/src/register-view.js');

const row = { reference: 'OTP-2026-0001', file: '/ws/a.rog', kind: 'assistance', addressee: 'Kenya', stage: 'open', status: 'sent', statusDate: '2026-01-12', overdueDays: 0 };
const viewOf = (syntaxErrors: string[]) => new RegisterView({ sendRequest: async () => ({ rows: [row], syntaxErrors }) } as never);
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

    test('no syntax errors: the States alone', async () => {
        const view = viewOf([]);
        expect((await view.getChildren()).map(n => item(view, n).label)).toEqual(['Kenya']);
    });
});
