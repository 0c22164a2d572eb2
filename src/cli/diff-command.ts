import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { URI } from 'langium';
import { diffModels, type ModelChange, renderDiffMarkdown, statusYears } from '../diff/index.js';
import type { ModelAnalysisResult } from '../language/analysis/model-analysis.js';
import { idOfKey } from '../language/model-membership.js';
import { describeRevision, gitTopLevel, TemporaryCheckouts } from './git-tree.js';
import { parseChoice, parseYearOption } from './options.js';
import { ExitCode, UsageError } from './usage-error.js';
import { loadWorkspace } from './workspace.js';

interface DiffOptions {
    format: 'md' | 'json';
    failOnWeakened?: boolean;
    year?: number;
}

/** One side of the comparison: the models found under the paths, by id and folder relative to the tree. */
interface Side {
    label: string;
    models: Map<string, { key: string; analysis: (year?: number) => ModelAnalysisResult | undefined }>;
}

/** `styrmodell diff BASE [HEAD] [-- PATH...]`: what changed in the goals between two revisions. */
export function registerDiff(program: Command): void {
    program
        .command('diff')
        .description('Jämför modellerna mellan två git-revisioner: mål, mått, gränsvärden (sänkt/höjd) och status')
        .argument('<från>', 'git-revision att jämföra från')
        .argument('[till]', 'git-revision att jämföra med (standard: arbetskopian)')
        .argument('[sökvägar...]', 'efter --: .styr-filer eller mappar')
        .option('--format <format>', 'md eller json', (v: string) => parseChoice(v, ['md', 'json'] as const), 'md')
        .option('--fail-on-weakened', 'slutstatus 1 om något gränsvärde har sänkts')
        .option(
            '--year <år>',
            'visa statusändringar bara för det året (standard: modellens år och varje år med uppföljning)',
            parseYearOption
        )
        .action(async (base: string, head: string | undefined, paths: string[], options: DiffOptions) => {
            const operands = splitAtDoubleDash(head, paths);
            process.exitCode = await diff(base, operands.head, operands.paths, options);
        });
}

/**
 * Commander fills `[head]` with the first operand even after `--`, but CLI.md says everything after `--` is a
 * path: `diff main -- seeds` compares main with the work tree under seeds/.
 */
function splitAtDoubleDash(head: string | undefined, paths: string[]): { head?: string; paths: string[] } {
    const separator = process.argv.indexOf('--');
    if (separator < 0) return { head, paths };
    const afterSeparator = process.argv.slice(separator + 1);
    const headBeforeSeparator = head !== undefined && process.argv.slice(0, separator).includes(head);
    return { head: headBeforeSeparator ? head : undefined, paths: afterSeparator };
}

async function diff(base: string, head: string | undefined, paths: string[], options: DiffOptions): Promise<number> {
    const top = gitTopLevel(process.cwd());
    const relativePaths = (paths.length ? paths : ['.']).map(p => relativeInsideTree(top, p));
    const checkouts = new TemporaryCheckouts(top);
    try {
        const before = await loadSide(
            checkouts.checkout(base, relativePaths),
            relativePaths,
            describeRevision(top, base)
        );
        const after =
            head === undefined
                ? await loadSide(top, relativePaths, 'arbetskopian')
                : await loadSide(checkouts.checkout(head, relativePaths), relativePaths, describeRevision(top, head));
        return compareSides(before, after, options);
    } finally {
        checkouts.removeAll();
    }
}

/** A path after `--`, relative to the top of the work tree; one outside the tree is a usage error. */
function relativeInsideTree(top: string, path: string): string {
    const inside = relative(realpathOrSelf(top), realpathOrSelf(resolve(path)));
    if (inside.startsWith('..') || isAbsolute(inside)) {
        throw new UsageError(`${path} ligger utanför git-arbetsträdet ${top}. Ange sökvägar inuti det.`);
    }
    return inside;
}

function realpathOrSelf(path: string): string {
    return existsSync(path) ? realpathSync(path) : path;
}

function compareSides(before: Side, after: Side, options: DiffOptions): number {
    const ids = [...new Set([...before.models.keys(), ...after.models.keys()])].sort();
    const changes: ModelChange[] = [];
    const sections: string[] = [];
    for (const id of ids) {
        const afterAnalysis = after.models.get(id)?.analysis();
        const year = afterAnalysis?.year ?? before.models.get(id)?.analysis()?.year;
        const beforeAnalysis = before.models.get(id)?.analysis(year);
        const afterForYear = after.models.get(id)?.analysis(year);
        // The model's year and every year with a follow-up in either revision, or --year alone (CLI.md `diff`).
        const years = statusYears(beforeAnalysis?.view, afterForYear?.view, year, options.year);
        const modelChanges = diffModels({
            before: beforeAnalysis?.view,
            after: afterForYear?.view,
            results: years.map(shown => ({
                year: shown,
                before: before.models.get(id)?.analysis(shown)?.result,
                after: after.models.get(id)?.analysis(shown)?.result
            }))
        });
        changes.push(...modelChanges);
        const name = (afterForYear ?? beforeAnalysis)?.view.title ?? id;
        sections.push(
            renderDiffMarkdown(`${name}: ${before.label} → ${after.label}`, modelChanges, options.year ?? year)
        );
    }
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify({ changes: changes.map(jsonChange) }, null, 2) + '\n');
    } else {
        process.stdout.write(sections.length ? sections.join('\n') : 'Inga styrmodeller under sökvägarna.\n');
    }
    return options.failOnWeakened && changes.some(c => c.weakened) ? ExitCode.failed : ExitCode.ok;
}

async function loadSide(root: string, relativePaths: string[], label: string): Promise<Side> {
    const paths = relativePaths.map(p => join(root, p)).filter(existsSync);
    const models: Side['models'] = new Map();
    if (paths.length === 0) return { label, models };
    const workspace = await loadWorkspace(paths);
    const membership = workspace.services.references.ModelMembership;
    const requested = new Set(workspace.requested.map(d => d.uri.toString()));
    for (const key of membership.modelKeys()) {
        const documents = membership.documentsOf(key);
        if (!documents.some(d => requested.has(d.uri.toString()))) continue;
        const folder = relative(root, URI.parse(key.split('\u0000')[1]).fsPath) || '.';
        models.set(`${idOfKey(key)} (${folder})`, {
            key,
            analysis: year => workspace.services.analysis.ModelAnalysis.analyse(key, year)
        });
    }
    return { label, models };
}

/**
 * The JSON form of a change: the stable keys, plus the year of a `från`/`målvärde`/follow-up line or of a status
 * change, and both motivations of an assessment.
 */
function jsonChange(change: ModelChange): Record<string, unknown> {
    const { kind, id, before, after, weakened, from, year, motivationBefore, motivationAfter } = change;
    return {
        kind,
        id,
        before,
        after,
        weakened,
        ...(from === undefined ? {} : { year: from }),
        ...(year === undefined ? {} : { year }),
        ...(kind.startsWith('assessment')
            ? { motivationBefore: motivationBefore ?? null, motivationAfter: motivationAfter ?? null }
            : {})
    };
}
