// `npm run package`: the VS Code extension as a small .vsix, offline. The bundles in out/ carry every
// dependency, so package.json has no `dependencies` and vsce puts no node_modules inside. vsce runs with all
// its checks (licence, repository, README images); the Marketplace page is docs/marketplace/README.md, written
// for planners, while the repository's README.md is for developers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = `styrmodell-${version}.vsix`;
execFileSync(process.execPath, [new URL('./bundle.mjs', import.meta.url).pathname], { stdio: 'inherit', cwd: root });
execFileSync(
    process.execPath,
    [`${root}node_modules/@vscode/vsce/vsce`, 'package', '--readme-path', 'docs/marketplace/README.md', '--out', out],
    { stdio: 'inherit', cwd: root }
);
console.log(`Paket: ${out}`);
