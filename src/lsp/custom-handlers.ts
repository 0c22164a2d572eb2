import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerDataFileWatcher } from './data-file-watcher.js';
import type { StyrmodellServices } from './lsp-services.js';
import { guardDocumentNotifications } from './message-guard.js';
import { publishPlainTextDiagnostics } from './plain-text-diagnostics.js';
import { registerPreviewHandler } from './preview-handler.js';
import { registerWorkspaceTrust } from './workspace-trust.js';
import { registerYearSetting } from './year-setting.js';

/**
 * What both entries (desktop and web worker) do to the connection before the services use it: drop malformed
 * document notifications, and publish diagnostics as plain text for the Problems panel.
 */
export function prepareConnection(connection: Connection): void {
    guardDocumentNotifications(connection);
    publishPlainTextDiagnostics(connection);
}

/**
 * The server's own handlers beside Langium's, the same on the desktop and in the browser: the preview request, data
 * file changes (`onDataFileChanged` hears each changed data file's key), the year setting and workspace trust.
 */
export function registerCustomHandlers(
    shared: LangiumSharedServices,
    services: StyrmodellServices,
    onDataFileChanged?: (key: string) => void
): void {
    registerPreviewHandler(shared, services);
    registerDataFileWatcher(shared, services, onDataFileChanged);
    registerYearSetting(shared, services);
    registerWorkspaceTrust(shared, services);
}
