/**
 * On a window reload the client stops while VS Code still asks for code actions, lenses and hints. Asked through
 * the client while it is not running, vscode-languageclient logs "Request textDocument/codeAction failed …
 * Starting server failed" in the output channel. The middleware answers such requests with nothing instead, and
 * lets them through once the client runs.
 */
import { describe, expect, it, vi } from 'vitest';
import { type ClientLife, GUARDED_REQUESTS, quietWhileStopped } from '../../src/extension/quiet-while-stopped.js';

/** A client whose start the test finishes (or not), and whose requests fail the way the real one's do. */
function fakeClient(): { life: ClientLife; running: boolean; finishStart: () => void; next: ReturnType<typeof vi.fn> } {
    let finishStart = () => {};
    const started = new Promise<void>(resolve => {
        finishStart = resolve;
    });
    const fake = {
        running: false,
        finishStart: () => {
            fake.running = true;
            finishStart();
        },
        life: { isRunning: () => fake.running, started },
        next: vi.fn(() =>
            fake.running ? Promise.resolve(['svar']) : Promise.reject(new Error('Starting server failed'))
        )
    };
    return fake;
}

describe('client middleware while the language client is not running', () => {
    it('answers with nothing, without asking the client, when the client stopped before it started', async () => {
        const fake = fakeClient();
        const middleware = quietWhileStopped(fake.life) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        const asked = middleware.provideCodeActions('dokument', 'område', {}, 'token', fake.next);
        // The window reloads while the server is still starting: the start ends, but the client is stopping.
        fake.finishStart();
        fake.running = false;
        await expect(asked).resolves.toBeUndefined();
        expect(fake.next).not.toHaveBeenCalled();
    });

    it('waits for the start and then passes the request on with its arguments', async () => {
        const fake = fakeClient();
        const middleware = quietWhileStopped(fake.life) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        const asked = middleware.provideCodeLenses('dokument', 'token', fake.next);
        fake.finishStart();
        await expect(asked).resolves.toEqual(['svar']);
        expect(fake.next).toHaveBeenCalledWith('dokument', 'token');
    });

    it('guards every request VS Code makes by itself as an editor opens, scrolls or closes', async () => {
        const fake = fakeClient();
        const middleware = quietWhileStopped(fake.life) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        expect(GUARDED_REQUESTS).toEqual(
            expect.arrayContaining([
                'provideCodeActions',
                'provideCodeLenses',
                'provideInlayHints',
                'provideDocumentSemanticTokens',
                'provideDocumentSemanticTokensEdits',
                'provideDocumentRangeSemanticTokens'
            ])
        );
        fake.finishStart();
        fake.running = false;
        for (const name of GUARDED_REQUESTS) {
            await expect(middleware[name]!('dokument', 'token', fake.next), name).resolves.toBeUndefined();
        }
        expect(fake.next).not.toHaveBeenCalled();
    });
});
