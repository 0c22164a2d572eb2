import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './run-cli.js';

/** An interrupted `diff` leaves no temporary checkout behind (issue 18, item 13; CLI.md "Every command"). */
function bigModel(goals: number, suffix: string): string {
    const parts = ['styrmodell S "Stor" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n'];
    for (let i = 0; i < goals; i++) {
        parts.push(
            `mål G${i} "Mål ${i}${suffix}" {\n    nivå fullmäktige\n    bidrar till V\n    mått M "M" {\n        utfall {\n            2019 ${i}\n        }\n        hel när värde >= 5\n    }\n}\n\n`
        );
    }
    return parts.join('');
}

function git(cwd: string, ...args: string[]): void {
    const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
}

async function until(condition: () => boolean, timeout: number): Promise<boolean> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        if (condition()) return true;
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    return false;
}

describe('diff interrupted by a signal', () => {
    const repo = mkdtempSync(join(tmpdir(), 'styrmodell-sig-repo-'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'modell.styr'), bigModel(3000, ''));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'ett');
    writeFileSync(join(repo, 'modell.styr'), bigModel(3000, ' ändrat'));

    it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
        '%s leaves no temporary folder',
        async signal => {
            const temporary = mkdtempSync(join(tmpdir(), 'styrmodell-sig-tmp-'));
            mkdirSync(temporary, { recursive: true });
            const child = spawn(process.execPath, [BIN, 'diff', 'HEAD'], {
                cwd: repo,
                env: { ...process.env, TMPDIR: temporary },
                stdio: 'ignore'
            });
            const exited = new Promise<void>(resolve => child.on('exit', () => resolve()));
            const checkedOut = await until(
                () => readdirSync(temporary).some(n => n.startsWith('styrmodell-diff-')),
                30_000
            );
            expect(checkedOut).toBe(true);
            child.kill(signal);
            await exited;
            expect(child.signalCode ?? child.exitCode).not.toBe(0);
            expect(readdirSync(temporary)).toEqual([]);
        },
        60_000
    );
});
