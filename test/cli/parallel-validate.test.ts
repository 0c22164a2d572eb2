import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCliDiagnostic } from '../../src/cli/diagnostics.js';
import type { GroupCheck } from '../../src/cli/group-checker.js';
import { GroupClaims } from '../../src/cli/group-claims.js';
import { modelGroups } from '../../src/cli/model-groups.js';
import { validateInParallel, WorkerFailure } from '../../src/cli/parallel-validate.js';
import type { ValidateWorkerInput } from '../../src/cli/validate-worker-protocol.js';
import { loadWorkspace, workspaceFiles } from '../../src/cli/workspace.js';
import { KUMLA, runCli } from './run-cli.js';

/**
 * Eight models made from the Kumla reference (ids Kumla1…Kumla8, each folder with its header and `del av` file),
 * all naming one shared data folder, some with mistakes so that there are errors, warnings and data problems to
 * order; and a file of no model.
 */
function multiModelWorkspace(options: { hiddenHeader?: boolean } = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'styrmodell-parallel-'));
    cpSync(join(KUMLA, 'data'), join(root, 'data'), { recursive: true });
    for (let n = 1; n <= 8; n++) {
        const folder = join(root, `modell${n}`);
        mkdirSync(folder);
        let header = readFileSync(join(KUMLA, 'styrmodell.styr'), 'utf8')
            .replace('styrmodell Kumla ', `styrmodell Kumla${n} `)
            .replaceAll('data "data/', 'data "../data/');
        let part = readFileSync(join(KUMLA, 'nämnderna.styr'), 'utf8').replace('del av Kumla', `del av Kumla${n}`);
        if (n === 2) header = header.replace('bidrar till Vision2025', 'bidrar till Visionen');
        if (n === 3) header = header.replace('data "../data/hemtjanst.json"', 'data "../data/saknas.json"');
        if (n === 5) part = part.replace('år 2019', 'år 2042');
        if (n === 6 && options.hiddenHeader)
            header = header.replace('styrmodell Kumla6', '/* gömd */ styrmodell Kumla6');
        writeFileSync(join(folder, 'styrmodell.styr'), header);
        writeFileSync(join(folder, 'nämnderna.styr'), part);
    }
    writeFileSync(join(root, 'lös.styr'), 'mål Ensam "Ett mål utan modell" {\n    nivå nämnd\n}\n');
    return root;
}

/** The number of threads a run used: `--cpu-prof` writes one profile per thread. */
function threadsOf(profiles: string): number {
    return readdirSync(profiles).filter(name => name.endsWith('.cpuprofile')).length;
}

describe('validate in worker threads (the bundled command line)', () => {
    let workspace: string;
    beforeAll(() => {
        workspace = multiModelWorkspace();
    });

    it.each(['text', 'json', 'sarif'])(
        'writes byte for byte what one thread writes, format %s',
        format => {
            const serial = runCli(['validate', '--format', format, '.'], workspace, { STYRMODELL_WORKERS: '1' });
            expect(serial.status).toBe(1);
            expect(serial.stdout).toMatch(/Visionen|saknas\.json/);
            for (const workers of ['2', '3']) {
                const profiles = mkdtempSync(join(tmpdir(), 'styrmodell-profiles-'));
                const parallel = runCli(
                    ['validate', '--format', format, '.'],
                    workspace,
                    { STYRMODELL_WORKERS: workers },
                    ['--cpu-prof', `--cpu-prof-dir=${profiles}`]
                );
                // The main thread is one of the checking threads: one worker fewer than threads.
                expect(threadsOf(profiles)).toBe(Number(workers));
                expect(parallel.stdout).toBe(serial.stdout);
                expect(parallel.stderr).toBe(serial.stderr);
                expect(parallel.status).toBe(serial.status);
            }
        },
        120_000
    );

    it('keeps the exit code and the quiet and strict options', () => {
        for (const args of [['--quiet'], ['--strict'], ['--year', '2018']]) {
            const run = (workers: string) =>
                runCli(['validate', ...args, 'modell1', 'modell4'], workspace, { STYRMODELL_WORKERS: workers });
            const serial = run('1');
            const parallel = run('2');
            expect({ ...parallel }, args.join(' ')).toEqual({ ...serial });
        }
        expect(runCli(['validate', 'modell1', 'modell4'], workspace, { STYRMODELL_WORKERS: '2' }).status).toBe(0);
    }, 120_000);

    it('checks in one thread, with the same output, when the parse puts a file in a model the scan did not see', () => {
        const hidden = multiModelWorkspace({ hiddenHeader: true });
        const profiles = mkdtempSync(join(tmpdir(), 'styrmodell-profiles-'));
        const serial = runCli(['validate', '.'], hidden, { STYRMODELL_WORKERS: '1' });
        // A thread for each of the ten groups the scan sees (the main thread and nine workers), so Kumla6's header
        // (hidden from the scan behind a comment) and its `del av` file are in different groups.
        const parallel = runCli(['validate', '.'], hidden, { STYRMODELL_WORKERS: '12' }, [
            '--cpu-prof',
            `--cpu-prof-dir=${profiles}`
        ]);
        expect(parallel).toEqual(serial);
        // The workers ran and a thread said its group was not self-contained; the main thread then checked all.
        expect(threadsOf(profiles)).toBe(10);
        expect(serial.stdout).not.toMatch(/Kumla6 finns inte|Could not resolve/);
    }, 120_000);
});

describe('validateInParallel when a worker fails', () => {
    const group = (name: string) => ({ files: [`/m/${name}.styr`], ids: [name], dataPaths: [], size: 1 });
    const plan = { groups: [group('a'), group('b')], threads: 3, entry: new URL('file:///unused.js') };
    /** This thread's share, standing in: it takes the first group (before any worker can) and never answers. */
    const hanging: GroupCheck = {
        readData: path => ({ path }),
        check: () => new Promise(() => undefined),
        release: () => Promise.resolve()
    };
    /** Takes the next group as GroupClaims does (cell 0 the next index, cell 1 + i the taker plus one). */
    const takeGroup =
        "const { workerData } = require('node:worker_threads'); const cells = new Int32Array(workerData.claims);" +
        'const index = Atomics.add(cells, 0, 1); Atomics.store(cells, 1 + index, workerData.thread + 1);';
    /** Worker threads from inline code: the first behaves as `first`, the other never answers. */
    const starter = (first: string) => {
        let started = 0;
        return (_: URL, input: ValidateWorkerInput) =>
            new Worker(started++ === 0 ? first : 'setInterval(() => {}, 1000);', { eval: true, workerData: input });
    };

    it.each([
        ['throws after taking a group', `${takeGroup} throw new Error('trasig');`, /trasig/, /\/m\/b\.styr/],
        ['exits without an answer', 'process.exit(7);', /avslutades med kod 7 utan svar/, /innan den/],
        ['ends quietly', '', /avslutades med kod 0 utan svar/, /innan den/]
    ])(
        'a worker that %s gives a Swedish message naming its group, and stops the others',
        async (_, code, reason, where) => {
            const failure = validateInParallel(plan, ['/m/a.styr', '/m/b.styr'], undefined, starter(code), hanging);
            await expect(failure).rejects.toBeInstanceOf(WorkerFailure);
            await expect(failure).rejects.toThrow(reason);
            await expect(failure).rejects.toThrow(where);
            await expect(failure).rejects.toThrow(/kontrollen avbröts.*STYRMODELL_WORKERS=1/);
        },
        20_000
    );
});

describe('the main thread as one of the checking threads', () => {
    it('gives, for the groups it checks itself, what one build of all files gives', async () => {
        const workspace = multiModelWorkspace();
        const files = workspaceFiles([workspace]);
        const groups = modelGroups(files.context, 4);
        expect(groups?.length).toBe(4);
        // A worker that takes no group and is done at once: this thread checks every group.
        const idle = () =>
            new Worker("require('node:worker_threads').parentPort.postMessage({ kind: 'done' });", {
                eval: true
            });
        const plan = { groups: groups ?? [], threads: 2, entry: new URL('file:///unused.js') };
        const inParallel = await validateInParallel(plan, files.requested, undefined, idle);
        const serial = await loadWorkspace([workspace], {}, files);
        const expected = serial.requested.map(document =>
            (document.diagnostics ?? []).map(d => toCliDiagnostic(document, d))
        );
        expect(inParallel).toEqual(expected);
        expect(expected.flat().some(d => d.severity === 'error')).toBe(true);
    }, 60_000);

    it('hands out each group once, whichever thread asks', () => {
        const claims = GroupClaims.forGroups(3);
        const other = new GroupClaims(claims.buffer);
        expect([claims.take(0), other.take(1), claims.take(0), other.take(1)]).toEqual([0, 1, 2, undefined]);
        expect(claims.takenBy(0)).toEqual([0, 2]);
        expect(claims.takenBy(1)).toEqual([1]);
    });
});
