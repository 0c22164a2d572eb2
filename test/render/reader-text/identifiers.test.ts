/**
 * The model's ids by the titles a reader knows them by: which title an id gets when two things share it, and
 * how a text's ids become titles in Swedish quotes (whole words only, the longest id first, once quoted).
 */
import { describe, expect, it } from 'vitest';
import { titlesById, withTitles } from '../../../src/render/reader-text/index.js';
import { goal, loc, measure, peerGroup } from '../../fulfilment/helpers.js';
import { fixtureModel } from '../fixture.js';

describe('titlesById', () => {
    const titles = () =>
        titlesById(
            fixtureModel({
                programmes: [{ id: 'Plan', title: 'Kommunens plan', location: loc(90) }],
                groups: [{ ...peerGroup('Grannar', []), title: 'grannkommunerna' }]
            })
        );

    it.each<[string, string | undefined]>([
        ['Testkommun', 'Testkommuns styrmodell'],
        ['Vision', 'Vision 2030'],
        ['Trygghet', 'Trygghet och lärande'],
        ['KS', 'Kommunstyrelsen'],
        ['KLF', 'Kommunledningsförvaltningen'],
        ['Plan', 'Kommunens plan'],
        ['Grannar', 'grannkommunerna'],
        ['GodEkonomi', 'God ekonomi'],
        ['KlararSkolan.Betyg', 'Godkända betyg i alla ämnen'],
        ['Betyg', 'Godkända betyg i alla ämnen'],
        ['Okänd', undefined]
    ])('%s', (id, title) => {
        expect(titles().get(id)).toBe(title);
    });

    it('gives an id two things share the title of what comes first: goals and measures before the rest', () => {
        const shared = titlesById(
            fixtureModel({
                goals: [
                    goal('A', { title: 'Målet A' }, [measure('B', { title: 'Måttet B' })]),
                    goal('B', { title: 'Målet B' })
                ],
                areas: [{ id: 'A', title: 'Inriktningen A', location: loc(5) }]
            })
        );
        expect([shared.get('A'), shared.get('B'), shared.get('A.B')]).toEqual(['Målet A', 'Måttet B', 'Måttet B']);
        expect(titlesById(fixtureModel({ vision: undefined })).get('Vision')).toBeUndefined();
    });
});

describe('withTitles', () => {
    const titles = new Map([
        ['Mål', 'Målet'],
        ['Mål.Mått', 'Måttet'],
        ['Ekonomi', 'Ekonomi'],
        ['KS', 'Kommunstyrelsen']
    ]);

    it.each<[string, string]>([
        ['Mål saknar mått.', '”Målet” saknar mått.'],
        ['Mål.Mått saknar värde.', '”Måttet” saknar värde.'],
        ['Målet, MålX och X.Mål är andra ord; KS2 också.', 'Målet, MålX och X.Mål är andra ord; KS2 också.'],
        ['KS och Mål.', '”Kommunstyrelsen” och ”Målet”.'],
        ['Ekonomi är sin egen titel.', 'Ekonomi är sin egen titel.'],
        ['Redan citerat: ”Mål.Mått” och ”KS”.', 'Redan citerat: ”Måttet” och ”Kommunstyrelsen”.'],
        // A quoted phrase of the model's words keeps one pair of quotes; before: ”rang i ”Kommunstyrelsen””.
        ['”rang i KS” jämför med en kommun.', '”rang i Kommunstyrelsen” jämför med en kommun.'],
        ['”KS och Mål” och Mål.', '”Kommunstyrelsen och Målet” och ”Målet”.'],
        ['Ett ensamt ” före KS.', 'Ett ensamt ” före ”Kommunstyrelsen”.']
    ])('%s', (text, expected) => {
        expect(withTitles(text, titles)).toBe(expected);
    });

    it('leaves a text as it is when no id has a title of its own', () => {
        expect(withTitles('Ekonomi (a.b)', new Map([['Ekonomi', 'Ekonomi']]))).toBe('Ekonomi (a.b)');
        expect(withTitles('Mål [x]', new Map())).toBe('Mål [x]');
    });
});
