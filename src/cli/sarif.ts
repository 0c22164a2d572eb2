import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULE_TITLES } from '../language/rule-titles.js';
import { plainText } from '../text/plain-text.js';
import { CHECKS_DOC_URL, readCheckDocs } from './check-docs.js';
import { type CliDiagnostic, diagnosticBase, githubWorkspace } from './diagnostics.js';

const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 for code scanning. Locations are relative URI references from the repository root (the GitHub
 * workspace in Actions, else git's top level, else the current folder) with `uriBaseId` %SRCROOT%, each path
 * segment percent-encoded so that spaces, commas, `%` and å/ä/ö survive.
 */
export function asSarif(diagnostics: CliDiagnostic[], version: string): Sarif.Log {
    const root = sourceRoot();
    const docs = readCheckDocs();
    const codes = [...new Set(diagnostics.map(d => d.code))].sort();
    const rules: Sarif.ReportingDescriptor[] = codes.map(code => {
        const doc = docs.get(code);
        const title = RULE_TITLES[code] ?? code;
        const helpUri = `${CHECKS_DOC_URL}#${code}`;
        const explanation = doc?.explanation ?? title;
        return {
            id: code,
            name: pascalCase(code),
            shortDescription: { text: title },
            fullDescription: { text: explanation },
            help: {
                text: `${explanation}\n\nSe ${helpUri}`,
                markdown: `${explanation}\n\n[Se ${code} i docs/checks.md](${helpUri})`
            },
            helpUri,
            ...(doc?.severity
                ? { defaultConfiguration: { level: doc.severity === 'info' ? 'note' : doc.severity } }
                : {})
        };
    });
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'styrmodell',
                        version,
                        informationUri: 'https://github.com/styrmodell/styrmodell',
                        rules
                    }
                },
                originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
                results: diagnostics.map(d => ({
                    ruleId: d.code,
                    ruleIndex: codes.indexOf(d.code),
                    level: d.severity === 'info' ? 'note' : d.severity,
                    message: { text: plainText(d.message), markdown: d.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: {
                                    uri: relativeUri(root, resolve(diagnosticBase(), d.file)),
                                    uriBaseId: SRCROOT
                                },
                                region: {
                                    startLine: d.line,
                                    startColumn: d.column,
                                    endLine: d.endLine,
                                    endColumn: d.endColumn
                                }
                            }
                        }
                    ]
                }))
            }
        ]
    };
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

function sourceRoot(): string {
    const workspace = githubWorkspace();
    if (workspace) return workspace;
    const git = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: process.cwd(), encoding: 'utf8' });
    return git.status === 0 && git.stdout.trim() ? git.stdout.trim() : process.cwd();
}
