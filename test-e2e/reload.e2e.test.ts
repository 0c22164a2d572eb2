/**
 * "Developer: Reload Window" while a `.styr` file is open: the language server stops with the old window and
 * starts with the new one, and VS Code's requests in between (code actions, lenses, inlay hints as the editor
 * closes and reopens) leave no error in any log — not "Request textDocument/codeAction failed … Starting server
 * failed" in the Styrmodell output channel. Screenshots go to test-results/reload/.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeServerSession } from './support/code-server.js';
import { copyReference, ROOT, removeTemporaryDirectories, temporaryDirectory, waitFor } from './support/processes.js';

const SCREENSHOTS = join(ROOT, 'test-results', 'reload');
const SLOW = 60_000;

/** Every log file code-server and its extension hosts wrote (output channels included), with its text. */
function logs(userDataDir: string): { file: string; text: string }[] {
    const found: { file: string; text: string }[] = [];
    const walk = (folder: string) => {
        for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.log')) found.push({ file: path, text: readFileSync(path, 'utf8') });
        }
    };
    walk(join(userDataDir, 'logs'));
    return found;
}

describe('VS Code: reloading the window with a model open', () => {
    let session: CodeServerSession;

    beforeAll(async () => {
        rmSync(SCREENSHOTS, { recursive: true, force: true });
        const workspace = copyReference(join(temporaryDirectory('reload'), 'kumla'));
        session = new CodeServerSession(workspace, SCREENSHOTS);
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

    /** Opens the committees' file and waits until the server has checked it (the reference's one warning). */
    async function openAndWaitForServer(): Promise<void> {
        await session.openFile('nämnderna.styr');
        await session.showProblems();
        await waitFor(
            async () => {
                const shown = await session.problems();
                return shown.length === 1 && shown[0].message.includes('Besöksnöjdhet') ? shown : undefined;
            },
            'the Besöksnöjdhet warning from the language server',
            SLOW
        );
    }

    it('leaves no failed request in the logs', async () => {
        await openAndWaitForServer();
        // Move through the file so that VS Code asks for code actions, and keep asking while the window reloads.
        for (const line of [5, 30, 87]) await session.goTo(line);
        await session.screenshot('01-before-reload');
        await session.runCommand('Developer: Reload Window');
        await session.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        await session.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: SLOW });
        // Again, this time while the new server is still starting: the file reopens, VS Code asks at once.
        await session.openFile('nämnderna.styr');
        await session.goTo(87);
        await session.runCommand('Developer: Reload Window');
        await session.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        await session.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: SLOW });
        await openAndWaitForServer();
        for (const line of [87, 30, 5]) await session.goTo(line);
        // Output channels are flushed to their log files shortly after they are written.
        await new Promise(resolve => setTimeout(resolve, 3_000));
        await session.screenshot('02-after-reload');

        const written = logs(session.userDataDir);
        const channel = written.filter(log => /styrmodell/i.test(log.file));
        expect(
            channel.length,
            `the Styrmodell output channel's log among ${written.map(l => l.file).join(', ')}`
        ).toBeGreaterThan(0);
        const failures = written.flatMap(log =>
            log.text
                .split('\n')
                .filter(line =>
                    /Request \S+ failed|Starting server failed|Client is not running|Pending response rejected/.test(
                        line
                    )
                )
                .map(line => `${log.file}: ${line}`)
        );
        expect(failures).toEqual([]);
    });
});
