import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DocumentState, type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createStyrmodellServices } from '../../src/services.js';

/**
 * Opening a workspace: the opened documents' models are parsed, linked and checked before the other models'
 * files are parsed, and once everything is built every file's diagnostics are those of one build of all files.
 */

const HEADER = (id: string, body = '') =>
    `styrmodell ${id} "Modell ${id}" {\n    kommun "1881"\n    år 2019\n}\nvision V "Vision"\nnämnd KS "Kommunstyrelsen"\n${body}`;
const GOAL = 'mål Kf "KF-mål" {\n    nivå fullmäktige\n    bidrar till V\n    program Digitalt\n}\n';
const PROGRAM = 'program Digitalt "Digitalt"\n';

function workspace(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'styrmodell-open-first-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, name)), { recursive: true });
        writeFileSync(join(root, name), text);
    }
    return root;
}

/** Diagnostics as `line:code message`, sorted. */
function shown(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => `${d.range.start.line + 1}:${String(d.code)} ${d.message}`).sort();
}

/**
 * Starts the workspace as the language server does (initialize, the initial build) and opens `opened` the way an
 * editor does: once the workspace's files are found, or (`duringBuild`) once the initial build has parsed a file.
 * Resolves once the update the open causes is built.
 */
async function openWorkspace(root: string, opened: string[], duringBuild = false) {
    const { shared } = createStyrmodellServices({ ...NodeFileSystem });
    const builder = shared.workspace.DocumentBuilder;
    const events: string[] = [];
    const name = (document: LangiumDocument) => document.uri.fsPath.slice(root.length + 1);
    builder.onDocumentPhase(DocumentState.Validated, document => {
        const parsed = shared.workspace.LangiumDocuments.all
            .filter(d => d.state >= DocumentState.Parsed)
            .map(name)
            .toArray()
            .sort();
        events.push(`${name(document)} validated; parsed: ${parsed.join(' ')}`);
    });
    const folder = { uri: URI.file(root).toString(), name: 'test' };
    shared.workspace.WorkspaceManager.initialize({
        processId: null,
        rootUri: null,
        capabilities: {},
        workspaceFolders: [folder]
    });
    const initial = shared.workspace.WorkspaceManager.initialized({});
    const uris = opened.map(file => URI.file(join(root, file)));
    for (const [i, uri] of uris.entries()) {
        (shared.workspace.TextDocuments as unknown as { set(document: TextDocument): void }).set(
            TextDocument.create(uri.toString(), 'styrmodell', 1, readFileSync(join(root, opened[i] as string), 'utf8'))
        );
    }
    await shared.workspace.WorkspaceManager.ready;
    if (duringBuild) await new Promise(resolve => builder.onDocumentPhase(DocumentState.Parsed, resolve));
    const update = shared.workspace.WorkspaceLock.write(token => builder.update(uris, [], token));
    await Promise.all([initial, update]);
    const documents = Object.fromEntries(shared.workspace.LangiumDocuments.all.map(d => [name(d), d]).toArray());
    return { events, documents };
}

/** The same files built in one go, every file parsed before any is linked (as the CLI does). */
async function wholeBuild(root: string, files: string[]) {
    const { shared } = createStyrmodellServices({ ...NodeFileSystem });
    const documents = await Promise.all(
        files.map(file => shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(join(root, file))))
    );
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return Object.fromEntries(files.map((file, i) => [file, documents[i] as LangiumDocument]));
}

describe('opening a workspace builds the opened models first', () => {
    const files = {
        'a/styrmodell.styr': HEADER('A', GOAL),
        'a/nämnder.styr': `del av A\n${PROGRAM}`,
        'b/styrmodell.styr': HEADER('B', GOAL),
        'b/nämnder.styr': `del av B\n${PROGRAM}`,
        'c/styrmodell.styr': HEADER('C', GOAL),
        'c/nämnder.styr': `del av C\n${PROGRAM}`
    };

    it('checks the opened model before the other models are parsed', async () => {
        const { events } = await openWorkspace(workspace(files), ['a/styrmodell.styr']);
        expect(events.slice(0, 2).sort()).toEqual([
            'a/nämnder.styr validated; parsed: a/nämnder.styr a/styrmodell.styr',
            'a/styrmodell.styr validated; parsed: a/nämnder.styr a/styrmodell.styr'
        ]);
    });

    it('checks every file of the workspace after the opened ones, as one build of all files does', async () => {
        const root = workspace(files);
        const { events, documents } = await openWorkspace(root, ['a/styrmodell.styr']);
        const whole = await wholeBuild(root, Object.keys(files));
        expect(events).toHaveLength(6);
        for (const file of Object.keys(files))
            expect(shown(documents[file] as LangiumDocument)).toEqual(shown(whole[file] as LangiumDocument));
    });

    it('checks every file also when the open cancels the initial build under way', async () => {
        const { events } = await openWorkspace(workspace(files), ['a/styrmodell.styr'], true);
        expect(events.map(event => event.split(' ')[0]).sort()).toEqual(Object.keys(files).sort());
    });

    it('checks the opened model again when a file the scan of lines missed turns out to belong to it', async () => {
        // The declaration follows a comment on its line, so only the parse sees that the file joins model A: the
        // header's `program Digitalt` is unresolved until it is parsed.
        const hidden = {
            'a/styrmodell.styr': HEADER('A', GOAL),
            'b/styrmodell.styr': HEADER('B'),
            'b/nämnder.styr': 'del av B\n',
            'z/dold.styr': `/* nämnderna */ del av A\n${PROGRAM}`
        };
        const root = workspace(hidden);
        const { events, documents } = await openWorkspace(root, ['a/styrmodell.styr']);
        const whole = await wholeBuild(root, Object.keys(hidden));
        expect(shown(whole['a/styrmodell.styr'] as LangiumDocument).join('\n')).not.toContain('Digitalt');
        for (const file of Object.keys(hidden))
            expect(shown(documents[file] as LangiumDocument)).toEqual(shown(whole[file] as LangiumDocument));
        // First checked alone (with the unresolved name), then again with the file that joined it.
        expect(events.filter(event => event.startsWith('a/styrmodell.styr validated'))).toHaveLength(2);
    });
});
