import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/model/model-view.js';
import { type PlainContext, plainCondition } from '../../src/render/plain-threshold.js';
import { cond } from '../fulfilment/helpers.js';

const NBSP = '\u00a0';
const groups: Record<string, string> = { Mellannyckeln: 'Mellannyckeln', Lan: 'Örebro län' };
const context = (unit?: string, direction?: Direction): PlainContext => ({
    unit,
    direction,
    groupTitle: id => groups[id]
});

/** Every base with every operator, read as a planner would say it (NBSP written as a space here). */
const cases: Array<[string, string | undefined, Direction | undefined, string]> = [
    // värde
    ['värde >= 90', '%', 'higher', 'minst 90 %'],
    ['värde > 90', '%', 'higher', 'mer än 90 %'],
    ['värde <= 6', 'dagar', 'lower', 'högst 6 dagar'],
    ['värde < 6', 'dagar', 'lower', 'under 6 dagar'],
    ['värde = 1', undefined, undefined, 'exakt 1'],
    ['värde >= 87,5', '%', 'higher', 'minst 87,5 %'],
    // rang
    ['rang <= 10', undefined, 'higher', 'topp 10 bland landets kommuner'],
    ['rang < 11', undefined, 'higher', 'topp 10 bland landets kommuner'],
    ['rang <= 1', undefined, 'higher', 'bäst bland landets kommuner (plats 1)'],
    ['rang = 3', undefined, 'higher', 'plats 3 bland landets kommuner'],
    ['rang >= 250', undefined, 'higher', 'plats 250 eller sämre bland landets kommuner'],
    ['rang > 250', undefined, 'higher', 'sämre än plats 250 bland landets kommuner'],
    ['rang < 1', undefined, 'higher', 'en plats bättre än 1 bland landets kommuner (kan aldrig nås)'],
    ['rang i Mellannyckeln <= 3', undefined, 'higher', 'topp 3 i Mellannyckeln'],
    ['rang i Lan <= 2', undefined, 'higher', 'topp 2 i Örebro län'],
    // kvartil
    ['kvartil = 1', undefined, 'higher', 'bästa fjärdedelen bland landets kommuner (kvartil 1)'],
    ['kvartil <= 1', undefined, 'higher', 'bästa fjärdedelen bland landets kommuner (kvartil 1)'],
    ['kvartil <= 2', undefined, 'higher', 'bästa hälften bland landets kommuner (kvartil 1–2)'],
    ['kvartil < 3', undefined, 'higher', 'bästa hälften bland landets kommuner (kvartil 1–2)'],
    ['kvartil <= 3', undefined, 'higher', 'alla utom den sämsta fjärdedelen bland landets kommuner (kvartil 1–3)'],
    ['kvartil >= 3', undefined, 'higher', 'sämsta hälften bland landets kommuner (kvartil 3–4)'],
    ['kvartil > 1', undefined, 'higher', 'alla utom den bästa fjärdedelen bland landets kommuner (kvartil 2–4)'],
    ['kvartil = 2', undefined, 'higher', 'näst bästa fjärdedelen bland landets kommuner (kvartil 2)'],
    ['kvartil = 4', undefined, 'higher', 'sämsta fjärdedelen bland landets kommuner (kvartil 4)'],
    ['kvartil <= 4', undefined, 'higher', 'vilken fjärdedel som helst bland landets kommuner (kvartil 1–4)'],
    ['kvartil < 1', undefined, 'higher', 'ingen kvartil bland landets kommuner (kan aldrig nås)'],
    ['kvartil i Mellannyckeln <= 2', undefined, 'higher', 'bästa hälften i Mellannyckeln (kvartil 1–2)'],
    // skillnad mot riket
    ['skillnad mot riket >= 0', '%', 'higher', 'minst i nivå med riket'],
    ['skillnad mot riket <= 0', 'dagar', 'lower', 'högst i nivå med riket'],
    ['skillnad mot riket = 0', '%', 'higher', 'i nivå med riket'],
    ['skillnad mot riket > 0', '%', 'higher', 'bättre än riket'],
    ['skillnad mot riket < 0', 'dagar', 'lower', 'bättre än riket'],
    ['skillnad mot riket > 0', '%', undefined, 'över riket'],
    ['skillnad mot riket < 0', '%', undefined, 'under riket'],
    ['skillnad mot riket >= -5', '%', 'higher', 'högst 5 procentenheter under riket'],
    ['skillnad mot riket > -5', '%', 'higher', 'mindre än 5 procentenheter under riket'],
    ['skillnad mot riket >= 2', '%', 'higher', 'minst 2 procentenheter över riket'],
    ['skillnad mot riket > 2', '%', 'higher', 'mer än 2 procentenheter över riket'],
    ['skillnad mot riket <= 3', 'dagar', 'lower', 'högst 3 dagar över riket'],
    ['skillnad mot riket < 3', 'dagar', 'lower', 'mindre än 3 dagar över riket'],
    ['skillnad mot riket <= -3', 'dagar', 'lower', 'minst 3 dagar under riket'],
    ['skillnad mot riket < -3', 'dagar', 'lower', 'mer än 3 dagar under riket'],
    ['skillnad mot riket = 2,5', 'kr', 'higher', 'exakt 2,5 kr över riket'],
    // skillnad mot medel and a group
    ['skillnad mot medel >= 0', '%', 'higher', 'minst i nivå med medel för landets kommuner'],
    ['skillnad mot medel >= -1,5', undefined, 'higher', 'högst 1,5 under medel för landets kommuner'],
    ['skillnad mot Mellannyckeln > 0', 'index', 'higher', 'bättre än medel för Mellannyckeln'],
    ['skillnad mot Lan >= -2', '%', 'higher', 'högst 2 procentenheter under medel för Örebro län'],
    // förändring
    ['förändring >= 0', '%', 'higher', 'oförändrat eller högre jämfört med föregående år'],
    ['förändring > 0', '%', 'higher', 'högre jämfört med föregående år'],
    ['förändring <= 0', 'dagar', 'lower', 'oförändrat eller lägre jämfört med föregående år'],
    ['förändring < 0', 'dagar', 'lower', 'lägre jämfört med föregående år'],
    ['förändring = 0', undefined, undefined, 'oförändrat jämfört med föregående år'],
    ['förändring >= 2', '%', 'higher', 'ökat med minst 2 procentenheter jämfört med föregående år'],
    ['förändring > 2', '%', 'higher', 'ökat med mer än 2 procentenheter jämfört med föregående år'],
    ['förändring <= 2', '%', 'higher', 'ökat med högst 2 procentenheter jämfört med föregående år (eller minskat)'],
    ['förändring >= -1', '%', 'higher', 'minskat med högst 1 procentenhet jämfört med föregående år (eller ökat)'],
    ['förändring <= -1', 'dagar', 'lower', 'minskat med minst 1 dagar jämfört med föregående år'],
    ['förändring < -1', 'dagar', 'lower', 'minskat med mer än 1 dagar jämfört med föregående år'],
    ['förändring = -2', 'kr', 'lower', 'minskat med exakt 2 kr jämfört med föregående år'],
    // edges: ranks that are not whole places, differences of exactly one procentenhet, the other side of a change
    ['rang <= 10,5', undefined, 'higher', 'topp 10 bland landets kommuner'],
    ['rang < 10,5', undefined, 'higher', 'topp 10 bland landets kommuner'],
    ['rang < 2', undefined, 'higher', 'bäst bland landets kommuner (plats 1)'],
    ['rang <= 0,5', undefined, 'higher', 'en plats bättre än 1 bland landets kommuner (kan aldrig nås)'],
    ['rang = 2,5', undefined, 'higher', 'plats 2,5 bland landets kommuner (kan aldrig nås)'],
    ['rang >= 249,5', undefined, 'higher', 'plats 250 eller sämre bland landets kommuner'],
    ['rang > 249,5', undefined, 'higher', 'sämre än plats 249 bland landets kommuner'],
    ['rang i Lan = 1', undefined, 'higher', 'plats 1 i Örebro län'],
    ['kvartil = 3', undefined, 'higher', 'näst sämsta fjärdedelen bland landets kommuner (kvartil 3)'],
    ['kvartil >= 2', undefined, 'higher', 'alla utom den bästa fjärdedelen bland landets kommuner (kvartil 2–4)'],
    ['kvartil > 3', undefined, 'higher', 'sämsta fjärdedelen bland landets kommuner (kvartil 4)'],
    ['kvartil = 2,5', undefined, 'higher', 'ingen kvartil bland landets kommuner (kan aldrig nås)'],
    [
        'kvartil >= 1,5 och kvartil <= 3',
        undefined,
        'higher',
        'alla utom den bästa fjärdedelen bland landets kommuner (kvartil 2–4) och alla utom den sämsta fjärdedelen bland landets kommuner (kvartil 1–3)'
    ],
    ['skillnad mot riket >= -1', '%', 'higher', 'högst 1 procentenhet under riket'],
    ['skillnad mot riket <= 1', '%', 'lower', 'högst 1 procentenhet över riket'],
    ['skillnad mot riket = -2', '%', 'higher', 'exakt 2 procentenheter under riket'],
    ['skillnad mot riket > 0', 'dagar', 'lower', 'sämre än riket'],
    ['skillnad mot riket < 0', '%', 'higher', 'sämre än riket'],
    ['skillnad mot riket >= 1,5', 'kr', undefined, 'minst 1,5 kr över riket'],
    ['skillnad mot målvärde >= 0', '%', 'higher', 'minst i nivå med målvärdet'],
    ['skillnad mot målvärde >= -2', '%', 'higher', 'högst 2 procentenheter under målvärdet'],
    ['förändring < 2', '%', 'higher', 'ökat med mindre än 2 procentenheter jämfört med föregående år (eller minskat)'],
    ['förändring > -1', 'dagar', 'lower', 'minskat med mindre än 1 dagar jämfört med föregående år (eller ökat)'],
    ['förändring = 1', '%', 'higher', 'ökat med exakt 1 procentenhet jämfört med föregående år'],
    ['förändring >= 0,5', undefined, 'higher', 'ökat med minst 0,5 jämfört med föregående år'],
    // och
    ['rang <= 10 och värde >= 80', '%', 'higher', 'topp 10 bland landets kommuner och minst 80 %'],
    [
        'kvartil = 1 och skillnad mot riket > 0 och förändring >= 0',
        '%',
        'higher',
        'bästa fjärdedelen bland landets kommuner (kvartil 1) och bättre än riket och oförändrat eller högre jämfört med föregående år'
    ]
];

describe('plainCondition', () => {
    it.each(cases)('%s (%s, %s) reads "%s"', (text, unit, direction, expected) => {
        expect(plainCondition(cond(text), context(unit, direction)).replaceAll(NBSP, ' ')).toBe(expected);
    });

    it('writes a unit after its number with a no-break space and uses the decimal comma', () => {
        expect(plainCondition(cond('värde >= 87,5'), context('%'))).toBe(`minst 87,5${NBSP}%`);
    });

    it('names the målvärde that applied beside skillnad mot målvärde', () => {
        const withTarget: PlainContext = { unit: '%', direction: 'higher', target: 90 };
        expect(plainCondition(cond('skillnad mot målvärde >= 0'), withTarget)).toBe(
            `minst i nivå med målvärdet (90${NBSP}%)`
        );
        expect(plainCondition(cond('skillnad mot målvärde > -5'), withTarget)).toBe(
            `mindre än 5${NBSP}procentenheter under målvärdet (90${NBSP}%)`
        );
    });

    it('reads a condition without a context, with neither unit nor direction', () => {
        expect(plainCondition(cond('skillnad mot Lan > 0'))).toBe('över medel för Lan');
        expect(plainCondition(cond('rang i Lan <= 3'))).toBe('topp 3 i Lan');
    });

    it('names a group by its id when the model gives no title', () => {
        expect(plainCondition(cond('rang i Okand <= 5'), context())).toBe('topp 5 i Okand');
    });
});
