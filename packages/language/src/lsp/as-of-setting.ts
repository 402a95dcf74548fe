import { DocumentState } from 'langium';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import type { RogatoryServices } from '../rogatory-module.js';
import { isDay } from '../states/dates.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';

/**
 * The editor's `rogatory.asOf` setting, what `--at` is to the CLI: the day follow-up and
 * deadlines are judged against (empty: today). Read once the client has sent its settings and
 * on every change, which re-checks the open workspace so that no finding judged on the old day stays.
 * A value that is no day (`2026-02-30` passes the setting's pattern) is ignored, the checks keep
 * today, and the editor is told so once per value (window/showMessage, for any editor).
 */
export function followAsOfSetting(services: RogatoryServices): void {
    const { ConfigurationProvider, WorkspaceManager, WorkspaceLock, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const settings = services.rogatory.Settings;
    let warned: string | undefined;
    const apply = (value: unknown): boolean => {
        const asOf = typeof value === 'string' && isDay(value) ? value : undefined;
        if (typeof value === 'string' && value !== '' && !asOf) {
            if (value !== warned) {
                void services.shared.lsp.Connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning,
                    message: `Rogatory: the rogatory.asOf setting "${value}" is not a date (YYYY-MM-DD): deadlines and follow-up are judged as of today.` })
                    .catch(() => undefined);
            }
            warned = value;
        } else warned = undefined;
        if (asOf === settings.asOf) return false;
        settings.asOf = asOf;
        return true;
    };
    // Findings already judged on another day: every file checked is checked again (not read again: a
    // closed file may have left the disk). This write cancels the build under way, the workspace's
    // first one (the settings arrive at startup) or an edit's: an update, unlike a build of the checked
    // files alone, also finishes every build left incomplete.
    const recheck = () => WorkspaceManager.ready.then(() => WorkspaceLock.write(token => {
        for (const document of LangiumDocuments.all) {
            if (document.state >= DocumentState.Validated && !isBuiltinUri(document.uri)) DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
        }
        return DocumentBuilder.update([], [], token);
    })).catch(error => console.error('Could not re-check the workspace for the rogatory.asOf setting:', error));
    void ConfigurationProvider.getConfiguration('rogatory', 'asOf').then(value => { if (apply(value)) void recheck(); });
    ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'rogatory' && apply((update.configuration as { asOf?: unknown } | undefined)?.asOf)) void recheck();
    });
}
