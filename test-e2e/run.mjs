// `npm run test:e2e`: installs what the real clients need when it is missing, then runs the e2e suite.
// Debian packages (chromium, neovim, libkrb5-dev for code-server's native module) come from apt; code-server
// comes from npm into .e2e/ so that it never enters the project's dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const e2eDir = join(root, '.e2e');
const CODE_SERVER_VERSION = '4.139.1';

function has(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasDebianPackage(name) {
    return spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
    console.log(`[e2e] ${command} ${args.join(' ')}`);
    execFileSync(command, args, { stdio: 'inherit', ...options });
}

function ensureDebianPackages() {
    const wanted = [['chromium', 'chromium'], ['nvim', 'neovim'], [null, 'libkrb5-dev']];
    const missing = wanted.filter(([command, pkg]) => command ? !has(command) : !hasDebianPackage(pkg)).map(([, pkg]) => pkg);
    if (missing.length === 0) return;
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const apt = (...args) => sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args);
    apt('update', '-qq');
    apt('install', '-y', '-qq', ...missing);
}

function ensureCodeServer() {
    const bin = join(e2eDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    if (existsSync(bin)) return bin;
    const prefix = join(e2eDir, 'code-server');
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'styrmodell-e2e-code-server', private: true }));
    // code-server's postinstall builds native modules and fetches its own VS Code build from npm.
    run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: prefix, env: { ...process.env, npm_config_allow_scripts: 'true' } });
    if (!existsSync(bin)) throw new Error(`code-server did not install: ${bin} is missing`);
    return bin;
}

function ensurePackagedExtension() {
    run('npm', ['run', 'package'], { cwd: root });
}

ensureDebianPackages();
ensureCodeServer();
ensurePackagedExtension();
const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', join(root, 'vitest.e2e.config.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(vitest.status ?? 1);
