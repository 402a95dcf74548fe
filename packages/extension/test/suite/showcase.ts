import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * After the suite, when the harness asks for screenshots: puts the editor in each state worth
 * showing (a diagnostic, the State completion list, a provision hover, the preview), writes
 * `<step>.ready` and waits for the harness's `<step>.done` before the next one.
 */
export async function showcase(dir: string): Promise<void> {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const step = async (name: string, prepare: () => Promise<unknown>) => {
        try { await prepare(); } catch (error) { fs.writeFileSync(path.join(dir, `${name}.error`), String(error)); }
        await new Promise(r => setTimeout(r, 1200));
        fs.writeFileSync(path.join(dir, `${name}.ready`), '');
        for (let i = 0; i < 150 && !fs.existsSync(path.join(dir, `${name}.done`)); i++) await new Promise(r => setTimeout(r, 200));
    };
    const open = async (relative: string, line: number, character: number) => {
        const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(root, relative), { preview: false });
        editor.selection = new vscode.Selection(line, character, line, character);
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
        return editor;
    };
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await step('1-diagnostics', async () => {
        await open('ext-test/diagnostics.rog', 11, 20);
        await vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    await step('2-completion', async () => {
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await open('ext-test/completion.rog', 1, 14);
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
    });
    await step('3-hover', async () => {
        await vscode.commands.executeCommand('hideSuggestWidget');
        await open('ext-test/hover.rog', 1, 20);
        await vscode.commands.executeCommand('editor.action.showHover');
    });
    await step('4-preview', async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await open('assistance/OTP-2026-0201-evidence-and-records.rog', 0, 0);
        await vscode.commands.executeCommand('rogatory.previewRequest');
    });
}
