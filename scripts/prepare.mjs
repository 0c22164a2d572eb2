// `npm run prepare`, which npm runs after `npm install` in a clone and when it installs the package from git:
// pre-commit's hooks (`npm install -g git+file://…`), `npm install -g github:styrmodell/styrmodell#v0.1.0`. A git
// install prepares the clone as if it were installed globally, so npm installs no devDependencies there and a
// plain `langium generate && node scripts/bundle.mjs` fails with "langium: not found" (a known npm limitation).
// So this script fetches its own build tools when they are missing: `npm ci` from the lockfile, in the clone,
// as a project install, without install scripts; then it builds. The published package never runs it: its
// package.json has no scripts (scripts/artefacts.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    // langium-cli and the bundles need Node 22; pre-commit's "system" Node is the first `nodejs` or `node` on PATH.
    console.error(
        `styrmodell: building needs Node 22 or later, but npm runs Node ${process.versions.node}. Put a newer Node first on PATH (for pre-commit: set language_version).`
    );
    process.exit(1);
}
const tools = ['langium-cli', 'esbuild', 'langium'];
const missing = tools.filter(name => !existsSync(join(root, 'node_modules', name, 'package.json')));

if (missing.length > 0) {
    console.error(`styrmodell: byggverktygen saknas (${missing.join(', ')}); installerar dem från package-lock.json …`);
    // The outer global install's settings must not make this a global install too.
    const env = Object.fromEntries(
        Object.entries(process.env).filter(
            ([key]) => !/^npm_config_(global|location|prefix|omit|include|production|only|dry_run)$/i.test(key)
        )
    );
    const npm = process.env.npm_execpath;
    const [command, prefix] = npm ? [process.execPath, [npm]] : ['npm', []];
    execFileSync(
        command,
        [...prefix, 'ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--location=project'],
        { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], shell: !npm && process.platform === 'win32' }
    );
}

const run = (script, args) =>
    execFileSync(process.execPath, [join(root, script), ...args], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit']
    });
run('node_modules/langium-cli/bin/langium.js', ['generate']);
run('scripts/bundle.mjs', []);
