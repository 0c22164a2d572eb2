import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateInParallel, WorkerFailure } from '../../src/cli/parallel-validate.js';
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
                expect(threadsOf(profiles)).toBe(1 + Number(workers));
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
        // A thread for each of the ten groups the scan sees, so Kumla6's header (hidden from the scan behind a
        // comment) and its `del av` file are in different threads.
        const parallel = runCli(['validate', '.'], hidden, { STYRMODELL_WORKERS: '12' }, [
            '--cpu-prof',
            `--cpu-prof-dir=${profiles}`
        ]);
        expect(parallel).toEqual(serial);
        // The workers ran and one said its group was not self-contained; the main thread then checked all.
        expect(threadsOf(profiles)).toBe(11);
        expect(serial.stdout).not.toMatch(/Kumla6 finns inte|Could not resolve/);
    }, 120_000);
});

describe('validateInParallel when a worker fails', () => {
    const group = (name: string) => ({ files: [`/m/${name}.styr`], ids: [name], dataPaths: [], size: 1 });
    const plan = { groups: [group('a'), group('b')], threads: 2, entry: new URL('file:///unused.js') };
    /** Worker threads from inline code: the first behaves as `first`, the other never answers. */
    const starter = (first: string) => {
        let started = 0;
        return () => new Worker(started++ === 0 ? first : 'setInterval(() => {}, 1000);', { eval: true });
    };

    it.each([
        ['throws', "throw new Error('trasig');", /trasig/],
        ['exits without an answer', 'process.exit(7);', /avslutades med kod 7 utan svar/],
        ['ends quietly', '', /avslutades med kod 0 utan svar/]
    ])(
        'a worker that %s gives a Swedish message naming its files, and stops the others',
        async (_, code, reason) => {
            const failure = validateInParallel(plan, ['/m/a.styr', '/m/b.styr'], undefined, starter(code));
            await expect(failure).rejects.toBeInstanceOf(WorkerFailure);
            await expect(failure).rejects.toThrow(reason);
            await expect(failure).rejects.toThrow(/kontrollen avbröts.*\/m\/a\.styr.*STYRMODELL_WORKERS=1/);
        },
        20_000
    );
});
