import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The SIGTERM listeners present each time diff makes a checkout folder: a signal that arrives between making
// the folder and registering its cleanup kills the process by default and leaves the folder behind (the race
// that made test/cli/diff-interrupt.test.ts fail now and then on a loaded machine).
const listenersAtMkdtemp: number[] = [];
vi.mock('node:fs', async original => {
    const fs = await original<typeof import('node:fs')>();
    return {
        ...fs,
        mkdtempSync: ((...args: Parameters<typeof fs.mkdtempSync>) => {
            listenersAtMkdtemp.push(process.listenerCount('SIGTERM'));
            return fs.mkdtempSync(...args);
        }) as typeof fs.mkdtempSync
    };
});

const { TemporaryCheckouts } = await import('../../src/cli/git-tree.js');

describe('the checkouts of diff and interrupts', () => {
    let checkouts: InstanceType<typeof TemporaryCheckouts> | undefined;
    afterEach(() => checkouts?.removeAll());

    it('registers the cleanup before the checkout folder exists', () => {
        const repo = mkdtempSync(join(tmpdir(), 'styrmodell-order-'));
        writeFileSync(join(repo, 'modell.styr'), 'styrmodell S "S" {\n    år 2019\n}\n');
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: repo });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'ett');
        const before = process.listenerCount('SIGTERM');
        listenersAtMkdtemp.length = 0;
        checkouts = new TemporaryCheckouts(repo);
        checkouts.checkout('HEAD');
        checkouts.checkout('HEAD');
        expect(listenersAtMkdtemp).toEqual([before + 1, before + 1]);
        checkouts.removeAll();
        // The listener stays (interrupt-cleanup.ts): removing it would drop a signal queued during synchronous work.
        expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    });
});
