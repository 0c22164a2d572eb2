/**
 * Neovim (headless, no user config) as a real LSP client of `styrmodell lsp --stdio`: the Lua script in
 * neovim/client.lua opens a copy of the Kumla reference, collects diagnostics, a definition and a completion,
 * breaks a reference, and writes what it saw as JSON; this test asserts on that JSON. Neovim 0.7 (Debian 12)
 * and later: the script only uses vim.lsp.start_client / buf_attach_client.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    copyReference,
    lineOf,
    NOT_KF_GOALS,
    ROOT,
    removeTemporaryDirectories,
    temporaryDirectory,
    which
} from './support/processes.js';

const SCRIPT = join(import.meta.dirname, 'neovim', 'client.lua');
const BIN = join(ROOT, 'bin', 'styrmodell.js');
/** Each wait inside the script; the whole run is bounded by RUN_TIMEOUT_MS. */
const STEP_TIMEOUT_MS = 45_000;
const RUN_TIMEOUT_MS = 150_000;

interface Diagnostic {
    line: number;
    character: number;
    severity: number;
    code?: string;
    message: string;
}

interface Report {
    steps: string[];
    error?: string;
    last_diagnostics?: Record<string, Diagnostic[]>;
    nvim: { major: number; minor: number; patch: number };
    diagnostics: {
        initial?: { main: Diagnostic[]; committees: Diagnostic[] };
        broken?: { line: number; committees: Diagnostic[] };
    };
    definition?: {
        from: { line: number; character: number };
        targets: Array<{ path: string; line: number; character: number }>;
    };
    completion?: { line: number; labels: string[]; kinds: Record<string, number> };
}

const ERROR = 1;
const WARNING = 2;

/** Runs the Lua client in Neovim; resolves with its report, killing Neovim (and the server) if it hangs. */
function runNeovim(workspace: string, out: string, home: string): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
        const env = {
            ...process.env,
            // No user or system configuration, no shared state, logs in the temporary home.
            XDG_CONFIG_HOME: join(home, 'config'),
            XDG_DATA_HOME: join(home, 'data'),
            XDG_STATE_HOME: join(home, 'state'),
            XDG_CACHE_HOME: join(home, 'cache'),
            STYR_WORKSPACE: workspace,
            STYR_OUT: out,
            STYR_NODE: process.execPath,
            STYR_BIN: BIN,
            STYR_TIMEOUT_MS: String(STEP_TIMEOUT_MS)
        };
        const child = spawn(
            'nvim',
            ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT.replace(/ /g, '\\ ')}`],
            {
                cwd: workspace,
                env,
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        let output = '';
        child.stdout.on('data', chunk => (output = (output + chunk).slice(-10_000)));
        child.stderr.on('data', chunk => (output = (output + chunk).slice(-10_000)));
        const killGroup = () => {
            try {
                process.kill(-child.pid!, 'SIGKILL');
            } catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            killGroup();
            reject(new Error(`Neovim did not finish within ${RUN_TIMEOUT_MS} ms:\n${output}`));
        }, RUN_TIMEOUT_MS);
        child.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('exit', code => {
            clearTimeout(timer);
            // The language server is Neovim's child: never leave it behind.
            killGroup();
            resolve({ code, output });
        });
    });
}

describe.skipIf(!which('nvim'))('Neovim (headless) as an LSP client', () => {
    let report: Report;
    let committees: string;
    let main: string;
    let workspace: string;

    beforeAll(async () => {
        const base = temporaryDirectory('neovim');
        workspace = copyReference(join(base, 'kumla'));
        committees = readFileSync(join(workspace, 'nämnderna.styr'), 'utf8');
        main = readFileSync(join(workspace, 'styrmodell.styr'), 'utf8');
        const out = join(base, 'report.json');
        try {
            const { code, output } = await runNeovim(workspace, out, join(base, 'home'));
            if (!existsSync(out)) throw new Error(`Neovim exited with ${code} and wrote no report:\n${output}`);
            report = JSON.parse(readFileSync(out, 'utf8')) as Report;
            if (report.error) {
                throw new Error(
                    `The Lua client failed after steps ${report.steps.join(', ')}: ${report.error}\nlast diagnostics: ${JSON.stringify(report.last_diagnostics, null, 1)}\n${output}`
                );
            }
            expect(code).toBe(0);
        } finally {
            removeTemporaryDirectories();
        }
    }, RUN_TIMEOUT_MS + 30_000);

    const describeDiagnostics = (list: Diagnostic[]) =>
        list.map(d => `${d.severity === ERROR ? 'error' : 'warning'} ${d.code}@${d.line + 1}: ${d.message}`);

    it('runs every step in Neovim 0.7 or later', () => {
        expect(report.steps).toEqual([
            'started',
            'initialised',
            'opened',
            'diagnostics',
            'definition',
            'completion',
            'restored',
            'broken',
            'stopped'
        ]);
        expect(report.nvim.major > 0 || report.nvim.minor >= 7).toBe(true);
    });

    it("publishes the reference model's one warning and no errors", () => {
        const initial = report.diagnostics.initial!;
        expect(describeDiagnostics(initial.main)).toEqual([]);
        const errors = initial.committees.filter(d => d.severity === ERROR);
        expect(describeDiagnostics(errors)).toEqual([]);
        expect(initial.committees).toHaveLength(1);
        const [warning] = initial.committees;
        expect(warning.severity).toBe(WARNING);
        expect(warning.code).toBe('no-value-for-year');
        expect(warning.message).toContain('Besöksnöjdhet');
        expect(warning.line + 1).toBe(lineOf(committees, 'mått Besöksnöjdhet'));
    });

    it('reports a broken reference as an error at its line while typing', () => {
        const broken = report.diagnostics.broken!;
        expect(broken.line + 1).toBe(lineOf(committees, 'bidrar till DemokratiDialog'));
        const errors = broken.committees.filter(d => d.severity === ERROR && d.line === broken.line);
        expect(errors).toHaveLength(1);
        expect(errors[0].code).toBe('unresolved-reference');
        expect(errors[0].message).toContain('DemokratiDialogX');
        expect(errors[0].character).toBe('    bidrar till '.length);
    });

    it('goes to the definition of a KF goal in the other file', () => {
        const { from, targets } = report.definition!;
        expect(from.line + 1).toBe(lineOf(committees, 'bidrar till ServiceTillgänglighet'));
        expect(targets).toHaveLength(1);
        expect(targets[0].path).toBe(join(workspace, 'styrmodell.styr'));
        expect(targets[0].line + 1).toBe(lineOf(main, 'mål ServiceTillgänglighet'));
        expect(targets[0].character).toBe('mål '.length);
    });

    it('completes `bidrar till ` in a committee goal with the KF goals only', () => {
        const { labels, kinds } = report.completion!;
        expect(labels).toEqual(
            expect.arrayContaining([
                'DemokratiDialog',
                'ServiceTillgänglighet',
                'Folkhälsa',
                'Utbildning',
                'KulturFritid',
                'MiljöTrygghetTeknik',
                'BoendeNäringsliv'
            ])
        );
        // Not nämnder, not the vision, not committee goals, not municipality-wide KF goals.
        for (const wrong of NOT_KF_GOALS) {
            expect(labels).not.toContain(wrong);
        }
        expect(kinds.ServiceTillgänglighet).toBeTypeOf('number');
    });
});
