import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

export interface CheckDoc {
    severity?: 'error' | 'warning' | 'info';
    /** The first paragraph of the check's section: what it means, in plain words (English). */
    explanation: string;
    /** The Swedish message the bad example gives, as a planner reads it. */
    exampleMessage?: string;
    /** The good example: the model written so that the check is satisfied. */
    goodExample?: string;
}

/**
 * Where a check is documented, for SARIF's helpUri and the GitHub summary's links: the page at this release's
 * tag, so that a code scanning alert keeps pointing at the text of the version that raised it.
 */
export const CHECKS_DOC_URL = `https://github.com/styrmodell/styrmodell/blob/${VERSION === 'dev' ? 'main' : `v${VERSION}`}/docs/checks.md`;

/**
 * docs/checks.md, read where it lies beside the CLI: two folders up from both the bundle (out/cli/main.js) and
 * the source (src/cli/check-docs.ts); the npm package ships it. Empty when it is missing.
 */
export function readCheckDocs(): Map<string, CheckDoc> {
    const path = fileURLToPath(new URL('../../docs/checks.md', import.meta.url));
    return existsSync(path) ? parseCheckDocs(readFileSync(path, 'utf8')) : new Map<string, CheckDoc>();
}

/** Each `## code` section: its `**Severity:**` line and the paragraph after it. */
function parseCheckDocs(markdown: string): Map<string, CheckDoc> {
    const docs = new Map<string, CheckDoc>();
    for (const section of markdown.split(/^## /m).slice(1)) {
        const [heading, ...body] = section.split('\n');
        const code = heading!.trim();
        if (!/^[a-z][a-z0-9-]*$/.test(code)) continue;
        const paragraphs = body
            .join('\n')
            .split(/\n\s*\n/)
            .map(p => p.trim())
            .filter(Boolean);
        const severityLine = paragraphs.find(p => p.startsWith('**Severity:**'));
        const severity = severityLine?.match(/\*\*Severity:\*\*\s*(error|warning|info)/)?.[1] as CheckDoc['severity'];
        const explanation = paragraphs.find(p => !p.startsWith('**') && !p.startsWith('>') && !p.startsWith('```'));
        const quote = paragraphs.find(p => p.startsWith('>'));
        const good = body.join('\n').match(/\*\*Good\*\*\s*\n\s*```styr\n([\s\S]*?)\n```/)?.[1];
        if (explanation)
            docs.set(code, {
                severity,
                explanation: explanation.replace(/\s*\n\s*/g, ' '),
                exampleMessage: quote?.replace(/^>\s?/gm, '').replace(/\s*\n\s*/g, ' '),
                goodExample: good
            });
    }
    return docs;
}
