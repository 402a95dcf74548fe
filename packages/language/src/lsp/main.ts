import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createRogatoryServices } from '../rogatory-module.js';
import { followAsOfSetting } from './as-of-setting.js';
import { registerCustomRequests } from './custom-requests.js';
import { recheckClosedFilesWhenIdle } from './idle-recheck.js';

/**
 * The Rogatory language server: `rogatory-language-server --stdio` for any editor, and the
 * server the VS Code extension starts over IPC. No network access, no telemetry.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared, Rogatory } = createRogatoryServices({ connection, ...NodeFileSystem });
registerCustomRequests(connection, Rogatory);
followAsOfSetting(Rogatory);
recheckClosedFilesWhenIdle(connection, shared);
startLanguageServer(shared);
