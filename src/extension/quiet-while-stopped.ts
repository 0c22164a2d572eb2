import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';

/** What the middleware needs of the language client: whether it runs, and its first start. */
export interface ClientLife {
    isRunning(): boolean;
    readonly started: Promise<unknown>;
}

/**
 * The requests VS Code makes by itself whenever an editor opens, scrolls, moves its cursor or closes — so also
 * while the window reloads and the client is stopping.
 */
export const GUARDED_REQUESTS = [
    'provideCodeActions',
    'provideCodeLenses',
    'provideInlayHints',
    'provideDocumentSemanticTokens',
    'provideDocumentSemanticTokensEdits',
    'provideDocumentRangeSemanticTokens',
    'provideDocumentSymbols',
    'provideDocumentLinks',
    'provideFoldingRanges',
    'provideDocumentHighlights',
    'provideHover'
] as const;

/**
 * Client middleware that answers VS Code's own requests with nothing while the language client is not running.
 * Asked while it stops (a window reload) or after its start ended in a stop, vscode-languageclient throws
 * "Starting server failed" and logs "Request textDocument/codeAction failed" in the output channel; there is
 * nothing to answer then, and VS Code asks again as soon as the user does anything in the new window.
 */
export function quietWhileStopped(life: ClientLife): Middleware {
    const middleware: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const name of GUARDED_REQUESTS) {
        middleware[name] = async (...args: unknown[]) => {
            const next = args.pop() as (...rest: unknown[]) => unknown;
            // A request during the start waits for it; VS Code stops waiting itself if the user moves on.
            await life.started.catch(() => undefined);
            return life.isRunning() ? next(...args) : undefined;
        };
    }
    return middleware as Middleware;
}

/**
 * Starts (or restarts) the client with the middleware in place, waiting on this start; the client's features read
 * `client.middleware` at each request, so each start replaces the previous one's.
 */
export function startQuietly(client: BaseLanguageClient): Promise<void> {
    const started = client.start();
    Object.assign(client.middleware, quietWhileStopped({ isRunning: () => client.isRunning(), started }));
    return started;
}
