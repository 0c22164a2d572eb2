import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FIRST_VALID_YEAR, LAST_VALID_YEAR, yearFromText } from '../model/valid-year.js';
import { type ShowPreviewAtArguments, ShowPreviewAtCommand } from '../protocol.js';
import { newModel } from './new-model-command.js';
import type { PreviewManager } from './preview-manager.js';
import { publishSite } from './publish-site-command.js';
import { startQuietly } from './quiet-while-stopped.js';

/** The commands of package.json, each a line here. */
export function registerCommands(
    context: vscode.ExtensionContext,
    client: BaseLanguageClient,
    previews: PreviewManager
): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('styrmodell.showPreview', (uri?: vscode.Uri) =>
            previews.show(targetUri(uri), false)
        ),
        vscode.commands.registerCommand('styrmodell.showPreviewToSide', (uri?: vscode.Uri) =>
            previews.show(targetUri(uri), true)
        ),
        vscode.commands.registerCommand(ShowPreviewAtCommand, (...[uri, goal]: ShowPreviewAtArguments) =>
            previews.show(vscode.Uri.parse(uri), true, goal)
        ),
        vscode.commands.registerCommand('styrmodell.selectYear', () => selectYear()),
        vscode.commands.registerCommand('styrmodell.restartServer', async () => {
            await client.stop();
            await startQuietly(client);
        }),
        vscode.commands.registerCommand('styrmodell.newModel', () => newModel()),
        vscode.commands.registerCommand('styrmodell.publishSite', (uri?: vscode.Uri) =>
            publishSite(client, targetUri(uri))
        )
    );
}

function targetUri(uri: vscode.Uri | undefined): vscode.Uri | undefined {
    return uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
}

async function selectYear(): Promise<void> {
    const configuration = vscode.workspace.getConfiguration('styrmodell');
    const current = configuration.get<number | null>('year');
    const answer = await vscode.window.showInputBox({
        title: vscode.l10n.t('Follow-up year'),
        prompt: vscode.l10n.t("Year to evaluate (empty: each model's own year)"),
        value: current ? String(current) : '',
        // The server ignores a year outside the valid years, so the box refuses it rather than let it be lost.
        validateInput: value =>
            value === '' || yearFromText(value) !== undefined
                ? undefined
                : vscode.l10n.t(
                      'Write a year from {0} to {1} with four digits, e.g. 2019.',
                      FIRST_VALID_YEAR,
                      LAST_VALID_YEAR
                  )
    });
    if (answer === undefined) return;
    await configuration.update('year', answer === '' ? null : Number(answer), vscode.ConfigurationTarget.Workspace);
}
