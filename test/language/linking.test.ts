import { type AstNode, AstUtils, isReference, type LangiumDocument, type Reference } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document, Goal, ModelHeader, OwnerStatement, PartOf } from '../../src/language/generated/ast.js';
import { buildWorkspace, fileUri, type TestWorkspace } from './workspace-helper.js';

/** Names resolve within one model, across its files; `del av X` joins model X; two models never meet. */

const HEADER = (id: string) => `styrmodell ${id} "Modell ${id}" {\n    kommun "1881"\n    år 2019\n}\n`;

/** Every reference of a file, as `text -> Type in file` (or `text -> unresolved`). */
function references(workspace: TestWorkspace, file: string): string[] {
    const document = workspace.documents[file];
    return document.references.map(reference => {
        const target = isReference(reference) ? reference.ref : undefined;
        if (!target) return `${reference.$refText} -> unresolved`;
        const name = (target as AstNode & { name?: string }).name;
        const where = AstUtils.getDocument(target).uri.path.split('/').pop();
        return `${reference.$refText} -> ${target.$type} ${name} in ${decodeURI(where ?? '')}`;
    });
}

function codes(workspace: TestWorkspace, file: string): string[] {
    return workspace
        .raw(file)
        .map(d => `${d.range.start.line + 1}:${String(d.code)}`)
        .sort();
}

describe('names resolve across the files of one model', () => {
    it('resolves references in a `del av` file to the header file and back', async () => {
        const workspace = await buildWorkspace({
            'styrmodell.styr':
                HEADER('Kumla') +
                `
vision V "Vision"
nämnd KS "Kommunstyrelsen"
mål Kf "KF-mål" {
    nivå fullmäktige
    bidrar till V
}
mål Kf2 "Följs upp av nämndens mål" {
    nivå fullmäktige
    bidrar till V
    program Digitalt
}
`,
            'nämnder.styr': `del av Kumla
program Digitalt "Digitalt"
förvaltning KLF "KLF" under KS
mål Nm "Nämndmål" {
    nivå nämnd
    ansvarig KLF
    bidrar till Kf Kf2
    program Digitalt
}
`
        });
        expect(references(workspace, 'nämnder.styr')).toEqual([
            'Kumla -> ModelHeader Kumla in styrmodell.styr',
            'KS -> Committee KS in styrmodell.styr',
            'KLF -> Administration KLF in nämnder.styr',
            'Kf -> Goal Kf in styrmodell.styr',
            'Kf2 -> Goal Kf2 in styrmodell.styr',
            'Digitalt -> Programme Digitalt in nämnder.styr'
        ]);
        expect(references(workspace, 'styrmodell.styr')).toContain('Digitalt -> Programme Digitalt in nämnder.styr');
        expect(codes(workspace, 'nämnder.styr')).toEqual(['4:committee-goal-without-measures']);
    });

    it('resolves between two `del av` files of the same model', async () => {
        const workspace = await buildWorkspace({
            'a.styr': HEADER('M'),
            'b.styr': 'del av M\nnämnd KS "KS"\n',
            'c.styr': 'del av M\nförvaltning KLF "KLF" under KS\n'
        });
        expect(references(workspace, 'c.styr')).toEqual([
            'M -> ModelHeader M in a.styr',
            'KS -> Committee KS in b.styr'
        ]);
        expect(codes(workspace, 'c.styr')).toEqual([]);
    });

    it('does not resolve a name from a file that joins no model', async () => {
        const workspace = await buildWorkspace({
            'a.styr': HEADER('M') + 'förvaltning KLF "KLF" under KS\n',
            'lös.styr': 'nämnd KS "KS"\n'
        });
        expect(references(workspace, 'a.styr')).toEqual(['KS -> unresolved']);
        expect(codes(workspace, 'a.styr')).toEqual(['5:unresolved-reference']);
        expect(codes(workspace, 'lös.styr')).toEqual(['1:missing-header']);
    });

    it('a `del av` naming no header is part-of-without-header, with a Swedish message naming the model', async () => {
        const workspace = await buildWorkspace({ 'a.styr': 'del av Okänd\nnämnd KS "KS"\n' });
        expect(workspace.diagnostics('a.styr')).toEqual([
            '1:part-of-without-header Det finns ingen styrmodell som heter Okänd. Skriv namnet från filen med `styrmodell Okänd "…" { … }`, eller skapa den.'
        ]);
    });

    it('files that `del av` the same unknown model still see each other', async () => {
        const workspace = await buildWorkspace({
            'a.styr': 'del av Okänd\nnämnd KS "KS"\n',
            'b.styr': 'del av Okänd\nförvaltning KLF "KLF" under KS\n'
        });
        expect(references(workspace, 'b.styr')).toEqual(['Okänd -> unresolved', 'KS -> Committee KS in a.styr']);
    });
});

describe('two models in one workspace never see each other', () => {
    const files = {
        'kumla.styr':
            HEADER('Kumla') +
            `
vision V "Kumlas vision"
nämnd KS "Kumlas kommunstyrelse"
mål Kf "Kumlas mål" {
    nivå fullmäktige
    bidrar till V
}
`,
        'kumla-nämnder.styr': `del av Kumla
mål Nm "Kumlas nämndmål" {
    nivå nämnd
    ansvarig KS
    bidrar till Kf KfKöping
}
`,
        'koping.styr':
            HEADER('Köping') +
            `
vision V "Köpings vision"
nämnd KS "Köpings kommunstyrelse"
nämnd BUN "Köpings BUN"
mål KfKöping "Köpings mål" {
    nivå fullmäktige
    bidrar till V
}
mål NmKöping "Köpings nämndmål" {
    nivå nämnd
    ansvarig BUN
    bidrar till Kf
}
`
    };

    it('resolves each reference within its own model', async () => {
        const workspace = await buildWorkspace(files);
        expect(references(workspace, 'kumla.styr')).toEqual(['V -> Vision V in kumla.styr']);
        expect(references(workspace, 'kumla-nämnder.styr')).toEqual([
            'Kumla -> ModelHeader Kumla in kumla.styr',
            'KS -> Committee KS in kumla.styr',
            'Kf -> Goal Kf in kumla.styr',
            'KfKöping -> unresolved'
        ]);
        expect(references(workspace, 'koping.styr')).toEqual([
            'V -> Vision V in koping.styr',
            'BUN -> Committee BUN in koping.styr',
            'Kf -> unresolved'
        ]);
    });

    it('allows the same names in both models', async () => {
        const workspace = await buildWorkspace(files);
        const all = Object.keys(files).flatMap(file => codes(workspace, file));
        expect(all.filter(code => code.endsWith('duplicate-name'))).toEqual([]);
    });

    it('reports a name of the other model as unknown, not as the wrong kind', async () => {
        const workspace = await buildWorkspace({
            'a.styr': HEADER('A') + 'mål G "g" {\n    ansvarig Bara\n}\n',
            'b.styr': HEADER('B') + 'vision Bara "Finns bara i B som vision"\n'
        });
        expect(
            workspace
                .raw('a.styr')
                .filter(d => d.code === 'unresolved-reference' || d.code === 'wrong-reference-kind')
                .map(d => `${d.code} ${d.message}`)
        ).toEqual([
            'unresolved-reference Det finns inget namn Bara i modellen. Här ska det stå en nämnd eller förvaltning: kontrollera stavningen eller skapa det.'
        ]);
    });

    it('counts only its own model for the model-wide checks', async () => {
        const workspace = await buildWorkspace(files);
        // KfKöping is followed up by nothing in Köping; Kumla's Nm names it but cannot reach it.
        expect(codes(workspace, 'koping.styr')).toContain('9:goal-not-followed-up');
        // Kumla has one vision and Köping one: no multiple-visions.
        expect(
            Object.keys(files)
                .flatMap(file => codes(workspace, file))
                .filter(c => c.endsWith('multiple-visions'))
        ).toEqual([]);
    });
});

describe('a reference to a name of the wrong kind', () => {
    const model =
        HEADER('M') +
        `
vision V "Vision"
inriktning Service "Service"
program Digitalt "Digitalt"
nämnd KS "Kommunstyrelsen"
jämförelsegrupp Länet "Länet" { kommuner "1880" }
mål Kf "KF-mål" {
    nivå fullmäktige
    bidrar till V
}
`;
    it.each([
        [
            'ansvarig naming a goal',
            'mål X "x" { ansvarig Kf }',
            'Kf är ett mål, men här ska det stå en nämnd eller förvaltning.'
        ],
        [
            'ansvarig naming a programme',
            'mål X "x" { ansvarig Digitalt }',
            'Digitalt är ett program, men här ska det stå en nämnd eller förvaltning.'
        ],
        [
            'bidrar till naming a nämnd',
            'mål X "x" { bidrar till KS }',
            'KS är en nämnd, men här ska det stå ett mål eller en vision.'
        ],
        [
            'bidrar till naming an inriktning',
            'mål X "x" { bidrar till Service }',
            'Service är en inriktning, men här ska det stå ett mål eller en vision.'
        ],
        [
            'inriktning naming a programme',
            'mål X "x" { inriktning Digitalt }',
            'Digitalt är ett program, men här ska det stå en inriktning.'
        ],
        [
            'program naming an inriktning',
            'mål X "x" { program Service }',
            'Service är en inriktning, men här ska det stå ett program.'
        ],
        ['under naming the vision', 'förvaltning F "f" under V', 'V är en vision, men här ska det stå en nämnd.'],
        [
            'rang i naming a nämnd',
            'mål X "x" { mått Y "y" { hel när rang i KS <= 3 } }',
            'KS är en nämnd, men här ska det stå en jämförelsegrupp.'
        ],
        [
            'skillnad mot naming a goal',
            'mål X "x" { mått Y "y" { hel när skillnad mot Kf >= 0 } }',
            'Kf är ett mål, men här ska det stå en jämförelsegrupp.'
        ],
        [
            'kvartil i naming a programme',
            'mål X "x" { mått Y "y" { hel när kvartil i Digitalt = 1 } }',
            'Digitalt är ett program, men här ska det stå en jämförelsegrupp.'
        ]
    ])('%s', async (_name, text, message) => {
        const workspace = await buildWorkspace({ 'm.styr': model, 'del.styr': `del av M\n${text}\n` });
        const found = workspace
            .raw('del.styr')
            .filter(d => d.code === 'wrong-reference-kind' || d.code === 'unresolved-reference');
        expect(found.map(d => `${d.range.start.line + 1}:${String(d.code)} ${d.message}`)).toEqual([
            `2:wrong-reference-kind ${message}`
        ]);
    });

    it('finds the wrong kind in another file of the model', async () => {
        const workspace = await buildWorkspace({
            'm.styr': HEADER('M') + 'mål Kf "KF" {}\n',
            'del.styr': 'del av M\nförvaltning F "f" under Kf\n'
        });
        expect(workspace.diagnostics('del.styr')).toContain(
            '2:wrong-reference-kind Kf är ett mål, men här ska det stå en nämnd.'
        );
    });

    it('underlines the reference itself', async () => {
        const workspace = await buildWorkspace({ 'm.styr': model + 'mål X "x" {\n    ansvarig Kf\n}\n' });
        const diagnostic = workspace.raw('m.styr').find(d => d.code === 'wrong-reference-kind');
        expect(diagnostic?.range).toEqual({ start: { line: 15, character: 13 }, end: { line: 15, character: 15 } });
    });
});

describe('names written in NFD', () => {
    const nfd = (text: string) => text.normalize('NFD');

    it('link to names written in NFC, and a `del av` in NFD finds its header', async () => {
        const workspace = await buildWorkspace({
            'm.styr': HEADER('Örebro') + 'nämnd Äldrenämnden "Äldrenämnden"\n',
            'del.styr': `del av ${nfd('Örebro')}\nförvaltning ${nfd('Äldreförvaltningen')} "f" under ${nfd('Äldrenämnden')}\n`
        });
        expect(workspace.documents['del.styr'].textDocument.getText()).toContain(nfd('Äldrenämnden'));
        expect(references(workspace, 'del.styr').map(r => r.normalize('NFC'))).toEqual([
            'Örebro -> ModelHeader Örebro in m.styr',
            'Äldrenämnden -> Committee Äldrenämnden in m.styr'
        ]);
        expect(workspace.diagnostics('del.styr')).toEqual([]);
    });

    it('names in NFC link to names declared in NFD', async () => {
        const workspace = await buildWorkspace({
            'm.styr':
                HEADER('M') + `nämnd ${nfd('Äldrenämnden')} "Äldrenämnden"\nförvaltning F "f" under Äldrenämnden\n`
        });
        expect(references(workspace, 'm.styr')).toEqual(['Äldrenämnden -> Committee Äldrenämnden in m.styr']);
    });

    it('an NFD and an NFC spelling of one name are the same name', async () => {
        const workspace = await buildWorkspace({
            'm.styr': HEADER('M') + `nämnd Äldrenämnden "a"\nnämnd ${nfd('Äldrenämnden')} "b"\n`
        });
        expect(codes(workspace, 'm.styr')).toEqual(['5:duplicate-name', '6:duplicate-name']);
    });

    // LANGUAGE.md section 2: a file saved in NFD, keywords with å, ä and ö included, works like its NFC twin.
    it('a file saved wholly in NFD, keywords included, parses and links', async () => {
        const workspace = await buildWorkspace({
            'm.styr': HEADER('M') + 'nämnd KS "KS"\n',
            'del.styr': nfd(
                'del av M\nförvaltning Äldreförvaltningen "Äldreförvaltningen" under KS\nmål Mål "mål" {\n    nivå nämnd\n    ansvarig Äldreförvaltningen\n}\n'
            )
        });
        expect(codes(workspace, 'del.styr').filter(c => c.endsWith('syntax-error'))).toEqual([]);
    });
});

describe('membership follows edits', () => {
    it('re-links the other files of a model when one file changes', async () => {
        const workspace = await buildWorkspace({
            'a.styr': HEADER('M') + 'förvaltning KLF "KLF" under KS\n',
            'b.styr': 'del av M\n'
        });
        expect(references(workspace, 'a.styr')).toEqual(['KS -> unresolved']);
        const shared = workspace.services.shared;
        const uri = fileUri('b.styr');
        shared.workspace.TextDocuments.set(
            TextDocument.create(uri.toString(), 'styrmodell', 2, 'del av M\nnämnd KS "KS"\n')
        );
        await shared.workspace.DocumentBuilder.update([uri], []);
        const a = shared.workspace.LangiumDocuments.getDocument(fileUri('a.styr')) as LangiumDocument<Document>;
        const ref = (a.parseResult.value.elements[0] as unknown as { committee: Reference }).committee;
        expect(ref.ref?.$type).toBe('Committee');
        expect((a.diagnostics ?? []).map(d => String(d.code))).toEqual([]);
    });

    it('moves a file to another model when its `del av` changes', async () => {
        const workspace = await buildWorkspace({
            'a.styr': HEADER('A') + 'nämnd KS "A:s KS"\n',
            'b.styr': HEADER('B') + 'nämnd KS "B:s KS"\n',
            'c.styr': 'del av A\nmål G "g" { ansvarig KS }\n'
        });
        const titleOfOwner = () => {
            const c = workspace.services.shared.workspace.LangiumDocuments.getDocument(
                fileUri('c.styr')
            ) as LangiumDocument<Document>;
            const owner = (c.parseResult.value.elements[0] as Goal).statements[0] as OwnerStatement;
            return owner.owner.ref?.title;
        };
        expect(titleOfOwner()).toBe('A:s KS');
        const shared = workspace.services.shared;
        shared.workspace.TextDocuments.set(
            TextDocument.create(fileUri('c.styr').toString(), 'styrmodell', 2, 'del av B\nmål G "g" { ansvarig KS }\n')
        );
        await shared.workspace.DocumentBuilder.update([fileUri('c.styr')], []);
        expect(titleOfOwner()).toBe('B:s KS');
        const c = workspace.services.shared.workspace.LangiumDocuments.getDocument(
            fileUri('c.styr')
        ) as LangiumDocument<Document>;
        const part: PartOf = c.parseResult.value.parts[0];
        expect((part.model.ref as ModelHeader | undefined)?.title).toBe('Modell B');
    });
});
