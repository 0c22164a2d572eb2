/**
 * *Publicera webbplats…* (src/extension/publish-site-command.ts) without a VS Code window: the `vscode` module is
 * a fake whose file system is the real disk and whose folder dialog picks a folder the test names; the client
 * answers the preview request with the language server's own answer for a model with data. A real-client e2e
 * would open code-server and a native folder dialog, which the shared e2e setup cannot drive.
 */
import {
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the fake window was asked and said. */
const window = {
    picked: undefined as string | undefined,
    errors: [] as string[],
    infos: [] as string[]
};

vi.mock('vscode', () => {
    // VS Code's API answers with promises; these answer on the next turn, a throw as a rejection.
    const later =
        <A extends unknown[], R>(f: (...args: A) => R) =>
        (...args: A): Promise<R> =>
            Promise.resolve().then(() => f(...args));
    class Uri {
        constructor(readonly path: string) {}
        static file(path: string) {
            return new Uri(path);
        }
        static joinPath(base: Uri, ...parts: string[]) {
            return new Uri(join(base.path, ...parts));
        }
        get fsPath() {
            return this.path;
        }
        with(change: { path: string }) {
            return new Uri(change.path);
        }
        toString() {
            return `file://${this.path}`;
        }
    }
    const format = (text: string, ...args: unknown[]) => text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
    return {
        Uri,
        FileType: { File: 1, Directory: 2 },
        l10n: { t: format },
        env: { openExternal: later(() => true) },
        window: {
            showErrorMessage: later((message: string) => {
                window.errors.push(message);
                return undefined;
            }),
            showInformationMessage: later((message: string) => {
                window.infos.push(message);
                return undefined;
            }),
            showOpenDialog: later(() => (window.picked === undefined ? undefined : [new Uri(window.picked)]))
        },
        workspace: {
            fs: {
                readDirectory: later((uri: Uri) =>
                    readdirSync(uri.path, { withFileTypes: true }).map(e => [e.name, e.isDirectory() ? 2 : 1])
                ),
                readFile: later((uri: Uri) => new Uint8Array(readFileSync(uri.path))),
                writeFile: later((uri: Uri, content: Uint8Array) => {
                    mkdirSync(dirname(uri.path), { recursive: true });
                    writeFileSync(uri.path, content);
                }),
                delete: later((uri: Uri) => {
                    if (!existsSync(uri.path)) throw new Error(`${uri.path} finns inte`);
                    rmSync(uri.path, { recursive: true });
                }),
                rename: later((from: Uri, to: Uri) => {
                    rmSync(to.path, { recursive: true, force: true });
                    renameSync(from.path, to.path);
                })
            }
        }
    };
});

const vscode = await import('vscode');
const { publishSite } = await import('../../src/extension/publish-site-command.js');
const { preview } = await import('../../src/lsp/preview-handler.js');
const { buildSite } = await import('../../src/render/site/build-site.js');
const { manifestText } = await import('../../src/render/site/site-manifest.js');
const { unpackRenderInput } = await import('../../src/render/render-input.js');
const { buildWorkspace } = await import('../language/workspace-helper.js');

function filesUnder(dir: string): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else found.push(relative(dir, path).split(sep).join('/'));
        }
    };
    walk(dir);
    return found.sort();
}

async function openModel(folder: string) {
    const data = join(folder, 'resultat.csv');
    writeFileSync(data, 'kpi;kommun;år;värde\nN1;1999;2019;61\nN1;1999;2020;63\nN1;1234;2020;58\n');
    const text = `styrmodell Publik "Publiceringsby" {
    kommun "1999"
    år 2020
    data "${data}"
}

mål Mål "Fler klarar skolan" {
    nivå fullmäktige

    mått A "Andel behöriga" {
        nyckeltal N1
        enhet "%"
        högre är bättre
        hel när värde >= 60
    }
}
`;
    const workspace = await buildWorkspace({ 'modell.styr': text });
    const document = workspace.documents['modell.styr']!;
    const answer = preview(workspace.services, document);
    const client = { sendRequest: vi.fn(() => Promise.resolve(answer)) };
    return { client, answer, uri: vscode.Uri.file(join(folder, 'modell.styr')) };
}

describe('Publicera webbplats… in VS Code', () => {
    let folder: string;
    beforeEach(() => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-publish-'));
        window.picked = undefined;
        window.errors = [];
        window.infos = [];
    });

    it('writes the open model’s site, the same files as the command line builds, into the folder picked', async () => {
        const { client, answer, uri } = await openModel(folder);
        const out = join(folder, 'webbplats');
        window.picked = out;
        await publishSite(client as never, uri as never);
        expect(window.errors).toEqual([]);
        if (answer.kind !== 'ok') throw new Error('the preview has no answer');
        const expected = buildSite(unpackRenderInput(answer.input))!;
        expect(filesUnder(out)).toEqual([...expected.map(f => f.path), '.styrmodell-webbplats.json'].sort());
        for (const file of expected) expect(readFileSync(join(out, file.path), 'utf8'), file.path).toBe(file.content);
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Fler klarar skolan');
        expect(window.infos[0]).toMatch(
            new RegExp(`^Wrote the site \\(\\d+ pages and the results as CSV and JSON\\) to ${out}\\.$`)
        );
        expect(existsSync(`${out}.styrmodell-tmp`)).toBe(false);
        // Published again into the same folder: replaced whole, so a page only the earlier site had is gone.
        writeFileSync(join(out, 'gammal-sida.html'), 'x');
        const earlier = [...expected, { path: 'gammal-sida.html' }];
        writeFileSync(join(out, '.styrmodell-webbplats.json'), manifestText(earlier));
        await publishSite(client as never, uri as never);
        expect(window.errors).toEqual([]);
        expect(filesUnder(out)).toEqual([...expected.map(f => f.path), '.styrmodell-webbplats.json'].sort());
    });

    it('refuses a folder with files it did not write and leaves them as they were', async () => {
        const { client, uri } = await openModel(folder);
        const out = join(folder, 'annat');
        mkdirSync(out);
        writeFileSync(join(out, 'egen.txt'), 'min text');
        window.picked = out;
        await publishSite(client as never, uri as never);
        expect(window.errors).toHaveLength(1);
        expect(filesUnder(out)).toEqual(['egen.txt']);
        expect(readFileSync(join(out, 'egen.txt'), 'utf8')).toBe('min text');
    });

    it('writes nothing when no folder is picked', async () => {
        const { client, uri } = await openModel(folder);
        await publishSite(client as never, uri as never);
        expect(readdirSync(folder).sort()).toEqual(['resultat.csv']);
        expect(window.errors).toEqual([]);
    });
});
