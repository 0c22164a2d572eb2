// `npm run release:artefacts`: everything a release ships, built once into release/: the npm tarball (packed from
// dist/npm), the .vsix, each artefact's CycloneDX SBOM and third-party notices, and SHA256SUMS over all of them.
// The release workflow (.github/workflows/release.yml) publishes exactly these files.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stage } from './stage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'release');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);

// package.mjs bundles first; the npm package is staged from the same bundles.
execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: 'inherit' });
copyFileSync(join(root, `${name}-${version}.vsix`), join(out, `${name}-${version}.vsix`));
const npmDir = stage('npm');
const npmCli = process.env.npm_execpath;
const [command, prefix] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
execFileSync(command, [...prefix, 'pack', '--ignore-scripts', '--pack-destination', out], {
    cwd: npmDir,
    stdio: 'inherit',
    shell: !npmCli && process.platform === 'win32'
});
for (const kind of ['npm', 'vsix']) {
    copyFileSync(join(root, 'out', kind, 'sbom.cdx.json'), join(out, `${name}-${version}.${kind}.cdx.json`));
    copyFileSync(
        join(root, 'out', kind, 'THIRD-PARTY-NOTICES.md'),
        join(out, `${name}-${version}.${kind}.THIRD-PARTY-NOTICES.md`)
    );
}
// The format `sha256sum -c SHA256SUMS` checks.
const sums = readdirSync(out)
    .sort()
    .map(
        file =>
            `${createHash('sha256')
                .update(readFileSync(join(out, file)))
                .digest('hex')}  ${file}`
    );
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`release/: ${readdirSync(out).join(', ')}`);
