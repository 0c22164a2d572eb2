// `node scripts/stage.mjs npm|vsix [FOLDER]`: assembles an artefact (scripts/artefacts.mjs) into dist/<kind>/ from the
// built out/ folder, with its own package.json. `npm pack dist/npm` and vsce in dist/vsix work from there.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTEFACTS } from './artefacts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Stages into `target` (default dist/<kind>), which is replaced whole. */
export function stage(kind, target = join(root, 'dist', kind)) {
    const artefact = ARTEFACTS[kind];
    if (!artefact) throw new Error(`unknown artefact ${kind}: ${Object.keys(ARTEFACTS).join(', ')}`);
    rmSync(target, { recursive: true, force: true });
    for (const [to, from] of Object.entries(artefact.files)) {
        const source = join(root, from);
        if (!existsSync(source)) throw new Error(`${from} is missing: run npm run bundle first`);
        mkdirSync(dirname(join(target, to)), { recursive: true });
        cpSync(source, join(target, to), { recursive: true });
    }
    const repo = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
    writeFileSync(join(target, 'package.json'), `${JSON.stringify(artefact.manifest(repo, nls), null, 2)}\n`);
    return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    console.log(stage(process.argv[2], process.argv[3]));
}
