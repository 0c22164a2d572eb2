/**
 * The extension in VS Code's Restricted Mode (code-server with workspace trust on and the folder not trusted):
 * the language still checks the model, no data file is read, and the preview says why in one Swedish sentence.
 * Screenshots go to test-results/restricted/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNTRUSTED_PREVIEW_MESSAGE } from '../src/protocol.js';
import { CodeServerSession } from './support/code-server.js';
import {
    copyReference,
    lineOf,
    ROOT,
    removeTemporaryDirectories,
    temporaryDirectory,
    waitFor
} from './support/processes.js';

const SCREENSHOTS = join(ROOT, 'test-results', 'restricted');
const SLOW = 60_000;

describe('VS Code in Restricted Mode (an untrusted workspace)', () => {
    let session: CodeServerSession;
    let committees: string;

    beforeAll(async () => {
        rmSync(SCREENSHOTS, { recursive: true, force: true });
        const workspace = copyReference(join(temporaryDirectory('untrusted'), 'kumla'));
        // A broken reference, so that the language has something to say without any data.
        const file = join(workspace, 'nämnderna.styr');
        committees = readFileSync(file, 'utf8').replace('    ansvarig KLF\n', '    ansvarig Okänd\n');
        writeFileSync(file, committees);
        session = new CodeServerSession(workspace, SCREENSHOTS, { trusted: false });
        try {
            await session.start();
        } catch (error) {
            await session.page?.screenshot({ path: join(SCREENSHOTS, 'start-failed.png') }).catch(() => undefined);
            throw error;
        }
    });

    afterAll(async () => {
        await session?.close();
        removeTemporaryDirectories();
    });

    it('shows the language diagnostics but no data check', async () => {
        await expect
            .poll(() => session.page.locator('.statusbar', { hasText: 'Restricted Mode' }).count(), { timeout: SLOW })
            .toBeGreaterThan(0);
        await session.openFile('nämnderna.styr');
        await expect
            .poll(() => session.page.locator('[id="status.editor.mode"]').innerText(), { timeout: SLOW })
            .toBe('Styrmodell');
        await session.showProblems();
        const problems = await waitFor(
            async () => {
                const shown = await session.problems();
                return shown.length > 0 ? shown : undefined;
            },
            'the unresolved-reference error in the Problems panel',
            SLOW
        );
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ severity: 'error', line: lineOf(committees, 'ansvarig Okänd') });
        expect(problems[0].message).toContain('Okänd');
        // The reference's one data warning (Besöksnöjdhet has no value for 2019) needs data: not in Restricted Mode.
        expect(problems.some(p => p.message.includes('Besöksnöjdhet'))).toBe(false);
        // å, ä and ö are the language's own letters: Restricted Mode does not box them in (configurationDefaults).
        expect(
            await session.page
                .locator(
                    '.editor-group-container.active .view-overlays .unicode-highlight, .editor-group-container.active .unicode-highlight'
                )
                .count()
        ).toBe(0);
        await session.screenshot('01-restricted-diagnostics');
    });

    it('the preview says in one Swedish sentence why it shows no fulfilment', async () => {
        await session.hidePanel();
        await session.runCommand('Styrmodell: Show Goal Fulfilment');
        const message = session.preview().locator('.sm-message');
        await expect.poll(() => message.innerText().catch(() => ''), { timeout: SLOW }).toBe(UNTRUSTED_PREVIEW_MESSAGE);
        expect(await session.preview().locator('li[role="treeitem"]').count()).toBe(0);
        await session.screenshot('02-restricted-preview');
    });
});
