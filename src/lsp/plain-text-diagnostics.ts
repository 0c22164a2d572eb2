import type { Connection } from 'vscode-languageserver';

/**
 * The Problems panel shows a diagnostic's message as plain text, so the backticks the checks use to set off
 * code (`nivå fullmäktige`) would show literally. Published messages get Swedish quotes ”…” instead; the CLI's
 * outputs and the docs keep the messages as the checks write them.
 */
export function publishPlainTextDiagnostics(connection: Connection): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => send({ ...params, diagnostics: params.diagnostics.map(d => ({ ...d, message: typeof d.message === 'string' ? plainText(d.message) : d.message })) });
}

export function plainText(message: string): string {
    return message.replace(/`([^`\n]+)`/g, '”$1”');
}
