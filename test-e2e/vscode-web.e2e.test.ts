/**
 * VS Code for the Web, as far as one machine can show it: the same code-server, with the extension forced into
 * the browser's web-worker extension host (`remote.extensionKind` `["web"]`), so it runs from its `browser` entry
 * with the language server in a web worker and reads the workspace through the client (`vscode.workspace.fs`), as
 * on vscode.dev and github.dev. On the Kumla reference it must show the desktop's diagnostics, a hover with a
 * value from the data file, the goal lenses and the preview. Screenshots go to test-results/vscode-web/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeServerSession } from './support/code-server.js';
import {
    columnAfter,
    copyReference,
    lineOf,
    ROOT,
    removeTemporaryDirectories,
    temporaryDirectory,
    waitFor
} from './support/processes.js';

const SCREENSHOTS = join(ROOT, 'test-results', 'vscode-web');
const SLOW = 90_000;
const WEB_ONLY = { 'remote.extensionKind': { 'styrmodell.styrmodell': ['web'] } };

/**
 * Node processes of this project's code-server (its Node is this checkout's) running the desktop language server
 * bundle: none may exist when the extension runs on the web. Other checkouts' test runs on the machine are not ours.
 */
function desktopServers(): string[] {
    const lines = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
    return lines.filter(line => line.includes('out/server/main.cjs') && line.startsWith(process.execPath));
}

describe('VS Code for the Web (code-server, web-worker extension host)', () => {
    let session: CodeServerSession;
    let workspace: string;
    let committees: string;
    let shot = 0;
    const screenshot = async (name: string) => session.screenshot(`${String(++shot).padStart(2, '0')}-${name}`);

    beforeAll(async () => {
        rmSync(SCREENSHOTS, { recursive: true, force: true });
        workspace = copyReference(join(temporaryDirectory('web-workspace'), 'kumla'));
        committees = readFileSync(join(workspace, 'nämnderna.styr'), 'utf8');
        session = new CodeServerSession(workspace, SCREENSHOTS, { settings: WEB_ONLY });
        try {
            await session.start();
        } catch (error) {
            await session.page?.screenshot({ path: join(SCREENSHOTS, 'start-failed.png') }).catch(() => undefined);
            throw error;
        }
    });

    afterEach(async ({ task }) => {
        if (task.result?.state !== 'fail' || !session?.page) return;
        await session
            .screenshot(`failed-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`)
            .catch(() => undefined);
        await session.savePreviewHtml('failed-preview').catch(() => undefined);
    });

    afterAll(async () => {
        await session?.close();
        removeTemporaryDirectories();
    });

    it('checks the Kumla reference in the web worker: only the Besöksnöjdhet warning, and no desktop server', async () => {
        await session.openFile('styrmodell.styr');
        await expect
            .poll(() => session.page.locator('[id="status.editor.mode"]').innerText(), { timeout: SLOW })
            .toBe('Styrmodell');
        await session.openFile('nämnderna.styr');
        await session.showProblems();
        const problems = await waitFor(
            async () => {
                const shown = await session.problems();
                return shown.length === 1 && shown[0].severity === 'warning' ? shown : undefined;
            },
            'the Problems panel to show only the Besöksnöjdhet warning',
            SLOW
        ).catch(async error => {
            throw new Error(
                `${(error as Error).message}; shown: ${JSON.stringify(await session.problems())}\n${session.serverLog()}`
            );
        });
        expect(problems[0].message).toContain('Besöksnöjdhet');
        expect(problems[0].line).toBe(lineOf(committees, 'mått Besöksnöjdhet'));
        // The data checks ran on the data files read through the client: the warning is about a missing 2019 value.
        expect(problems[0].message).toContain('2019');
        // The web worker publishes plain text too: code is set off with Swedish quotes, never backticks.
        expect(problems[0].message).toContain('”2019 87,5”');
        expect(desktopServers()).toEqual([]);
        await screenshot('web-diagnostics');
    });

    it('hovers a measure with its value from the data file', async () => {
        const page = session.page;
        await session.openFile('nämnderna.styr');
        const line = lineOf(committees, 'mått DirektSvar');
        await session.goTo(line, columnAfter(committees, line, 'mått '));
        const hover = await session.hoverWord('DirektSvar', SLOW);
        // A mouse that did not move shows no hover: then ask for it at the cursor (Show Hover, Ctrl+K Ctrl+I).
        if (
            !(await hover.waitFor({ timeout: 10_000 }).then(
                () => true,
                () => false
            ))
        ) {
            await page.keyboard.press('Control+K');
            await page.keyboard.press('Control+I');
            await hover.waitFor({ timeout: SLOW });
        }
        await expect.poll(() => hover.innerText(), { timeout: SLOW }).toContain('76,05');
        expect(await hover.innerText()).toContain('resultat.csv');
        // Files named workspace-relative and decoded, never by their vscode-remote: URI or percent-encoding.
        expect(await hover.innerText()).not.toMatch(/vscode-remote:|%[0-9A-F]{2}/i);
        await expect
            .poll(
                () =>
                    page
                        .locator('.monaco-hover:not(.hidden)')
                        .first()
                        .evaluate(element => getComputedStyle(element).opacity),
                { timeout: 10_000 }
            )
            .toBe('1');
        await screenshot('web-hover-value');
        await page.mouse.move(5, 500);
        await page.keyboard.press('Escape');
    });

    it('shows the preview with the reference statuses', async () => {
        await session.openFile('nämnderna.styr');
        await session.hidePanel();
        await session.runCommand('Styrmodell: Show Goal Fulfilment');
        const preview = session.preview();
        await preview.locator('#sm-tree').waitFor({ timeout: SLOW });
        await expect.poll(() => session.previewStatusWord('v:'), { timeout: SLOW }).toBe('delvis');
        expect(await session.previewStatusWord('GodService')).toBe('ej uppfyllt');
        expect(await session.previewStatusWord('NöjdaBrukare')).toBe('uppfyllt');
        const value = session.previewNode('m:GodService.DirektSvar').locator('.sm-value');
        await expect.poll(() => value.innerText(), { timeout: SLOW }).toContain('76,05');
        // Every file the preview names (the value's source, the facts, the notes) is workspace-relative and decoded:
        // no vscode-remote: URI, no percent-encoding (encodeURIComponent writes %C3%A4, upper case).
        const named = await preview
            .locator('#sm-app')
            .evaluate(app =>
                [
                    (app as HTMLElement).innerText,
                    ...Array.from(app.querySelectorAll('[title]'), e => e.getAttribute('title'))
                ].join('\n')
            );
        expect(named).not.toMatch(/vscode-remote:|%[0-9A-F]{2}/);
        await screenshot('web-preview');
        await session.previewScreenshot(`${String(++shot).padStart(2, '0')}-web-preview-only`);
    });

    it('puts a lens with counts and status above each KF goal', async () => {
        // The preview has the focus and keeps the workbench's keys: go back to the model through its tab.
        await session.page.locator('.tabs-container .tab', { hasText: 'styrmodell.styr' }).first().click();
        await session.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: SLOW });
        const model = readFileSync(join(workspace, 'styrmodell.styr'), 'utf8');
        await session.goTo(lineOf(model, 'mål ServiceTillgänglighet'));
        // Lenses are drawn for the lines in view only.
        const lenses = session.page.locator('.editor-group-container.active .codelens-decoration');
        await expect
            .poll(async () => (await lenses.allTextContents()).join('\n'), { timeout: SLOW })
            .toMatch(/nämndmål · \d+ mått · \S+/);
        await screenshot('web-code-lenses');
    });
});
