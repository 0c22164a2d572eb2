import type { Connection } from 'vscode-languageserver';
import { plainText } from '../text/plain-text.js';

/**
 * The Problems panel shows a diagnostic's message as plain text, so the backticks the checks use to set off
 * code (`nivå fullmäktige`) would show literally. Published messages get Swedish quotes ”…” instead.
 */
export function publishPlainTextDiagnostics(connection: Connection): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params =>
        send({
            ...params,
            diagnostics: params.diagnostics.map(d => ({
                ...d,
                message: typeof d.message === 'string' ? plainText(d.message) : d.message
            }))
        });
}
