import { existsSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { MODEL_FILE, newModelFiles, SNAPSHOT_FILE } from '../init/new-model.js';
import { MUNICIPALITIES } from '../model/municipalities.js';
import { displayPath } from './diagnostics.js';
import { parseYearOption } from './options.js';
import { ExitCode, UsageError } from './usage-error.js';
import { writeNewFile } from './write-output.js';

interface InitOptions {
    dir: string;
    year: number;
}

/** `styrmodell init KOMMUNKOD`: a small, valid model for the municipality to start from. */
export function registerInit(program: Command): void {
    program
        .command('init')
        .description('Skriv en liten styrmodell för kommunen att utgå från')
        .argument('<kommunkod>', 'kommunens fyrsiffriga kod, till exempel 1881 för Kumla')
        .option('--dir <mapp>', 'mappen att skriva modellen i', '.')
        .option(
            '--year <år>',
            'året som följs upp (standard: förra året)',
            parseYearOption,
            new Date().getFullYear() - 1
        )
        .action((code: string, options: InitOptions) => {
            process.exitCode = initCommand(code, options);
        });
}

function initCommand(code: string, options: InitOptions): number {
    const files = newModelFiles(code, options.year);
    if (!files) {
        throw new UsageError(
            `${code} är ingen kommunkod. Skriv kommunens fyra siffror, till exempel 1881 för Kumla` +
                (/^\d{3}$/.test(code) && MUNICIPALITIES.has(`0${code}`) ? ` (menade du 0${code}?).` : '.')
        );
    }
    const folder = resolve(options.dir);
    const existing = existsSync(folder) ? readdirSync(folder).filter(name => name.endsWith('.styr')) : [];
    if (existing.length > 0) {
        throw new UsageError(
            `${displayPath(folder)} har redan en modell (${existing.join(', ')}). Välj en annan mapp med --dir.`
        );
    }
    // Checked before anything is written, so a refusal leaves the folder as it was.
    const snapshotPath = join(folder, SNAPSHOT_FILE);
    if (isDanglingLink(snapshotPath)) {
        throw new UsageError(
            `${displayPath(snapshotPath)} är en länk som pekar på något som inte finns. Ta bort länken eller välj en annan mapp med --dir.`
        );
    }
    mkdirSync(folder, { recursive: true });
    for (const file of files) {
        const path = join(folder, file.name);
        // An earlier snapshot from `fetch` is kept as it is; writeNewFile also refuses a file created meanwhile.
        if (file.name === SNAPSHOT_FILE && existsSync(path)) continue;
        writeNewFile(path, file.text, displayPath(path));
    }
    const model = displayPath(join(folder, MODEL_FILE));
    const snapshot = displayPath(join(folder, SNAPSHOT_FILE));
    process.stdout.write(
        `Skrev ${model} för ${MUNICIPALITIES.get(code)} kommun (${code}), uppföljningsår ${options.year}.\n` +
            `Nästa steg: hämta Koladas värden till modellen med\n    npx styrmodell fetch ${displayPath(folder)} --out ${snapshot}\n` +
            `och se måluppfyllelsen med\n    npx styrmodell report ${displayPath(folder)}\n`
    );
    return ExitCode.ok;
}

function isDanglingLink(path: string): boolean {
    try {
        return lstatSync(path).isSymbolicLink() && !existsSync(path);
    } catch {
        return false;
    }
}
