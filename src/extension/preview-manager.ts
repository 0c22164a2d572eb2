import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ModelChangedNotification, type PreviewParams, PreviewRequest, type PreviewResult } from '../protocol.js';
import { createNonce, renderPreviewShell } from '../render/document.js';
import { type PackedRenderInput, packedView, patchedInput } from '../render/render-input.js';
import { type ExtensionToWebviewMessage, isWebviewToExtensionMessage, type PreviewState } from '../webview/messages.js';
import { RequestYears } from '../webview/year-choice.js';

const VIEW_TYPE = 'styrmodell.preview';

/**
 * Hosts the fulfilment preview: one panel that follows the active `.styr` editor, asks the language server
 * for the model's results and posts them to the webview. Updates are debounced while typing and follow data
 * file changes (the server announces every rebuilt model). The panel survives a window reload.
 */
export class PreviewManager implements vscode.Disposable {
    private panel?: vscode.WebviewPanel;
    private uri?: vscode.Uri;
    /** The year picked in the preview, per model (a document of another model is asked for with its own `år`). */
    private readonly years = new RequestYears();
    /** A goal to bring into view with the next update (a code lens asked for it). */
    private focusGoal?: string;
    /**
     * The answer the webview draws: for this document and requested year, the server's `version` and the packed
     * input. Asked again for the same, the server answers `unchanged` and nothing is posted, or sends what changed
     * (`delta`), applied to this input. Forgotten when the webview (re)loads.
     */
    private shown?: { uri: string; year?: number; version: string; input: PackedRenderInput };
    private timer?: NodeJS.Timeout;
    private cursorTimer?: NodeJS.Timeout;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: BaseLanguageClient
    ) {
        this.disposables.push(
            vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
                deserializeWebviewPanel: (panel, state: PreviewState | undefined) => {
                    const uri = state?.uri ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
                    this.adopt(panel, uri);
                    return Promise.resolve();
                }
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (
                    this.panel &&
                    editor?.document.languageId === 'styrmodell' &&
                    editor.document.uri.toString() !== this.uri?.toString()
                ) {
                    this.uri = editor.document.uri;
                    this.schedule(0);
                }
            }),
            client.onNotification(ModelChangedNotification, params => {
                if (this.uri && params.uris.includes(this.uri.toString())) this.schedule();
            }),
            vscode.window.onDidChangeTextEditorSelection(event => this.followCursor(event))
        );
    }

    /** The preview marks the node written at the cursor of a `.styr` editor, as the Markdown preview follows its editor. */
    private followCursor(event: vscode.TextEditorSelectionChangeEvent): void {
        const document = event.textEditor.document;
        if (!this.panel || document.languageId !== 'styrmodell') return;
        clearTimeout(this.cursorTimer);
        this.cursorTimer = setTimeout(() => {
            const line = event.selections[0]?.active.line ?? 0;
            const file = document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
            void this.panel?.webview.postMessage({
                type: 'cursor',
                file,
                line: line + 1
            } satisfies ExtensionToWebviewMessage);
        }, 80);
    }

    /** Opens (or reveals) the preview for a document, optionally with one goal in focus. */
    show(uri: vscode.Uri | undefined, toSide: boolean, goal?: string): void {
        this.focusGoal = goal;
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .styr file to show its goal fulfilment.'));
            return;
        }
        const column =
            toSide || vscode.workspace.getConfiguration('styrmodell').get<boolean>('preview.openToSide', true)
                ? vscode.ViewColumn.Beside
                : vscode.ViewColumn.Active;
        if (this.panel) {
            this.uri = uri;
            this.panel.reveal(column, true);
            this.schedule(0);
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            vscode.l10n.t('Måluppfyllelse'),
            { viewColumn: column, preserveFocus: true },
            this.webviewOptions()
        );
        this.adopt(panel, uri);
    }

    private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return {
            enableScripts: true,
            localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'out', 'webview')]
        };
    }

    private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined): void {
        this.panel = panel;
        this.shown = undefined;
        this.uri = uri;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'styr-file.svg');
        panel.webview.options = this.webviewOptions();
        const scriptUri = panel.webview.asWebviewUri(
            vscode.Uri.joinPath(this.context.extensionUri, 'out', 'webview', 'preview.js')
        );
        panel.webview.html = renderPreviewShell({
            nonce: createNonce(),
            cspSource: panel.webview.cspSource,
            scriptUri: scriptUri.toString(),
            title: vscode.l10n.t('Måluppfyllelse')
        });
        panel.webview.onDidReceiveMessage(message => this.onMessage(message), undefined, this.disposables);
        panel.onDidDispose(
            () => {
                if (this.panel === panel) this.panel = undefined;
            },
            undefined,
            this.disposables
        );
    }

    private onMessage(message: unknown): void {
        if (!isWebviewToExtensionMessage(message)) return;
        switch (message.type) {
            case 'ready':
                // A (re)loaded webview draws nothing yet: the next answer is sent whole.
                this.shown = undefined;
                this.schedule(0);
                break;
            case 'year':
                if (this.uri) this.years.picked(this.uri.toString(), message.year);
                break;
            case 'reveal':
                void this.reveal(message.file, message.line, message.column);
                break;
        }
    }

    private async reveal(file: string, line: number, column = 1): Promise<void> {
        const uri = file.includes('://') ? vscode.Uri.parse(file) : vscode.Uri.file(file);
        const position = new vscode.Position(line - 1, column - 1);
        await vscode.window.showTextDocument(uri, {
            viewColumn: vscode.ViewColumn.One,
            selection: new vscode.Range(position, position)
        });
    }

    /** Debounced: typing produces one update per pause, not one per keystroke. */
    private schedule(
        delay = vscode.workspace.getConfiguration('styrmodell').get<number>('preview.updateDelay', 300)
    ): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const panel = this.panel;
        const uri = this.uri;
        if (!panel || !uri) return;
        const params: PreviewParams = { uri: uri.toString(), year: this.years.forDocument(uri.toString()) };
        const shown = this.shown;
        // A goal to focus needs an update message even when the results did not change.
        if (shown && shown.uri === params.uri && shown.year === params.year && this.focusGoal === undefined)
            params.known = shown.version;
        let result: PreviewResult;
        try {
            result = await this.client.sendRequest(PreviewRequest, params);
        } catch (error) {
            result = { kind: 'unavailable', message: String(error) };
        }
        if (result.kind === 'unchanged' && params.known === result.version) return;
        if (result.kind === 'delta') {
            // What changed since the answer the webview shows; the webview gets the whole input as from `ok`.
            const input = shown?.version === result.base ? patchedInput(shown.input, result.patch) : undefined;
            if (!input) {
                this.shown = undefined;
                this.schedule(0);
                return;
            }
            result = {
                kind: 'ok',
                input,
                version: result.version,
                ...(result.errors ? { errors: result.errors } : {})
            };
        }
        if (result.kind === 'ok') this.years.learned(uri.toString(), { view: packedView(result.input) });
        const message: ExtensionToWebviewMessage =
            result.kind === 'ok'
                ? {
                      type: 'update',
                      packed: result.input,
                      uri: uri.toString(),
                      focusKey: this.focusGoal === undefined ? undefined : `g:${this.focusGoal}`,
                      ...(result.errors ? { errors: result.errors } : {})
                  }
                : {
                      type: 'unavailable',
                      message:
                          result.kind === 'unavailable' ? result.message : 'Förhandsvisningen kunde inte uppdateras.'
                  };
        this.shown = undefined;
        if (!(await panel.webview.postMessage(message))) return;
        this.focusGoal = undefined;
        if (result.kind === 'ok')
            this.shown = { uri: params.uri, year: params.year, version: result.version, input: result.input };
    }

    dispose(): void {
        clearTimeout(this.timer);
        clearTimeout(this.cursorTimer);
        this.panel?.dispose();
        for (const disposable of this.disposables) disposable.dispose();
    }
}
