import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { declaredModelIds, parsedModelIds } from '../../src/language/declared-models.js';
import { createStyrmodellServices } from '../../src/services.js';

describe('declaredModelIds', () => {
    it.each([
        ['styrmodell Kumla "Kumla kommun" {\n}', ['Kumla']],
        ['\uFEFFdel av Kumla\n', ['Kumla']],
        ['// styrmodell Bortkommenterad\ndel   av\n  Örebro\n', ['Örebro']],
        ['mål A "a" {\n}\n', []],
        ['del av Linko\u0308ping', ['Linköping']],
        ['styrmodell A "a" {}\nstyrmodell B "b" {}', ['A', 'B']]
    ])('%j declares %j', (text, ids) => {
        expect([...declaredModelIds(text)]).toEqual(ids);
    });
});

describe('parsedModelIds', () => {
    const parse = (text: string) =>
        createStyrmodellServices(EmptyFileSystem).Styrmodell.shared.workspace.LangiumDocumentFactory.fromString(
            text,
            URI.parse('file:///a.styr')
        ).parseResult.value;

    it.each([
        ['styrmodell Kumla "Kumla kommun" {\n}\n', ['Kumla']],
        ['del av Linko\u0308ping\n', ['Linköping']],
        ['mål A "a" {\n}\n', []],
        // What the scan of lines cannot see, the parse does.
        ['/* x */ del av Örebro\n', ['Örebro']]
    ])('%j declares %j', (text, ids) => {
        expect([...parsedModelIds(parse(text))]).toEqual(ids);
    });

    it('declares nothing for a document not parsed yet', () => {
        expect([...parsedModelIds({ $type: 'INVALID' })]).toEqual([]);
    });
});
