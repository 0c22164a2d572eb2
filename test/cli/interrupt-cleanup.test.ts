import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../src/cli/interrupt-cleanup.ts', import.meta.url));

/**
 * A child that registers a cleanup, is signalled while its synchronous work runs (the signal is queued because a
 * listener exists), unregisters the cleanup when the work is done, and would then exit 0 after a pause.
 */
function runInterruptedChild(signal: NodeJS.Signals) {
    const script = `
        const { cleanUpOnInterrupt } = await import(${JSON.stringify(MODULE)});
        const stop = cleanUpOnInterrupt(() => process.stdout.write('städat '));
        process.kill(process.pid, ${JSON.stringify(signal)});
        stop();
        setTimeout(() => { process.stdout.write('fortsatte'); process.exit(0); }, 500);
    `;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
}

describe('interrupt cleanup', () => {
    // Before the fix the last unregistration removed the listeners, Node dropped the queued signal, and the
    // command finished with exit status 0 as if never interrupted.
    it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
        'a %s that arrives during synchronous work still ends the process once that work is done',
        signal => {
            const child = runInterruptedChild(signal);
            expect(child.signal).toBe(signal);
            expect(child.stdout).toBe('');
        }
    );

    it('runs a registered cleanup when the signal is handled while it is registered', () => {
        const script = `
            const { cleanUpOnInterrupt } = await import(${JSON.stringify(MODULE)});
            cleanUpOnInterrupt(() => process.stdout.write('städat'));
            process.kill(process.pid, 'SIGTERM');
            setTimeout(() => process.exit(0), 5_000);
        `;
        const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
        expect(child.stdout).toBe('städat');
        expect(child.signal).toBe('SIGTERM');
    });
});
