import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import { idOfKey } from '../language/model-membership.js';
import {
    type SiteOptions as BuildOptions,
    collectionFiles,
    type ModelEntry,
    type SitePiecesFile,
    siteFiles
} from '../render/site/build-site.js';
import { slug } from '../render/site/site-paths.js';
import { formatDiagnostics } from './diagnostic-formats.js';
import { displayPath } from './diagnostics.js';
import { modelDiagnostics, reportWarnings } from './model-errors.js';
import { parseYearOption, VERSION } from './options.js';
import { pickModel, requestedModelKeys } from './pick-model.js';
import { checkSiteFolder, writeSiteFolder } from './site-folder.js';
import { ExitCode, UsageError } from './usage-error.js';
import { type LoadedWorkspace, loadWorkspace } from './workspace.js';

interface SiteOptions {
    out: string;
    year?: number;
    baseUrl?: string;
    model?: string;
}

/** `styrmodell site`: the citizens' static site of one model, or of every model under the paths (CLI.md `site`). */
export function registerSite(program: Command): void {
    program
        .command('site')
        .description('Skriv en statisk webbplats med resultaten för invånarna, med öppna data')
        .argument('[sökvägar...]', '.styr-filer eller mappar (sökes rekursivt)')
        .option('--out <mapp>', 'mappen webbplatsen skrivs till (tom, ny eller en tidigare webbplats)', 'webbplats')
        .option('--year <år>', 'uppföljningsår (standard: modellens år)', parseYearOption)
        .option(
            '--base-url <adress>',
            'adressen webbplatsen publiceras på, för kanoniska länkar och sitemap.xml',
            parseBaseUrl
        )
        .option('--model <id>', 'bara den modellen, när sökvägarna innehåller flera')
        .action(async (paths: string[], options: SiteOptions) => {
            process.exitCode = await site(paths, options);
        });
}

export function parseBaseUrl(value: string): string {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw new InvalidArgumentError(
            `"${value}" är ingen adress; skriv till exempel https://kommunen.github.io/mal/.`
        );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InvalidArgumentError(`Adressen ska börja med https:// eller http://, inte "${url.protocol}".`);
    }
    if (url.search || url.hash) throw new InvalidArgumentError('Adressen får inte ha ? eller #.');
    return url.href.replace(/\/*$/, '/');
}

async function site(paths: string[], options: SiteOptions): Promise<number> {
    const out = resolve(options.out);
    const state = checkSiteFolder(out, options.out);
    const workspace = await loadWorkspace(paths, { year: options.year, oneModel: { id: options.model } });
    const keys = options.model !== undefined ? [pickModel(workspace, options.model)] : requestedModelKeys(workspace);
    if (keys.length === 0) pickModel(workspace, undefined);
    const single = keys.length === 1;
    // Each model's folder in a site of several models: its id as a file name, unique.
    const taken = new Set<string>();
    const folders = keys.map(key => {
        let folder = slug(idOfKey(key));
        for (let n = 2; taken.has(folder); n++) folder = `${slug(idOfKey(key))}-${n}`;
        taken.add(folder);
        return folder;
    });
    // Every model is checked first: one with errors stops the command before anything is written (exit 1).
    const failed = keys.filter(key => !modelIsValid(workspace, key));
    if (failed.length > 0) return ExitCode.failed;
    const titles: string[] = [];
    const written = writeSiteFolder(
        out,
        put => {
            const models: ModelEntry[] = [];
            const pages: string[] = [];
            keys.forEach((key, index) => {
                const folder = folders[index]!;
                const baseUrl =
                    options.baseUrl === undefined
                        ? undefined
                        : single
                          ? options.baseUrl
                          : `${options.baseUrl}${folder}/`;
                const model = siteOfModel(workspace, key, baseUrl, single ? undefined : '../index.html');
                titles.push(model.title);
                for (const file of model.files) {
                    const path = single ? file.path : `${folder}/${file.path}`;
                    if (path.endsWith('.html')) pages.push(path);
                    put({ path, content: file.content });
                }
                const entry: ModelEntry = { folder, title: model.title };
                if (model.municipality) entry.municipality = model.municipality;
                models.push(entry);
            });
            if (!single) {
                const extra = collectionFiles(models, pages, options.baseUrl ? { baseUrl: options.baseUrl } : {});
                extra.forEach(put);
            }
        },
        state
    );
    const pages = written.filter(path => path.endsWith('.html')).length;
    process.stderr.write(
        `Skrev webbplatsen ${single ? `för ${titles[0]}` : `för ${titles.length} modeller`} till ${displayPath(out)}: ${pages} sidor och resultaten som CSV och JSON.\n`
    );
    return ExitCode.ok;
}

/** Whether the model may be published: no errors in its text (they go to stderr). */
function modelIsValid(workspace: LoadedWorkspace, key: string): boolean {
    const { errors } = modelDiagnostics(workspace, key);
    if (errors.length === 0) return true;
    process.stderr.write(formatDiagnostics('text', errors, VERSION) + '\n');
    process.stderr.write(`Modellen ${idOfKey(key)} har fel; rätta dem innan webbplatsen kan skrivas.\n`);
    return false;
}

/** One model's site (a model without errors). */
function siteOfModel(
    workspace: LoadedWorkspace,
    key: string,
    baseUrl: string | undefined,
    upLink?: string
): { files: SitePiecesFile[]; title: string; municipality?: string } {
    const modelId = idOfKey(key);
    const { all } = modelDiagnostics(workspace, key);
    const analysis = workspace.services.analysis.ModelAnalysis.analyse(key);
    const input = analysis ? renderInputOf(analysis, undefined, { standingOfYearOnly: true }) : undefined;
    if (!input)
        throw new UsageError(`Modellen ${modelId} anger inget år. Skriv \`år 2019\` i huvudet eller använd --year.`);
    // The warnings go into the start page's *Bilaga: Kvalitetskontroll*, in plain Swedish (READERS.md 3).
    const warnings = reportWarnings(all);
    if (warnings.length > 0) input.warnings = warnings;
    const siteOptions: BuildOptions = {};
    if (baseUrl !== undefined) siteOptions.baseUrl = baseUrl;
    if (upLink !== undefined) siteOptions.upLink = upLink;
    const files = siteFiles(input, siteOptions);
    if (!files) throw new UsageError(`Modellen ${modelId} har inga resultat att visa.`);
    const entry: { files: SitePiecesFile[]; title: string; municipality?: string } = {
        files,
        title: input.view.title
    };
    if (input.municipalityName) entry.municipality = input.municipalityName;
    return entry;
}
