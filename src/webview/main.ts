/**
 * Entry of the preview's browser bundle (out/webview/preview.js, an IIFE): the VS Code webview loads it
 * from the extension, the HTML report inlines it. See preview-app.ts.
 */
import { type PreviewApp, startPreview } from './preview-app.js';

declare global {
    interface Window {
        /** The running preview, for tests and debugging. */
        styrmodellPreview?: PreviewApp;
    }
}

const app = startPreview();
if (app) {
    window.styrmodellPreview = app;
}
