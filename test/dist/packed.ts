import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { ROOT } from '../cli/run-cli.js';

/** The outer npm's npm_* variables would steer an inner npm (its user agent, its prefix); Node 24 comes first. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'))
    );
    return { ...env, PATH: [dirname(process.execPath), env.PATH].join(delimiter), NO_UPDATE_NOTIFIER: '1', ...extra };
}

export function npm(args: string[], cwd: string): string {
    return execFileSync('npm', args, {
        cwd,
        env: cleanEnv(),
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe']
    });
}

/**
 * `npm pack` of the npm package as it is built (the bundles `npm test` made), staged into dist/npm by
 * scripts/stage.mjs as the release workflow stages dist/npm, into a fresh folder.
 */
export function packProject(): { tarball: string; files: string[] } {
    const destination = mkdtempSync(join(tmpdir(), 'styrmodell-pack-'));
    // A folder of its own: test files run in parallel, and each packs.
    const staged = join(mkdtempSync(join(tmpdir(), 'styrmodell-stage-')), 'npm');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'stage.mjs'), 'npm', staged], { cwd: ROOT, stdio: 'ignore' });
    const [result] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], staged));
    return {
        tarball: join(destination, result.filename),
        files: result.files.map((file: { path: string }) => file.path)
    };
}
