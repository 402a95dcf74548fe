import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../generator/helpers.js';

/**
 * What packages/extension/package.json shows the officer: where the commands appear (menus' `when`),
 * at which level the settings can be set, what the register view says while it is empty.
 */
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'packages/extension/package.json'), 'utf8')) as {
    activationEvents: string[];
    contributes: {
        commands: Array<{ command: string; title: string; category?: string; icon?: string }>;
        menus: Record<string, Array<{ command: string; when?: string }>>;
        configuration: { properties: Record<string, { scope?: string }> };
        viewsWelcome?: Array<{ view: string; contents: string }>;
        views: Record<string, Array<{ id: string }>>;
        walkthroughs: Array<{ id: string; title: string; steps: Array<{ id: string; title: string; description: string; media: { markdown: string }; completionEvents: string[] }> }>;
    };
};

describe('the extension\'s contributions', () => {
    test('preview and export are not offered on a State of the read-only built-in library (builtin:/, reached by go-to-definition): it holds no request', () => {
        const entries = Object.entries(manifest.contributes.menus).flatMap(([menu, items]) => items.map(item => ({ menu, ...item })))
            .filter(item => ['rogatory.previewRequest', 'rogatory.exportDocx', 'rogatory.exportPdf'].includes(item.command));
        expect(entries.map(e => e.menu).sort()).toEqual(['commandPalette', 'commandPalette', 'commandPalette', 'editor/context', 'editor/context', 'editor/context', 'editor/title']);
        for (const entry of entries) expect(entry.when, `${entry.menu} ${entry.command}`).toBe('editorLangId == rogatory && resourceScheme != builtin');
    });

    test('Export register: in the palette wherever the extension runs (with no folder open it says so), and in the register view\'s title bar beside Refresh', () => {
        expect(manifest.contributes.commands.find(c => c.command === 'rogatory.exportRegister')).toEqual({ command: 'rogatory.exportRegister', title: 'Export register', category: 'Rogatory', icon: '$(export)' });
        const entries = Object.entries(manifest.contributes.menus).flatMap(([menu, items]) => items.map(item => ({ menu, ...item })))
            .filter(item => item.command === 'rogatory.exportRegister' || item.command === 'rogatory.refreshRegister');
        expect(entries).toEqual([
            { menu: 'view/title', command: 'rogatory.refreshRegister', when: 'view == rogatory.register', group: 'navigation' },
            { menu: 'view/title', command: 'rogatory.exportRegister', when: 'view == rogatory.register', group: 'navigation' }
        ]);
        // Run from the palette in a workspace without a .rog file yet, it starts the extension.
        expect(manifest.activationEvents).toContain('onCommand:rogatory.exportRegister');
    });

    test('the export settings can be set for each folder of a multi-root workspace (the export reads them for the request\'s folder)', () => {
        const { properties } = manifest.contributes.configuration;
        expect(properties['rogatory.export.folder'].scope).toBe('resource');
        expect(properties['rogatory.export.languages'].scope).toBe('resource');
    });

    // VS Code's Get Started page: a first session, each step a command to run and a page to read, packaged with the extension.
    test('the walkthrough: a new request, the checks, the preview, the export and the register, each step naming commands that exist', () => {
        const [walkthrough] = manifest.contributes.walkthroughs;
        expect(walkthrough.steps.map(s => s.id)).toEqual(['new-request', 'checks', 'preview', 'export', 'register']);
        const commands = new Set(manifest.contributes.commands.map(c => c.command));
        const views = new Set(Object.values(manifest.contributes.views).flat().map(v => v.id));
        for (const step of walkthrough.steps) {
            const linked = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map(m => m[1]);
            expect(linked.length, step.id).toBeGreaterThan(0);
            for (const command of linked) expect(commands.has(command), `${step.id}: ${command}`).toBe(true);
            for (const event of step.completionEvents) {
                const [kind, id] = event.split(':');
                expect(kind === 'onCommand' ? commands.has(id) : kind === 'onView' && views.has(id), `${step.id}: ${event}`).toBe(true);
            }
            const page = fs.readFileSync(path.join(REPO, 'packages/extension', step.media.markdown), 'utf8');
            expect(page.startsWith(`# ${step.title}\n`), step.media.markdown).toBe(true);
        }
    });

    test('the register view, empty, says what it will list and offers a new request', () => {
        expect(manifest.contributes.viewsWelcome).toEqual([{ view: 'rogatory.register',
            contents: 'No request in this workspace yet: the register lists each request by requested State and stage.\n[New request](command:rogatory.newRequest)' }]);
    });
});
