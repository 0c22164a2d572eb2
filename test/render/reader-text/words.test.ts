/** The small pieces of Swedish every reader text is put together from. */
import { describe, expect, it } from 'vitest';
import { capitalise, firstSentence, joinSwedish } from '../../../src/render/reader-text/index.js';

describe('joinSwedish', () => {
    it.each<[string[], string]>([
        [[], ''],
        [['a'], 'a'],
        [['a', 'b'], 'a och b'],
        [['a', 'b', 'c'], 'a, b och c'],
        [['a', 'b', 'c', 'd'], 'a, b, c och d']
    ])('%j', (parts, text) => {
        expect(joinSwedish(parts)).toBe(text);
    });
});

describe('capitalise', () => {
    it.each<[string, string]>([
        ['', ''],
        ['når', 'Når'],
        ['åtgärd', 'Åtgärd'],
        ['Redan', 'Redan'],
        ['3 mått', '3 mått']
    ])('%j', (text, expected) => {
        expect(capitalise(text)).toBe(expected);
    });
});

describe('firstSentence', () => {
    it.each<[string, string]>([
        ['Elfte plats i landet. En placering från topp 10.', 'Elfte plats i landet.'],
        ['Ökar! Mer än väntat.', 'Ökar!'],
        ['Varför? Det vet vi inte.', 'Varför?'],
        ['Ca 3,5 procent. Sedan mer.', 'Ca 3,5 procent.'],
        ['Bättre än väntat. 2019 var sämre.', 'Bättre än väntat.'],
        ['Bra. ”Citat” följer.', 'Bra.'],
        ['Bra. (Inom parentes.)', 'Bra.'],
        ['Bra. "Citat" följer.', 'Bra.'],
        ['Ökade t.ex. i skolan. Sedan mer.', 'Ökade t.ex. i skolan.'],
        // An abbreviation before a capital or a digit does not end the sentence (before: ”… (den har t.ex.”).
        [
            'Filen har inga värden för N9 (den har t.ex. N00001 och N00002). Byt nyckeltal.',
            'Filen har inga värden för N9 (den har t.ex. N00001 och N00002).'
        ],
        ['Det gäller bl.a. Kumla och Örebro. Mer.', 'Det gäller bl.a. Kumla och Örebro.'],
        ['Öppet fr.o.m. 2019, dvs. 5 år. Sedan inte.', 'Öppet fr.o.m. 2019, dvs. 5 år.'],
        ['Vi mäter (s.k. KKiK). Sedan mer.', 'Vi mäter (s.k. KKiK).'],
        ['Slutar med en förkortning, osv.', 'Slutar med en förkortning, osv.'],
        ['  Flera\n rader\tutan slut  ', 'Flera rader utan slut'],
        ['Bara en mening.', 'Bara en mening.'],
        ['', '']
    ])('%j', (text, sentence) => {
        expect(firstSentence(text)).toBe(sentence);
    });
});
