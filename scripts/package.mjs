// `npm run package`: the VS Code extension as a small .vsix, offline. The bundles in out/ carry every
// dependency, so the manifest has no `dependencies` and vsce puts no node_modules inside. The .vsix is packed
// from dist/vsix/ (scripts/stage.mjs): the extension's bundles and assets only, not the command line, and a
// package.json without the npm package's bin, exports and scripts. vsce runs with all its checks (licence,
// repository, README images); the Marketplace page is docs/marketplace/README.md, written for planners.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stage } from './stage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `styrmodell-${version}.vsix`);
execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit', cwd: root });
const staged = stage('vsix');
execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--out', out], {
    stdio: 'inherit',
    cwd: staged
});
console.log(`Paket: ${out}`);
