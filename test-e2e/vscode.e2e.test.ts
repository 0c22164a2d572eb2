/**
 * The extension in real VS Code (code-server + Chromium): diagnostics in the Problems panel while typing,
 * completion, hover, and the goal-fulfilment preview with its live update. Runs on a temporary copy of the
 * Kumla reference model, with a small second model beside it (the preview's year is per model); a screenshot
 * of every step goes to test-results/vscode/.
 *
 * The steps share one workbench and run in order; each one leaves the files as it found them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeServerSession } from './support/code-server.js';
import {
    columnAfter,
    copyReference,
    lineOf,
    NOT_KF_GOALS,
    ROOT,
    removeTemporaryDirectories,
    temporaryDirectory,
    waitFor
} from './support/processes.js';

const SCREENSHOTS = join(ROOT, 'test-results', 'vscode');
/** Generous: the first build of the workspace and the first webview load are slow on a busy 2-core runner. */
const SLOW = 60_000;

/** A second, valid model beside Kumla (no diagnostics), with its own år and values for years Kumla has too. */
function writeSecondModel(workspace: string): void {
    const folder = join(workspace, 'andra');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
        join(folder, 'andramodellen.styr'),
        [
            'styrmodell Andra "Andra kommunens styrmodell" {',
            '    kommun "1999"',
            '    år 2020',
            '}',
            '',
            'mål Trygg "Invånarna känner sig trygga" {',
            '    nivå fullmäktige',
            '',
            '    mått Trygghet "Andel som känner sig trygga" {',
            '        enhet "%"',
            '        högre är bättre',
            '        utfall {',
            '            2018 60',
            '            2019 70',
            '            2020 91',
            '        }',
            '        hel  när värde >= 90',
            '        halv när värde >= 80',
            '    }',
            '}',
            ''
        ].join('\n')
    );
}

describe('VS Code (code-server) with the packaged extension', () => {
    let session: CodeServerSession;
    let workspace: string;
    let committees: string;
    let shot = 0;

    const screenshot = async (name: string) => session.screenshot(`${String(++shot).padStart(2, '0')}-${name}`);

    beforeAll(async () => {
        rmSync(SCREENSHOTS, { recursive: true, force: true });
        workspace = copyReference(join(temporaryDirectory('workspace'), 'kumla'));
        committees = readFileSync(join(workspace, 'nämnderna.styr'), 'utf8');
        // Quick Open only finds files that were there when the workbench started.
        writeSecondModel(workspace);
        session = new CodeServerSession(workspace, SCREENSHOTS);
        try {
            await session.start();
        } catch (error) {
            await session.page?.screenshot({ path: join(SCREENSHOTS, 'start-failed.png') }).catch(() => undefined);
            throw error;
        }
    });

    // A failed step leaves a picture of the workbench (and the preview's HTML when there is one).
    afterEach(async ({ task }) => {
        if (task.result?.state !== 'fail' || !session?.page) return;
        const name = `failed-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`;
        await session.screenshot(name).catch(() => undefined);
        await session.savePreviewHtml(name).catch(() => undefined);
    });

    afterAll(async () => {
        await session?.close();
        removeTemporaryDirectories();
    });

    /** What previewStatusSeen must find: the word and colour shown, and the same word announced. */
    const seen = (word: string, colour: string) => ({ word, colour, spokenWord: word });

    /** Waits until the Problems panel holds exactly the reference model's one warning. */
    async function expectOnlyTheReferenceWarning(): Promise<void> {
        const problems = await waitFor(
            async () => {
                const shown = await session.problems();
                return shown.length === 1 && shown[0].severity === 'warning' ? shown : undefined;
            },
            'the Problems panel to show only the Besöksnöjdhet warning',
            SLOW
        ).catch(async error => {
            throw new Error(`${(error as Error).message}; shown: ${JSON.stringify(await session.problems())}`);
        });
        expect(problems[0].message).toContain('Besöksnöjdhet');
        expect(problems[0].message).toContain('2019');
        expect(problems[0].line).toBe(lineOf(committees, 'mått Besöksnöjdhet'));
        await expect.poll(() => session.problemCounts(), { timeout: SLOW }).toEqual({ errors: 0, warnings: 1 });
    }

    it('opens both model files as Styrmodell and shows no errors, only the Besöksnöjdhet warning', async () => {
        await session.openFile('styrmodell.styr');
        await expect
            .poll(() => session.page.locator('[id="status.editor.mode"]').innerText(), { timeout: SLOW })
            .toBe('Styrmodell');
        await session.openFile('nämnderna.styr');
        await expect
            .poll(() => session.page.locator('[id="status.editor.mode"]').innerText(), { timeout: SLOW })
            .toBe('Styrmodell');
        await session.showProblems();
        await expectOnlyTheReferenceWarning();
        // The language server's inlay hints show each measure's status and value beside it.
        await session.goTo(lineOf(committees, 'mått DirektSvar'));
        await expect
            .poll(() => session.page.locator('.editor-group-container.active .view-lines').innerText(), {
                timeout: SLOW
            })
            .toContain('76,05');
        await screenshot('opened-no-errors');
    });

    it('reports a wrong reference at its line while typing, and clears it when fixed', async () => {
        const line = lineOf(committees, 'bidrar till DemokratiDialog');
        await session.openFile('nämnderna.styr');
        await session.goTo(line, columnAfter(committees, line, 'bidrar till DemokratiDialog'));
        await session.page.keyboard.type('X');
        const error = await waitFor(
            async () => (await session.problems()).find(p => p.severity === 'error'),
            'an error in the Problems panel',
            SLOW
        );
        expect(error.line).toBe(line);
        expect(error.column).toBe(columnAfter(committees, line, 'bidrar till '));
        expect(error.message).toContain('DemokratiDialogX');
        await expect.poll(() => session.problemCounts(), { timeout: SLOW }).toMatchObject({ errors: 1 });
        // The squiggle is drawn in the editor too.
        await session.page.locator('.editor-group-container.active .squiggly-error').first().waitFor({ timeout: SLOW });
        await screenshot('wrong-reference-error');

        await session.page.keyboard.press('Backspace');
        await expectOnlyTheReferenceWarning();
    });

    it('reports a committee goal that lost its `bidrar till` line', async () => {
        const line = lineOf(committees, 'bidrar till DemokratiDialog');
        const goalLine = lineOf(committees, 'mål Delaktighet');
        await session.goTo(line);
        await session.page.keyboard.press('Control+Shift+K');
        await expect.poll(() => session.lineText(line)).toContain('program DigitalaKumla');
        const error = await waitFor(
            async () => (await session.problems()).find(p => p.severity === 'error'),
            'an error in the Problems panel',
            SLOW
        );
        expect(error.line).toBe(goalLine);
        expect(error.message).toContain('Delaktighet');
        expect(error.message).toContain('bidrar till');
        await screenshot('missing-contribution-error');

        await session.page.keyboard.press('Control+Z');
        await expect.poll(() => session.lineText(line)).toContain('bidrar till DemokratiDialog');
        await expectOnlyTheReferenceWarning();
    });

    it('completes `bidrar till ` in a committee goal with KF goals, not nämnder', async () => {
        const line = lineOf(committees, 'bidrar till ServiceTillgänglighet');
        const page = session.page;
        await session.goTo(line, columnAfter(committees, line, 'bidrar till '));
        await page.keyboard.press('Shift+End');
        await page.keyboard.press('Delete');
        await expect.poll(async () => (await session.lineText(line)).trimEnd()).toBe('    bidrar till');
        await page.keyboard.press('Control+Space');
        const rows = page.locator('.suggest-widget.visible .monaco-list-row');
        await rows.first().waitFor({ timeout: SLOW });
        const labels = await waitFor(
            async () => {
                const shown = await page
                    .locator('.suggest-widget.visible .monaco-list-row .label-name')
                    .allInnerTexts();
                return shown.length > 0 && !shown.some(label => /loading/i.test(label))
                    ? shown.map(label => label.trim())
                    : undefined;
            },
            'completion items',
            SLOW
        );
        await screenshot('completion-kf-goals');
        expect(labels).toContain('ServiceTillgänglighet');
        expect(labels).toContain('DemokratiDialog');
        expect(labels).toContain('Folkhälsa');
        for (const notAGoal of NOT_KF_GOALS) {
            expect(labels).not.toContain(notAGoal);
        }
        await page.keyboard.press('Escape');
        await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
        await page.keyboard.press('Control+Z');
        await expect.poll(() => session.lineText(line)).toContain('bidrar till ServiceTillgänglighet');
        await expectOnlyTheReferenceWarning();
    });

    it('hovers a measure name with its value', async () => {
        const page = session.page;
        const line = lineOf(committees, 'mått DirektSvar');
        await session.goTo(line, columnAfter(committees, line, 'mått '));
        const hover = await session.hoverWord('DirektSvar', SLOW);
        await hover.waitFor({ timeout: SLOW });
        await expect.poll(() => hover.innerText(), { timeout: SLOW }).toContain('76,05');
        // Wait for the fade-in to finish so the screenshot shows the hover as the user reads it.
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
        const text = await hover.innerText();
        expect(text).toContain('Andel som får ett direkt svar');
        await screenshot('hover-direktsvar');
        await page.mouse.move(5, 500);
        await page.keyboard.press('Escape');
    });

    it('hovers a threshold line with its calibration: how many municipalities meet it', async () => {
        const page = session.page;
        const line = lineOf(committees, 'hel  när rang <= 10');
        await session.goTo(line, columnAfter(committees, line, 'hel  när '));
        const hover = await session.hoverWord('rang', SLOW);
        await hover.waitFor({ timeout: SLOW });
        await expect.poll(() => hover.innerText(), { timeout: SLOW }).toMatch(/Nås av 10 av \d+ kommuner 2019/);
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
        expect(await hover.innerText()).toMatch(/Kommunens senaste 5 år \(2015–2019\)/);
        await screenshot('hover-calibration');
        await page.mouse.move(5, 500);
        await page.keyboard.press('Escape');
    });

    it('shows goal fulfilment in the preview (command palette) with the reference statuses', async () => {
        await session.openFile('nämnderna.styr');
        await session.hidePanel();
        // The editor title carries the preview button.
        await session.page
            .locator('.editor-group-container.active .editor-actions [aria-label^="Show Goal Fulfilment to the Side"]')
            .first()
            .waitFor({ timeout: SLOW });
        await session.runCommand('Styrmodell: Show Goal Fulfilment');
        const preview = session.preview();
        await preview.locator('#sm-tree').waitFor({ timeout: 90_000 });
        await expect.poll(() => session.previewStatusWord('v:'), { timeout: SLOW }).toBe('delvis');
        expect(await session.previewStatusSeen('v:')).toMatchObject(seen('delvis', 'yellow'));
        expect(await session.previewStatusSeen('GodService')).toMatchObject(seen('ej uppfyllt', 'red'));
        expect(await session.previewStatusSeen('ServiceTillgänglighet')).toMatchObject(seen('ej uppfyllt', 'red'));
        expect(await session.previewStatusSeen('NöjdaBrukare')).toMatchObject(seen('uppfyllt', 'green'));
        expect(await session.previewStatusSeen('KulturFritid')).toMatchObject(seen('saknas', 'grey'));
        expect(await session.previewStatusSeen('m:GodService.DirektSvar')).toMatchObject(seen('halv', 'yellow'));
        expect(await session.previewStatusSeen('m:GodService.GottBemötande')).toMatchObject(seen('ingen', 'red'));
        // The header names the model and the year; the measure row shows its value, the goal its percentage.
        await expect.poll(() => preview.locator('.sm-header').innerText()).toContain('Kumla kommun');
        expect(await preview.locator('.sm-header').innerText()).toContain('2019');
        const value = session.previewNode('m:GodService.DirektSvar').locator('.sm-value');
        expect(await value.isVisible()).toBe(true);
        expect(await value.innerText()).toContain('76,05');
        const percent = session.previewNode('GodService').locator(':scope > .sm-row .sm-percent');
        expect(await percent.isVisible()).toBe(true);
        expect(await percent.innerText()).toMatch(/^25\s?%$/);
        if (process.env.E2E_VERBOSE === '1')
            console.log(
                await Promise.all(
                    ['v:', 'GodService', 'NöjdaBrukare', 'KulturFritid'].map(id => session.previewStatusSeen(id))
                )
            );
        await screenshot('preview-opened');
        await session.previewScreenshot(`${String(++shot).padStart(2, '0')}-preview-vision`);
        await session.previewNode('GodService').scrollIntoViewIfNeeded();
        await screenshot('preview-godservice');

        // A narrow pane beside the editor (the usual case on a laptop) still shows every measure's value.
        await session.page.setViewportSize({ width: 1100, height: 1080 });
        await expect.poll(() => value.isVisible(), { timeout: SLOW }).toBe(true);
        expect(await value.innerText()).toContain('76,05');
        expect(await session.previewStatusWord('GodService')).toBe('ej uppfyllt');
        await session.previewNode('GodService').scrollIntoViewIfNeeded();
        await screenshot('preview-narrow');
        await session.page.setViewportSize({ width: 1920, height: 1080 });
    });

    it('updates the open preview when a threshold changes in the editor', async () => {
        // GottBemötande has rank 33: lowering the bar for halv to rank 40 makes it halv, GodService 0,5 → delvis.
        const measureLine = lineOf(committees, 'mått GottBemötande');
        const line = lineOf(committees, 'halv när rang <= 20', measureLine);
        const page = session.page;
        await page.locator('.editor-group-container .tab', { hasText: 'nämnderna.styr' }).first().click();
        await page.locator('.monaco-editor.focused').waitFor();
        await session.goTo(line, columnAfter(committees, line, 'rang <= '));
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('40');
        await expect.poll(() => session.lineText(line)).toContain('halv när rang <= 40');
        // A node whose status changed in the live update is briefly marked.
        await expect
            .poll(() => session.preview().locator('li.sm-changed').count(), { timeout: SLOW })
            .toBeGreaterThan(0);
        // No reopening: the open webview follows the edit.
        await expect.poll(() => session.previewStatusWord('GodService'), { timeout: SLOW }).toBe('delvis');
        expect(await session.previewStatusSeen('GodService')).toMatchObject(seen('delvis', 'yellow'));
        expect(await session.previewStatusSeen('m:GodService.GottBemötande')).toMatchObject(seen('halv', 'yellow'));
        expect(await session.previewStatusSeen('ServiceTillgänglighet')).toMatchObject(seen('delvis', 'yellow'));
        expect(await session.previewStatusSeen('v:')).toMatchObject(seen('delvis', 'yellow'));
        // The row says the deciding threshold in plain Swedish (READERS.md 1), never in the model's words.
        expect(await session.previewNode('m:GodService.GottBemötande').innerText()).toContain(
            'topp 40 bland landets kommuner'
        );
        expect(await session.previewNode('GodService').locator(':scope > .sm-row .sm-percent').innerText()).toMatch(
            /^50\s?%$/
        );
        expect(await page.locator('.tabs-container .tab', { hasText: 'Måluppfyllelse' }).count()).toBe(1);
        // The cursor stands in GottBemötande's threshold line: the preview marks that measure, as the Markdown preview follows its editor.
        await expect
            .poll(() => session.previewNode('m:GodService.GottBemötande').getAttribute('class'), { timeout: SLOW })
            .toContain('sm-cursor');
        await session.previewNode('GodService').scrollIntoViewIfNeeded();
        await screenshot('preview-after-threshold-change');

        // And back: the preview follows the undo as well.
        await page.keyboard.press('Control+Z');
        await expect.poll(() => session.previewStatusWord('GodService'), { timeout: SLOW }).toBe('ej uppfyllt');
        await session.showProblems();
        await expectOnlyTheReferenceWarning();
    });

    it('reopens the preview from the editor-title button', async () => {
        const page = session.page;
        const previewTab = page.locator('.tabs-container .tab', { hasText: 'Måluppfyllelse' });
        await previewTab.first().locator('.tab-actions .action-label').first().click({ force: true });
        await previewTab.first().waitFor({ state: 'detached', timeout: SLOW });
        await page.locator('.editor-group-container .tab', { hasText: 'nämnderna.styr' }).first().click();
        await session.hidePanel();
        await page
            .locator('.editor-group-container.active .editor-actions [aria-label^="Show Goal Fulfilment to the Side"]')
            .first()
            .click();
        await session.preview().locator('#sm-tree').waitFor({ timeout: 90_000 });
        await expect.poll(() => session.previewStatusWord('v:'), { timeout: SLOW }).toBe('delvis');
        expect(await session.previewStatusWord('GodService')).toBe('ej uppfyllt');
        expect(await session.previewStatusWord('NöjdaBrukare')).toBe('uppfyllt');
        expect(await session.previewStatusWord('KulturFritid')).toBe('saknas');
        await screenshot('preview-reopened-from-title-button');
    });

    it('keeps a year picked in the preview to its model when the preview follows another model', async () => {
        const preview = session.preview();
        const kumlaYear = async () =>
            (await preview.locator('#sm-year option').allInnerTexts()).map(Number).find(y => y !== 2019 && y >= 2018)!;
        const picked = await kumlaYear();
        await preview.locator('#sm-year').selectOption(String(picked));
        await expect
            .poll(() => preview.locator('#sm-app').getAttribute('data-year'), { timeout: SLOW })
            .toBe(String(picked));
        expect(await preview.locator('.sm-year-note').innerText()).toBe(`Visar ${picked}; modellens år är 2019.`);

        await session.openFile('andramodellen.styr');
        await expect
            .poll(() => preview.locator('.sm-header').innerText(), { timeout: SLOW })
            .toContain('Andra kommunens styrmodell');
        expect(await preview.locator('#sm-app').getAttribute('data-year')).toBe('2020');
        expect(await preview.locator('.sm-year-note').count()).toBe(0);
        expect(await session.previewStatusWord('m:Trygg.Trygghet')).toBe('hel');
        await screenshot('preview-other-model-own-year');

        // Back to Kumla: the year picked for Kumla comes back with it.
        await session.page.locator('.editor-group-container .tab', { hasText: 'nämnderna.styr' }).first().click();
        await expect.poll(() => preview.locator('.sm-header').innerText(), { timeout: SLOW }).toContain('Kumla kommun');
        await expect
            .poll(() => preview.locator('#sm-app').getAttribute('data-year'), { timeout: SLOW })
            .toBe(String(picked));
        await screenshot('preview-kumla-picked-year-back');
    });
});
