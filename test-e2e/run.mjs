// `npm run test:e2e`: installs what the real clients need when it is missing, then runs the e2e suite
// (test-e2e/*.e2e.test.ts with vitest.e2e.config.ts). Idempotent: a second run installs nothing.
//
// - Debian packages from apt: chromium (the browser Playwright drives), neovim (the second LSP client),
//   fonts-noto-color-emoji (the status circles in hover and inlay hints, so screenshots show colours, not
//   boxes), libreoffice-writer-nogui and poppler-utils (the Word report to PDF to PNG), libreoffice-calc-nogui
//   (the Excel report opened in Calc) and, only when code-server must be built, libkrb5-dev and a compiler for its native modules.
// - code-server from npm into .e2e/code-server, outside the project's dependencies, with the project's
//   Node 24 (the `node` devDependency): code-server requires Node 24 and refuses to install with another.
// - The extension packaged as styrmodell-<version>.vsix (`npm run package`), which the VS Code test installs.
//
// Arguments go to vitest, e.g. `npm run test:e2e -- test-e2e/neovim.e2e.test.ts`.
// E2E_VERBOSE=1 echoes code-server's output.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const e2eDir = join(root, '.e2e');
const CODE_SERVER_VERSION = '4.139.1';
const codeServerPrefix = join(e2eDir, 'code-server');
const codeServerPackage = join(codeServerPrefix, 'node_modules', 'code-server');

/** Node 24: the one running this script when started by npm (node_modules/.bin comes first), else the pinned one. */
function nodeBinary() {
    const major = Number(process.versions.node.split('.')[0]);
    if (major >= 24) return process.execPath;
    const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
    if (existsSync(pinned)) {
        console.log(`[e2e] Node ${process.version} runs this script; using the project's pinned Node: ${pinned}`);
        return pinned;
    }
    throw new Error(`Node 24 is needed (found ${process.version}); run \`npm ci\` first, then \`npm run test:e2e\`.`);
}

const node = nodeBinary();
// Children (npm, code-server's install scripts, vitest) find the same Node first.
const env = { ...process.env, PATH: [join(root, 'node_modules', '.bin'), join(node, '..'), process.env.PATH ?? ''].join(delimiter) };

function has(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasDebianPackage(name) {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status === 0 && result.stdout.includes('install ok installed');
}

function run(command, args, options = {}) {
    console.log(`[e2e] ${command} ${args.join(' ')}`);
    execFileSync(command, args, { stdio: 'inherit', env, ...options });
}

function codeServerInstalled() {
    const manifest = join(codeServerPackage, 'package.json');
    if (!existsSync(manifest) || !existsSync(join(codeServerPackage, 'out', 'node', 'entry.js'))) return false;
    // The postinstall script installs VS Code's own dependencies; without them the install is half done.
    if (!existsSync(join(codeServerPackage, 'lib', 'vscode', 'node_modules'))) return false;
    return JSON.parse(readFileSync(manifest, 'utf8')).version === CODE_SERVER_VERSION;
}

function ensureDebianPackages(needCodeServerBuild) {
    const wanted = [
        ['chromium', 'chromium'],
        ['nvim', 'neovim'],
        [null, 'fonts-noto-color-emoji'],
        // The Word report converted to PDF (LibreOffice headless) and its first page to PNG (pdftoppm).
        ['soffice', 'libreoffice-writer-nogui'],
        // The Excel report opened by LibreOffice Calc (report --format xlsx, xlsx.e2e.test.ts).
        [null, 'libreoffice-calc-nogui'],
        ['pdftoppm', 'poppler-utils']
    ];
    if (needCodeServerBuild) {
        wanted.push([null, 'libkrb5-dev'], ['make', 'make'], ['g++', 'g++'], ['python3', 'python3'], ['pkg-config', 'pkg-config']);
    }
    const missing = wanted.filter(([command, pkg]) => command ? !has(command) : !hasDebianPackage(pkg)).map(([, pkg]) => pkg);
    if (missing.length === 0) return;
    if (!has('apt-get')) {
        throw new Error(`Missing: ${missing.join(', ')}. Install them with your package manager (the e2e runner only knows apt).`);
    }
    const isRoot = process.getuid?.() === 0;
    if (!isRoot && !has('sudo')) throw new Error(`Missing: ${missing.join(', ')}; apt-get needs root and there is no sudo.`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (...args) => isRoot
        ? run('apt-get', args, { env: aptEnv })
        : run('sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { env: aptEnv });
    apt('update', '-qq');
    apt('install', '-y', '-qq', ...missing);
}

function ensureCodeServer() {
    if (codeServerInstalled()) return;
    // A half-finished or other-version install is removed, then installed again from scratch.
    rmSync(codeServerPrefix, { recursive: true, force: true });
    mkdirSync(codeServerPrefix, { recursive: true });
    // code-server's postinstall builds native modules and installs VS Code's dependencies from npm; it checks
    // that npm runs on Node 24, which the PATH above ensures. npm 11's install-script policy takes the
    // approval from package.json (a --allow-scripts flag or npm_config_allow_scripts is an error in a
    // project install); older npm ignores the field and runs the scripts anyway.
    writeFileSync(join(codeServerPrefix, 'package.json'), JSON.stringify({
        name: 'styrmodell-e2e-code-server',
        private: true,
        allowScripts: { 'code-server': true, argon2: true }
    }, null, 2));
    // The npm that started this script (maybe on Node 20) left npm_config_user_agent and other npm_* variables
    // in the environment; the inner npm would take them as its own config, and code-server's postinstall reads
    // the Node version from that user agent. Without them the inner npm describes itself.
    const installEnv = Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
    run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerPrefix, env: installEnv });
    if (!codeServerInstalled()) throw new Error(`code-server ${CODE_SERVER_VERSION} did not install completely into ${codeServerPrefix}`);
}

function ensurePackagedExtension() {
    // A fresh clone has no generated parser (src/language/generated is not committed).
    if (!existsSync(join(root, 'src', 'language', 'generated', 'ast.ts'))) run('npm', ['run', 'langium:generate'], { cwd: root });
    run('npm', ['run', 'package'], { cwd: root });
}

const started = Date.now();
ensureDebianPackages(!codeServerInstalled());
ensureCodeServer();
ensurePackagedExtension();
console.log(`[e2e] prepared in ${Math.round((Date.now() - started) / 1000)} s`);
const vitest = spawnSync(node, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', join(root, 'vitest.e2e.config.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env });
process.exit(vitest.status ?? 1);
