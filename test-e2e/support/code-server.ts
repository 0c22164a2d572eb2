/**
 * Real VS Code for the e2e suite: code-server (installed by test-e2e/run.mjs into .e2e/code-server, run with
 * the project's Node 24) with the packaged .vsix, driven through Debian's Chromium by playwright-core.
 * Everything lives in fresh temporary directories; `close()` ends the browser and code-server's whole
 * process group, and is safe to call after a failed start.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../test/support/chromium.mjs';
import { freePort, GroupProcess, ROOT, temporaryDirectory, waitFor } from './processes.js';

export const CODE_SERVER_ENTRY = join(
    ROOT,
    '.e2e',
    'code-server',
    'node_modules',
    'code-server',
    'out',
    'node',
    'entry.js'
);

/** The .vsix that `npm run package` wrote (run.mjs packages before the suite). */
export function packagedExtension(): string {
    const vsix = readdirSync(ROOT)
        .filter(name => /^styrmodell-.*\.vsix$/.test(name))
        .sort()
        .pop();
    if (!vsix) throw new Error('No styrmodell-*.vsix in the project: run `npm run package` (npm run test:e2e does).');
    return join(ROOT, vsix);
}

/** What a quiet, predictable workbench needs: no AI, no welcome, no trust prompt, no telemetry, no tips. */
const SETTINGS = {
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'github.gitAuthentication': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 200,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.suggestOnTriggerCharacters': false,
    'files.hotExit': 'off',
    'window.restoreWindows': 'none'
};

export class CodeServerSession {
    private server?: GroupProcess;
    private browser?: Browser;
    page!: Page;
    url = '';
    /** code-server's user data: its logs (the extension host's, each output channel's) are under logs/. */
    userDataDir = '';

    /**
     * `trusted: false` opens the workspace in VS Code's Restricted Mode (workspace trust on, no prompt); `settings`
     * are added to the quiet workbench's (the web test forces the extension into the web worker with them).
     */
    constructor(
        private readonly workspace: string,
        private readonly screenshotDir: string,
        private readonly options: { trusted?: boolean; settings?: Record<string, unknown> } = {}
    ) {}

    async start(): Promise<void> {
        const nodeBinary = process.execPath;
        const extensionsDir = temporaryDirectory('extensions');
        const userDataDir = temporaryDirectory('user-data');
        this.userDataDir = userDataDir;
        const home = temporaryDirectory('home');
        // code-server writes its config.yaml under XDG_CONFIG_HOME: keep it out of the real home.
        const env: NodeJS.ProcessEnv = {
            ...process.env,
            XDG_CONFIG_HOME: join(home, 'config'),
            XDG_DATA_HOME: join(home, 'data'),
            VSCODE_CLI_DATA_DIR: join(home, 'cli')
        };
        for (const name of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_PID', 'VSCODE_CWD', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS'])
            delete env[name];

        execFileSync(
            nodeBinary,
            [
                CODE_SERVER_ENTRY,
                '--install-extension',
                packagedExtension(),
                '--extensions-dir',
                extensionsDir,
                '--user-data-dir',
                userDataDir
            ],
            { env, stdio: 'pipe', timeout: 120_000 }
        );
        mkdirSync(join(userDataDir, 'User'), { recursive: true });
        const restricted = this.options.trusted === false;
        const settings = restricted
            ? {
                  ...SETTINGS,
                  'security.workspace.trust.enabled': true,
                  'security.workspace.trust.startupPrompt': 'never',
                  'security.workspace.trust.emptyWindow': false
              }
            : SETTINGS;
        writeFileSync(
            join(userDataDir, 'User', 'settings.json'),
            JSON.stringify({ ...settings, ...this.options.settings }, null, 4)
        );

        const port = await freePort();
        this.server = new GroupProcess(
            nodeBinary,
            [
                CODE_SERVER_ENTRY,
                '--auth',
                'none',
                '--bind-addr',
                `127.0.0.1:${port}`,
                '--user-data-dir',
                userDataDir,
                '--extensions-dir',
                extensionsDir,
                '--disable-telemetry',
                '--disable-update-check',
                ...(restricted ? [] : ['--disable-workspace-trust']),
                '--disable-getting-started-override',
                '--locale',
                'en',
                this.workspace
            ],
            { env, cwd: this.workspace, echo: process.env.E2E_VERBOSE === '1' }
        );
        this.url = `http://127.0.0.1:${port}/`;
        await waitFor(
            async () => {
                if (!this.server!.running) throw new Error(`code-server exited:\n${this.server!.tail()}`);
                const response = await fetch(`${this.url}healthz`).catch(() => undefined);
                return response?.ok;
            },
            `code-server on ${this.url}`,
            60_000,
            200
        ).catch(error => {
            throw new Error(`${(error as Error).message}\n${this.server?.tail()}`);
        });

        const executablePath = chromiumPath();
        if (!executablePath || !existsSync(executablePath))
            throw new Error('Chromium is not installed (apt-get install chromium; npm run test:e2e does)');
        this.browser = await chromium.launch({
            executablePath,
            args: [...CHROMIUM_FLAGS, '--disable-dev-shm-usage'],
            timeout: 60_000
        });
        const context = await this.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
        this.page = await context.newPage();
        this.page.setDefaultTimeout(30_000);
        await this.page.goto(`${this.url}?folder=${encodeURIComponent(this.workspace)}`);
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    /** Closes the browser and ends code-server with its extension host and language server. Never throws. */
    async close(): Promise<void> {
        const browser = this.browser;
        this.browser = undefined;
        if (browser) {
            await Promise.race([
                browser.close().catch(() => undefined),
                new Promise(resolve => setTimeout(resolve, 10_000))
            ]);
        }
        const server = this.server;
        this.server = undefined;
        await server?.stop().catch(() => undefined);
    }

    /** What code-server wrote lately (for failure messages). */
    serverLog(): string {
        return this.server?.tail() ?? '';
    }

    async screenshot(name: string): Promise<void> {
        mkdirSync(this.screenshotDir, { recursive: true });
        await this.page.screenshot({ path: join(this.screenshotDir, `${name}.png`) });
    }

    // ---- workbench -------------------------------------------------------------------------------

    /** Opens a workspace file with Quick Open and waits until its editor has the focus. */
    async openFile(name: string): Promise<void> {
        const page = this.page;
        await this.closeQuickInput();
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(name);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
        await page.keyboard.press('Enter');
        await this.activeTab(name).waitFor();
        await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
    }

    /** The active editor tab of the active group, by file name. */
    activeTab(name: string): Locator {
        return this.page.locator('.editor-group-container.active .tab.active', { hasText: name });
    }

    private async closeQuickInput(): Promise<void> {
        if (await this.page.locator('.quick-input-widget').isVisible()) await this.page.keyboard.press('Escape');
    }

    /** Runs a command from the command palette, picking the row whose label is exactly `label`. */
    async runCommand(label: string): Promise<void> {
        const page = this.page;
        await this.closeQuickInput();
        await page.keyboard.press('Control+Shift+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${label}`);
        const row = page
            .locator('.quick-input-list .monaco-list-row')
            .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
        await row.first().click();
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** Moves the cursor of the focused editor to a 1-based line and column (Go to Line). */
    async goTo(line: number, column = 1): Promise<void> {
        const page = this.page;
        await page.keyboard.press('Control+G');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`:${line}:${column}`);
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await waitFor(
            async () => (await this.cursorPosition()) === `Ln ${line}, Col ${column}`,
            `the cursor at ${line}:${column}`,
            10_000,
            100
        );
    }

    /**
     * Moves the mouse over `word` on the active editor's visible lines and returns the hover's content (not yet
     * waited for). Code lenses arrive after the diagnostics and push the lines below them down: hovering before they
     * are drawn leaves the mouse beside the word and VS Code closes the hover again, so this first waits up to
     * `timeout` for a lens.
     */
    async hoverWord(word: string, timeout: number): Promise<Locator> {
        const page = this.page;
        const name = page
            .locator('.editor-group-container.active .view-lines .view-line span span', {
                hasText: new RegExp(`^${escapeRegExp(word)}$`)
            })
            .first();
        await page.locator('.editor-group-container.active .codelens-decoration').first().waitFor({
            state: 'attached',
            timeout
        });
        await name.hover();
        return page
            .locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents')
            .first();
    }

    /** `Ln 8, Col 5` from the status bar. */
    async cursorPosition(): Promise<string> {
        return (await this.page.locator('[id="status.editor.selection"]').innerText()).trim();
    }

    /** The text of a line as the editor shows it (the line must be on screen, e.g. after goTo). */
    async lineText(line: number): Promise<string> {
        const page = this.page;
        const editor = page.locator('.editor-group-container.active .monaco-editor').first();
        // Line numbers and view lines are rendered in the same order, at the same `top`.
        const top = await editor
            .locator('.margin-view-overlays .line-numbers', { hasText: new RegExp(`^${line}$`) })
            .first()
            .evaluate(element => (element.parentElement as HTMLElement).style.top);
        const text = await editor
            .locator(`.view-lines .view-line[style*="top:${top};"], .view-lines .view-line[style*="top: ${top};"]`)
            .first()
            .innerText();
        return text.replace(/\u00a0/g, ' ');
    }

    // ---- problems --------------------------------------------------------------------------------

    /** Shows the Problems panel. */
    async showProblems(): Promise<void> {
        const panel = this.page.locator('.markers-panel');
        if (!(await panel.isVisible())) {
            await this.page.keyboard.press('Control+Shift+M');
            await panel.waitFor();
        }
    }

    /** The markers of the Problems panel (it must be shown), parsed from their accessible labels. */
    async problems(): Promise<Problem[]> {
        const labels = await this.page
            .locator('.markers-panel .monaco-list-row')
            .evaluateAll(rows => rows.map(row => row.getAttribute('aria-label') ?? ''));
        return labels.flatMap(label => {
            const match =
                /^(Error|Warning|Info)\w*: ([\s\S]*) at line (\d+) and character (\d+)\. generated by (\S+)/.exec(
                    label
                );
            return match
                ? [
                      {
                          severity: match[1].toLowerCase() as Problem['severity'],
                          message: match[2],
                          line: Number(match[3]),
                          column: Number(match[4]),
                          source: match[5]
                      }
                  ]
                : [];
        });
    }

    /** Error and warning counts from the status bar (`Errors: 1, Warnings: 2`, `No Problems`). */
    async problemCounts(): Promise<{ errors: number; warnings: number }> {
        const label = (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
        const count = (word: string) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
        return { errors: count('Errors'), warnings: count('Warnings') };
    }

    // ---- the preview webview ---------------------------------------------------------------------

    /** The preview's document: VS Code puts a webview in `iframe.webview`, its content in `iframe#active-frame`. */
    preview(): FrameLocator {
        return this.page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    }

    /**
     * The tree item of a goal or measure by id (`GodService`, `m:GodService.DirektSvar`), or of the vision (`v:`). Found by
     * its `data-key`, which ends in `g:<id>` / `m:<id>` whether or not the key carries the path to the node.
     */
    previewNode(id: string): Locator {
        const key = id === 'v:' || id.startsWith('m:') ? id : `g:${id}`;
        return this.preview()
            .locator(`li[role="treeitem"][data-key="${key}"], li[role="treeitem"][data-key$="/${key}"]`)
            .first();
    }

    /** The node's own status pill (its row's, not its children's). */
    previewPill(id: string): Locator {
        return this.previewNode(id).locator(':scope > .sm-row > .sm-pill').first();
    }

    /** The status word the node's pill shows (without a count). */
    async previewStatusWord(id: string): Promise<string> {
        return this.previewPill(id).evaluate(
            pill => {
                const copy = pill.cloneNode(true) as HTMLElement;
                copy.querySelectorAll('.sm-count').forEach(count => count.remove());
                return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
            },
            undefined,
            { timeout: 5000 }
        );
    }

    /**
     * The status of a node as a reader meets it: the word on its pill, the colour family of the pill's dot
     * (computed, so the theme counts; an element `.sm-dot` or the pill's `::before`), and whether the item's
     * accessible name (its row, as Chromium computes it) says the same word.
     */
    async previewStatusSeen(id: string): Promise<{ word: string; colour: string; css: string; spokenWord: string }> {
        const word = await this.previewStatusWord(id);
        const css = await this.previewPill(id).evaluate(pill => {
            const dot = pill.querySelector('.sm-dot');
            return (dot ? getComputedStyle(dot) : getComputedStyle(pill, '::before')).backgroundColor;
        });
        // The first line of the ARIA snapshot is the item itself: `- treeitem "…name…" [expanded]`, in single
        // quotes when the name holds a colon (YAML).
        const snapshot = await this.previewNode(id).ariaSnapshot();
        const name = /^- '?treeitem "(.*)"/.exec(snapshot.split('\n')[0] ?? '')?.[1] ?? '';
        return {
            word,
            colour: colourFamily(css),
            css,
            spokenWord: name.includes(word) ? word : `no "${word}" in "${name}"`
        };
    }

    /** Writes a screenshot of the preview panel alone (the webview's visible part). */
    async previewScreenshot(name: string): Promise<void> {
        mkdirSync(this.screenshotDir, { recursive: true });
        await this.page
            .locator('iframe.webview')
            .first()
            .screenshot({ path: join(this.screenshotDir, `${name}.png`) });
    }

    /** Writes the preview's current HTML next to the screenshots (for failures), if a preview is open. */
    async savePreviewHtml(name: string): Promise<void> {
        if ((await this.page.locator('iframe.webview').count()) === 0) return;
        const html = await this.preview()
            .locator('html')
            .evaluate(element => element.outerHTML, undefined, { timeout: 5000 });
        mkdirSync(this.screenshotDir, { recursive: true });
        writeFileSync(join(this.screenshotDir, `${name}.html`), html);
    }

    /** Closes the panel (Problems) to give the editors and the preview the full height. */
    async hidePanel(): Promise<void> {
        if (await this.page.locator('.markers-panel').isVisible()) {
            await this.page.keyboard.press('Control+J');
            await this.page.locator('.markers-panel').waitFor({ state: 'hidden' });
        }
    }
}

export interface Problem {
    severity: 'error' | 'warning' | 'info';
    message: string;
    line: number;
    column: number;
    source: string;
}

/**
 * `red`, `yellow`, `green` or `grey` for a CSS `rgb(…)`/`rgba(…)` colour, by hue and saturation: the
 * preview takes its colours from the VS Code theme (`--vscode-charts-*`), so exact values vary.
 */
export function colourFamily(css: string): string {
    const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(css);
    if (!match) return `unknown ${css}`;
    const [r, g, b] = match.slice(1, 4).map(n => Number(n) / 255);
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const saturation = max === 0 ? 0 : (max - min) / max;
    if (saturation < 0.2) return 'grey';
    let hue: number;
    if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
    else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
    else hue = 60 * ((r - g) / (max - min)) + 240;
    if (hue < 22 || hue >= 330) return 'red';
    if (hue < 75) return 'yellow';
    if (hue < 170) return 'green';
    return `other ${css}`;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
