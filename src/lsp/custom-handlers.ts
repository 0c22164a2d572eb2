import type { LangiumSharedServices } from 'langium/lsp';
import { registerDataFileWatcher } from './data-file-watcher.js';
import type { StyrmodellServices } from './lsp-services.js';
import { registerPreviewHandler } from './preview-handler.js';
import { registerWorkspaceTrust } from './workspace-trust.js';
import { registerYearSetting } from './year-setting.js';

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
