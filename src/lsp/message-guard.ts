import type { Connection } from 'vscode-languageserver';

/**
 * Drops document notifications whose shape is wrong (no text, a number for a text, a URI that is not one)
 * before Langium's document store sees them: one bad message from a client must not take the server down
 * for every document that is fine. The drop is logged in the output channel.
 */
export function guardDocumentNotifications(connection: Connection): void {
    const guard =
        <P>(register: (handler: (params: P) => void) => unknown, valid: (params: unknown) => boolean, method: string) =>
        (handler: (params: P) => void) =>
            register((params: P) => {
                if (valid(params)) {
                    handler(params);
                } else {
                    connection.console.warn(
                        `Styrmodell: ett felaktigt meddelande från editorn (${method}) hoppades över.`
                    );
                }
            });
    connection.onDidOpenTextDocument = guard(
        connection.onDidOpenTextDocument.bind(connection),
        validOpen,
        'textDocument/didOpen'
    ) as typeof connection.onDidOpenTextDocument;
    connection.onDidChangeTextDocument = guard(
        connection.onDidChangeTextDocument.bind(connection),
        validChange,
        'textDocument/didChange'
    ) as typeof connection.onDidChangeTextDocument;
    connection.onDidCloseTextDocument = guard(
        connection.onDidCloseTextDocument.bind(connection),
        validClose,
        'textDocument/didClose'
    ) as typeof connection.onDidCloseTextDocument;
}

function validOpen(params: unknown): boolean {
    const document = field(params, 'textDocument');
    return (
        validUri(field(document, 'uri')) &&
        typeof field(document, 'text') === 'string' &&
        typeof field(document, 'languageId') === 'string' &&
        Number.isInteger(field(document, 'version'))
    );
}

function validChange(params: unknown): boolean {
    const changes = field(params, 'contentChanges');
    return (
        validUri(field(field(params, 'textDocument'), 'uri')) &&
        Number.isInteger(field(field(params, 'textDocument'), 'version')) &&
        Array.isArray(changes) &&
        changes.every(change => typeof field(change, 'text') === 'string' && validRange(field(change, 'range')))
    );
}

function validClose(params: unknown): boolean {
    return validUri(field(field(params, 'textDocument'), 'uri'));
}

function validRange(range: unknown): boolean {
    if (range === undefined) return true;
    const position = (p: unknown) => Number.isInteger(field(p, 'line')) && Number.isInteger(field(p, 'character'));
    return position(field(range, 'start')) && position(field(range, 'end'));
}

function validUri(uri: unknown): boolean {
    return typeof uri === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(uri);
}

function field(value: unknown, key: string): unknown {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
