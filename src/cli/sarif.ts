import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULE_TITLES } from '../language/rule-titles.js';
import { formatDecimal } from '../render/format.js';
import { plainText } from '../text/plain-text.js';
import { CHECKS_DOC_URL, readCheckDocs } from './check-docs.js';
import { type CliDiagnostic, diagnosticBase, githubWorkspace } from './diagnostics.js';

const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 for code scanning. Locations are relative URI references from the repository root (the GitHub
 * workspace in Actions, else git's top level, else the current folder) with `uriBaseId` %SRCROOT%, each path
 * segment percent-encoded so that spaces, commas, `%` and å/ä/ö survive.
 */
/** GitHub code scanning takes at most this many results per run and rejects a file with more. */
export const SARIF_RESULT_LIMIT = 25_000;

const SEVERITY_ORDER: Record<CliDiagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * SARIF 2.1.0 for code scanning. Locations are relative URI references from the repository root (the GitHub
 * workspace in Actions, else git's top level, else the current folder) with `uriBaseId` %SRCROOT%, each path
 * segment percent-encoded so that spaces, commas, `%` and å/ä/ö survive. Rules are described in Swedish, like
 * the messages. More than SARIF_RESULT_LIMIT results are cut to the most severe ones, and the run says how many
 * were left out (`omitted` in its properties and a tool notification).
 */
export function asSarif(diagnostics: CliDiagnostic[], version: string): Sarif.Log {
    const root = sourceRoot();
    const docs = readCheckDocs();
    const kept = mostSevere(diagnostics, SARIF_RESULT_LIMIT);
    const omitted = diagnostics.length - kept.length;
    const codes = [...new Set(kept.map(d => d.code))].sort();
    const rules: Sarif.ReportingDescriptor[] = codes.map(code => {
        const doc = docs.get(code);
        const title = RULE_TITLES[code] ?? code;
        const helpUri = `${CHECKS_DOC_URL}#${code}`;
        const example = doc?.exampleMessage ? `Till exempel: ”${plainText(doc.exampleMessage)}”` : undefined;
        const good = doc?.goodExample;
        return {
            id: code,
            name: pascalCase(code),
            shortDescription: { text: title },
            fullDescription: { text: [`${title}.`, example].filter(Boolean).join(' ') },
            help: {
                text: [
                    `${title}.`,
                    example,
                    good ? `Så här blir det rätt:\n\n${good}` : undefined,
                    `Mer om kontrollen (på engelska): ${helpUri}`
                ]
                    .filter(Boolean)
                    .join('\n\n'),
                markdown: [
                    `**${title}.**`,
                    doc?.exampleMessage ? `Till exempel: ”${doc.exampleMessage}”` : undefined,
                    good ? `Så här blir det rätt:\n\n\`\`\`styr\n${good}\n\`\`\`` : undefined,
                    `[Mer om kontrollen ${code}](${helpUri}) (på engelska)`
                ]
                    .filter(Boolean)
                    .join('\n\n')
            },
            helpUri,
            ...(doc?.severity
                ? { defaultConfiguration: { level: doc.severity === 'info' ? 'note' : doc.severity } }
                : {})
        };
    });
    const count = (severity: CliDiagnostic['severity']) => diagnostics.filter(d => d.severity === severity).length;
    const occurrences = new Map<string, number>();
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'styrmodell',
                        version,
                        ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
                        informationUri: 'https://github.com/styrmodell/styrmodell',
                        rules
                    }
                },
                ...(omitted > 0
                    ? {
                          invocations: [
                              {
                                  executionSuccessful: true,
                                  toolExecutionNotifications: [
                                      {
                                          level: 'warning',
                                          message: { text: sarifOmittedText(diagnostics.length, omitted) }
                                      }
                                  ]
                              }
                          ]
                      }
                    : {}),
                originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
                results: kept.map(d => {
                    const uri = relativeUri(root, resolve(diagnosticBase(), d.file));
                    return {
                        ruleId: d.code,
                        ruleIndex: codes.indexOf(d.code),
                        level: d.severity === 'info' ? 'note' : d.severity,
                        message: { text: plainText(d.message), markdown: d.message },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri, uriBaseId: SRCROOT },
                                    region: {
                                        startLine: d.line,
                                        startColumn: d.column,
                                        endLine: d.endLine,
                                        endColumn: d.endColumn
                                    }
                                }
                            }
                        ],
                        partialFingerprints: { [FINGERPRINT]: fingerprint(d, uri, occurrences) }
                    };
                }),
                properties: {
                    errors: count('error'),
                    warnings: count('warning'),
                    infos: count('info'),
                    omitted
                }
            }
        ]
    };
}

/** The line saying how many results a capped SARIF file left out, for the file itself and for stderr. */
export function sarifOmittedText(total: number, omitted: number): string {
    return `SARIF-filen har de ${formatDecimal(total - omitted)} allvarligaste av ${formatDecimal(total)} resultat: GitHub tar emot högst ${formatDecimal(SARIF_RESULT_LIMIT)} per körning, så ${formatDecimal(omitted)} lämnades ute. Kör styrmodell validate för hela listan.`;
}

/** At most `limit` diagnostics, errors before warnings before info, each kind in its original order. */
function mostSevere(diagnostics: CliDiagnostic[], limit: number): CliDiagnostic[] {
    if (diagnostics.length <= limit) return diagnostics;
    const kept = new Set(
        diagnostics
            .map((d, index) => ({ d, index }))
            .sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.index - b.index)
            .slice(0, limit)
            .map(({ d }) => d)
    );
    return diagnostics.filter(d => kept.has(d));
}

/**
 * A result's identity across commits that move it to another line: the check, the file and the message (which
 * names the goal or measure), plus which occurrence of that triple it is. Code scanning keeps an alert open and
 * its history whole as long as this stays the same.
 */
const FINGERPRINT = 'styrmodellResult/v1';
function fingerprint(d: CliDiagnostic, uri: string, occurrences: Map<string, number>): string {
    const hash = createHash('sha256')
        .update(`${d.code}\0${uri}\0${plainText(d.message)}`)
        .digest('hex')
        .slice(0, 32);
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    return `${hash}:${occurrence}`;
}

/** `committee-goal-without-contribution` → `CommitteeGoalWithoutContribution`, SARIF's style for rule names. */
function pascalCase(code: string): string {
    return code
        .split('-')
        .map(part => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}

/** A path below the root as a relative URI reference: `/`-separated, each segment percent-encoded. */
function relativeUri(root: string, absolute: string): string {
    return relative(root, absolute).split(sep).map(encodeURIComponent).join('/');
}

function directoryUri(root: string): string {
    const uri = pathToFileURL(root).href;
    return uri.endsWith('/') ? uri : `${uri}/`;
}

/** git's top level by folder: asked once per folder, since a process that writes SARIF often (the fuzz run) would
 * otherwise start git for every log. */
const gitTopLevels = new Map<string, string>();

function sourceRoot(): string {
    const workspace = githubWorkspace();
    if (workspace) return workspace;
    const cwd = process.cwd();
    let root = gitTopLevels.get(cwd);
    if (root === undefined) {
        const git = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
        root = git.status === 0 && git.stdout.trim() ? git.stdout.trim() : cwd;
        gitTopLevels.set(cwd, root);
    }
    return root;
}
