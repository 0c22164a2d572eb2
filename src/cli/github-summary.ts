import { appendFileSync, existsSync, statSync } from 'node:fs';
import { formatDecimal } from '../render/format.js';
import { CHECKS_DOC_URL } from './check-docs.js';
import { type CliDiagnostic, SEVERITY_WORDS } from './diagnostics.js';
import { UsageError } from './usage-error.js';

/**
 * GitHub shows only the first ten annotations of each kind per step, so in Actions `validate` also appends a
 * Markdown summary to `$GITHUB_STEP_SUMMARY`: the counts, then every diagnostic, linked to its line and its check.
 */
export function writeGithubStepSummary(diagnostics: CliDiagnostic[], fileCount: number): void {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (process.env.GITHUB_ACTIONS !== 'true' || !path) return;
    try {
        // GitHub drops a step's whole summary when the file passes 1 MiB: what the step wrote before counts.
        const written = existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0;
        const budget = Math.max(0, SUMMARY_LIMIT_BYTES - written);
        appendFileSync(path, renderGithubSummary(diagnostics, fileCount, process.env, budget), 'utf8');
    } catch (error) {
        throw new UsageError(
            `Kan inte skriva sammanfattningen till GITHUB_STEP_SUMMARY (${path}): ${(error as Error).message}`
        );
    }
}

/** GitHub shows a step summary of at most 1 MiB; a larger one is dropped whole. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the line that says how many rows were left out. */
const OMITTED_LINE_RESERVE = 512;

/**
 * The summary under a second-level heading (the action puts the report's first-level heading above it), at most
 * `budget` bytes of UTF-8: rows that do not fit are left out, and a line says how many and of which kinds.
 */
export function renderGithubSummary(
    diagnostics: CliDiagnostic[],
    fileCount: number,
    env: NodeJS.ProcessEnv,
    budget = SUMMARY_LIMIT_BYTES
): string {
    const count = (list: CliDiagnostic[], severity: CliDiagnostic['severity']) =>
        list.filter(d => d.severity === severity).length;
    const errors = count(diagnostics, 'error');
    const warnings = count(diagnostics, 'warning');
    const infos = count(diagnostics, 'info');
    const lines = [
        '## styrmodell validate',
        '',
        `**${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}, ${infos} info** i ${fileCount} ${fileCount === 1 ? 'fil' : 'filer'}.`,
        ''
    ];
    let bytes = Buffer.byteLength(lines.join('\n') + '\n', 'utf8');
    if (diagnostics.length > 0) {
        const header = ['| | Plats | Kontroll | Meddelande |', '| --- | --- | --- | --- |'];
        lines.push(...header);
        bytes += Buffer.byteLength(header.join('\n') + '\n', 'utf8');
        let shown = 0;
        for (const d of diagnostics) {
            const place = `${d.file}:${d.line}:${d.column}`;
            const link = blobUrl(env, d.file, d.line);
            const row = `| ${SEVERITY_WORDS[d.severity]} | ${link ? `[${cell(place)}](${link})` : cell(place)} | [${d.code}](${CHECKS_DOC_URL}#${d.code}) | ${cell(d.message)} |`;
            const size = Buffer.byteLength(row, 'utf8') + 1;
            if (bytes + size + OMITTED_LINE_RESERVE > budget) break;
            lines.push(row);
            bytes += size;
            shown++;
        }
        lines.push('');
        const left = diagnostics.slice(shown);
        if (left.length > 0) {
            lines.push(
                `**${formatDecimal(left.length)} av ${formatDecimal(diagnostics.length)} diagnostiker visas inte** (${count(left, 'error')} fel, ${count(left, 'warning')} varningar, ${count(left, 'info')} info): GitHub visar en sammanfattning på högst 1 MiB. Hela listan finns i SARIF-filen och i utdata från styrmodell validate.`,
                ''
            );
        }
    }
    return lines.join('\n') + '\n';
}

/** The file at the run's commit on GitHub, when Actions says which server, repository and commit. */
function blobUrl(env: NodeJS.ProcessEnv, file: string, line: number): string | undefined {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
    if (!server || !repository || !sha) return undefined;
    return `${server}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

/** A table cell: pipes escaped, line breaks as spaces, so a message never breaks the table. */
function cell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
