import { appendFileSync } from 'node:fs';
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
        appendFileSync(path, renderGithubSummary(diagnostics, fileCount, process.env), 'utf8');
    } catch (error) {
        throw new UsageError(
            `Kan inte skriva sammanfattningen till GITHUB_STEP_SUMMARY (${path}): ${(error as Error).message}`
        );
    }
}

export function renderGithubSummary(diagnostics: CliDiagnostic[], fileCount: number, env: NodeJS.ProcessEnv): string {
    const count = (severity: CliDiagnostic['severity']) => diagnostics.filter(d => d.severity === severity).length;
    const errors = count('error');
    const warnings = count('warning');
    const infos = count('info');
    const lines = [
        '### styrmodell validate',
        '',
        `**${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}, ${infos} info** i ${fileCount} ${fileCount === 1 ? 'fil' : 'filer'}.`,
        ''
    ];
    if (diagnostics.length > 0) {
        lines.push('| | Plats | Kontroll | Meddelande |', '| --- | --- | --- | --- |');
        for (const d of diagnostics) {
            const place = `${d.file}:${d.line}:${d.column}`;
            const link = blobUrl(env, d.file, d.line);
            lines.push(
                `| ${SEVERITY_WORDS[d.severity]} | ${link ? `[${cell(place)}](${link})` : cell(place)} | [${d.code}](${CHECKS_DOC_URL}#${d.code}) | ${cell(d.message)} |`
            );
        }
        lines.push('');
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
