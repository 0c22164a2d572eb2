/**
 * The preview panel host (src/extension/preview-manager.ts) without a VS Code window: the `vscode` module is a
 * fake whose webview records what is posted, and the client answers with the language server's own preview
 * answers for a model before and after a threshold edit. The webview must get, from a `delta` answer, exactly the
 * input a whole answer carries; a patch of an answer it does not hold makes the host ask for the whole one.
 */
import { describe, expect, it, vi } from 'vitest';

/** What the fake webview was sent, and the listeners the host registered. */
const fake = {
    posted: [] as unknown[],
    onMessage: undefined as ((message: unknown) => void) | undefined
};

vi.mock('vscode', () => {
    const disposable = { dispose: () => undefined };
    class Uri {
        constructor(readonly path: string) {}
        static file(path: string) {
            return new Uri(path);
        }
        static parse(text: string) {
            return new Uri(text.replace(/^file:\/\//, ''));
        }
        static joinPath(base: Uri, ...parts: string[]) {
            return new Uri([base.path, ...parts].join('/'));
        }
        get fsPath() {
            return this.path;
        }
        get scheme() {
            return 'file';
        }
        toString() {
            return `file://${this.path}`;
        }
    }
    const panel = {
        webview: {
            options: {},
            html: '',
            cspSource: 'vscode-resource:',
            asWebviewUri: (uri: Uri) => uri,
            onDidReceiveMessage: (listener: (message: unknown) => void) => {
                fake.onMessage = listener;
                return disposable;
            },
            postMessage: (message: unknown) => {
                fake.posted.push(message);
                return Promise.resolve(true);
            }
        },
        reveal: () => undefined,
        onDidDispose: () => disposable,
        dispose: () => undefined
    };
    return {
        Uri,
        ViewColumn: { Active: -1, Beside: -2, One: 1 },
        l10n: { t: (text: string) => text },
        window: {
            registerWebviewPanelSerializer: () => disposable,
            onDidChangeActiveTextEditor: () => disposable,
            onDidChangeTextEditorSelection: () => disposable,
            createWebviewPanel: () => panel,
            showInformationMessage: () => Promise.resolve(undefined)
        },
        // No debounce in the test: the setting says 0 ms.
        workspace: {
            getConfiguration: () => ({
                get: (_key: string, fallback: unknown) => (_key === 'preview.updateDelay' ? 0 : fallback)
            })
        }
    };
});

const vscode = await import('vscode');
const { PreviewManager } = await import('../../src/extension/preview-manager.js');
const { preview } = await import('../../src/lsp/preview-handler.js');
const { buildWorkspace } = await import('../language/workspace-helper.js');
const { ModelChangedNotification } = await import('../../src/protocol.js');

const model = (full: number) => `styrmodell Delta "Deltaby" {
    kommun "1999"
    år 2020
}

mål Mål "Fler klarar skolan" {
    nivå fullmäktige

    mått A "Andel behöriga" {
        utfall {
            2019 61
            2020 63
        }
        enhet "%"
        hel när värde >= ${full}
    }

    mått B "Nöjda elever" {
        utfall {
            2019 70
            2020 72
        }
        hel när värde >= 70
    }
}
`;

async function answersOf(full: number) {
    const workspace = await buildWorkspace({ 'modell.styr': model(full) });
    return (known?: string) => preview(workspace.services, workspace.documents['modell.styr']!, undefined, known);
}

const settle = () => new Promise(resolve => setTimeout(resolve, 20));

describe('the preview panel host', () => {
    it('gives the webview the whole input from a patch, and asks again when it does not hold the base', async () => {
        const before = await answersOf(62);
        const after = await answersOf(64);
        let server = before;
        const asked: Array<string | undefined> = [];
        const answered: string[] = [];
        let notify: (() => void) | undefined;
        const client = {
            sendRequest: (_type: unknown, params: { known?: string }) => {
                asked.push(params.known);
                const answer = server(params.known);
                answered.push(answer.kind);
                return Promise.resolve(answer);
            },
            onNotification: (type: unknown, listener: (params: { uris: string[] }) => void) => {
                if (type === ModelChangedNotification) notify = () => listener({ uris: [uri.toString()] });
                return { dispose: () => undefined };
            }
        };
        const uri = vscode.Uri.file('/workspace/modell.styr');
        const manager = new PreviewManager({ extensionUri: vscode.Uri.file('/ext') } as never, client as never);
        manager.show(uri as never, false);
        fake.onMessage!({ type: 'ready' });
        await vi.waitFor(() => expect(fake.posted).toHaveLength(1));
        const first = before();
        if (first.kind !== 'ok') throw new Error(`no answer: ${JSON.stringify(first)}`);

        // The model changed: the host names the version it shows and gets what changed.
        server = after;
        notify!();
        await vi.waitFor(() => expect(fake.posted).toHaveLength(2));
        expect(asked.at(-1)).toBe(first.version);
        expect(answered.at(-1)).toBe('delta');
        const whole = after();
        if (whole.kind !== 'ok') throw new Error('no answer');
        const update = fake.posted[1] as { type: string; packed: unknown };
        expect(update.type).toBe('update');
        expect(JSON.stringify(update.packed)).toBe(JSON.stringify(whole.input));

        // A patch of an answer the host does not show: it asks again without `known` and posts the whole answer.
        server = known =>
            known === undefined ? after() : { kind: 'delta', patch: { o: {} }, base: 'x-0', version: 'x-1' };
        notify!();
        await vi.waitFor(() => expect(fake.posted).toHaveLength(3));
        await settle();
        expect(asked.slice(-2)).toEqual([whole.version, undefined]);
        expect(answered.slice(-2)).toEqual(['delta', 'ok']);
        expect(JSON.stringify((fake.posted[2] as { packed: unknown }).packed)).toBe(JSON.stringify(whole.input));
        manager.dispose();
    });
});
