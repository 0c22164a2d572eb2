// `npm run package`: the VS Code extension as a small .vsix, offline. The bundles in out/ carry every
// dependency, so no node_modules go inside (--no-dependencies).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = `styrmodell-${version}.vsix`;
execFileSync(process.execPath, [new URL('./bundle.mjs', import.meta.url).pathname], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [`${root}node_modules/@vscode/vsce/vsce`, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], { stdio: 'inherit', cwd: root });
console.log(`Paket: ${out}`);
