import { describe, expect, it } from 'vitest';
import {
    coverageText,
    dirname,
    formatBound,
    formatDecimal,
    formatFixed,
    formatPercent,
    formatRank,
    formatSigned,
    formatValue,
    locationText,
    originText,
    relativePath,
    rowText,
    sharedDecimals,
    shownDecimals
} from '../../src/render/format.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatDecimal', () => {
    it.each([
        [87.5, '87,5'],
        [90, '90'],
        [0.1 + 0.2, '0,3'],
        [76.0512, '76,05'],
        [-3.2000000000000028, `${MINUS}3,2`],
        [-0.001, `${MINUS}0,001`],
        [-0.001 / 1e6, '0'],
        [76.82035087719295, '76,82'],
        [0.0034, '0,0034'],
        [2.005, '2,01'],
        [Infinity, '–'],
        [NaN, '–'],
        [0, '0'],
        [1234, '1234'],
        [12345.6, `12${NBSP}345,6`],
        [1234567, `1${NBSP}234${NBSP}567`]
    ])('%s is %s', (value, expected) => {
        expect(formatDecimal(value)).toBe(expected);
    });
});

describe('formatSigned, formatValue, formatPercent, coverageText', () => {
    it.each([
        [() => formatSigned(2.5), '+2,5'],
        [() => formatSigned(-1.25), `${MINUS}1,25`],
        [() => formatSigned(0.001), '+0,001'],
        [() => formatSigned(-2.5, '%'), `${MINUS}2,5${NBSP}%`],
        [() => formatSigned(0), '0'],
        [() => formatValue(87.5, '%'), `87,5${NBSP}%`],
        [() => formatValue(62.8, 'index'), `62,8${NBSP}index`],
        [() => formatValue(9), '9'],
        [() => formatPercent(0.5555), `55${NBSP}%`],
        [() => formatPercent(0.7499), `74${NBSP}%`],
        [() => formatPercent(0.25 * 3), `75${NBSP}%`],
        [() => formatPercent(0.7499999999999999), `75${NBSP}%`],
        [() => formatPercent(2 / 3), `66${NBSP}%`],
        [() => formatPercent(0), `0${NBSP}%`],
        [() => formatPercent(null), '–'],
        [() => formatBound(0.755), `75,5${NBSP}%`],
        [() => formatRank(11, 290), '11 av 290'],
        [() => formatRank(3), '3'],
        [() => formatRank(12345, 20000), `12${NBSP}345 av 20${NBSP}000`],
        [() => formatPercent(1), `100${NBSP}%`],
        [() => coverageText(3, 4), '3 av 4 mått har värde'],
        [() => coverageText(0, 0), 'inga mått']
    ])('%#: %s', (format, expected) => {
        expect(format()).toBe(expected);
    });
});

describe('relativePath', () => {
    it.each([
        ['/m/kumla/data/resultat.csv', '/m/kumla', 'data/resultat.csv'],
        ['/m/kumla/styrmodell.styr', '/m/kumla/', 'styrmodell.styr'],
        ['/m/shared/kumla/a.styr', '/m/main', '../shared/kumla/a.styr'],
        ['C:\\modell\\data\\a.csv', 'C:\\modell', 'data/a.csv'],
        ['D:\\data\\a.csv', 'C:\\modell', 'D:\\data\\a.csv'],
        ['untitled:Untitled-1', '/m', 'untitled:Untitled-1'],
        ['data/a.csv', '/m', 'data/a.csv'],
        ['/m/a.styr', undefined, '/m/a.styr'],
        // VS Code for the Web: URIs, percent-encoded, decoded and made relative on the same host.
        [
            'vscode-remote://localhost:8080/w/kumla/n%C3%A4mnderna.styr',
            'vscode-remote://localhost:8080/w/kumla',
            'nämnderna.styr'
        ],
        [
            'vscode-remote://localhost:8080/w/kumla/data/r%C3%A5.csv',
            'vscode-remote://localhost:8080/w/kumla',
            'data/rå.csv'
        ],
        ['vscode-vfs://github/o/r/n%C3%A4mnd.styr', 'vscode-remote://other/w', 'nämnd.styr'],
        ['file:///m/kumla/n%C3%A4mnd.styr', '/m/kumla', 'nämnd.styr']
    ])('%s from %s is %s', (file, base, expected) => {
        expect(relativePath(file, base)).toBe(expected);
    });
});

describe('values shown together have the same decimals', () => {
    it.each<[number[], number, string[]]>([
        [[75, 75.5, 60.25], 2, ['75,00', '75,50', '60,25']],
        [[75, 75.5], 1, ['75,0', '75,5']],
        [[12345, 2], 0, ['12\u00a0345', '2']],
        [[-1.5, 0], 1, ['\u22121,5', '0,0']],
        [[0.0034, 1], 4, ['0,0034', '1,0000']]
    ])('%j', (values, decimals, shown) => {
        expect(sharedDecimals(values)).toBe(decimals);
        expect(values.map(v => formatFixed(v, decimals))).toEqual(shown);
    });

    it('adds the unit and shows a number that is not finite as a dash', () => {
        expect(formatFixed(75, 1, '%')).toBe('75,0\u00a0%');
        expect(formatFixed(Number.NaN, 1, '%')).toBe('–');
    });
});

describe('shownDecimals', () => {
    it.each([
        [87.5, 1],
        [90, 0],
        [76.0512, 2],
        [0.0034, 4],
        [12345.6, 1],
        [-3.25, 2],
        [Number.NaN, 0]
    ])('%s shows %s decimals', (value, decimals) => {
        expect(shownDecimals(value)).toBe(decimals);
    });

    it('leaves out numbers that are not finite when values share their decimals', () => {
        expect(sharedDecimals([Number.NaN, 2.5, Infinity])).toBe(1);
        expect(sharedDecimals([])).toBe(0);
    });
});

describe('formatDecimal at the edges of its rules', () => {
    it.each([
        // Two significant digits for small values, up to six decimals, never more.
        [0.05, 0, '0,05'],
        [0.099, 2, '0,099'],
        [0.1, 2, '0,1'],
        [0.0000034, 2, '0,000003'],
        [0.00000034, 2, '0'],
        [-0.0000034, 2, `${MINUS}0,000003`],
        // The decimals asked for, trailing zeros dropped; a whole number has no comma.
        [12.3456, 3, '12,346'],
        // No decimals at all for a value that needs no small-value digits.
        [12.3456, 0, '12'],
        [-12.5, 0, `${MINUS}13`],
        [10.001, 2, '10'],
        // Grouping from five integer digits on, also for negative numbers.
        [-12345, 2, `${MINUS}12${NBSP}345`],
        [99999.996, 2, `100${NBSP}000`]
    ])('%s with at most %s decimals is %s', (value, decimals, expected) => {
        expect(formatDecimal(value, decimals)).toBe(expected);
    });

    it('keeps the sign of a fixed number that does not round to zero, and drops it for one that does', () => {
        expect(formatFixed(-0.04, 1)).toBe('0,0');
        expect(formatFixed(-0.05, 1)).toBe(`${MINUS}0,1`);
        expect(formatFixed(1.5, 0)).toBe('2');
        expect(formatFixed(1234.5, 2, 'kr')).toBe(`1234,50${NBSP}kr`);
    });

    it('shows no unit beside a number that is not finite, and a positive sign only for what reads above zero', () => {
        expect(formatValue(Number.NaN, '%')).toBe('–');
        expect(formatValue(Infinity)).toBe('–');
        expect(formatSigned(Infinity, '%')).toBe('–');
        expect(formatSigned(0.0000001)).toBe('0');
        expect(formatSigned(0.5, 'dagar')).toBe(`+0,5${NBSP}dagar`);
        expect(formatValue(2, '')).toBe('2');
    });

    it('rounds percentages down, but not below a whole percent the status reaches, and groups large ones', () => {
        expect(formatPercent(0.99999)).toBe(`99${NBSP}%`);
        expect(formatPercent(0.5 - 1e-12)).toBe(`50${NBSP}%`);
        expect(formatPercent(0.5 - 1e-6)).toBe(`49${NBSP}%`);
        expect(formatPercent(123.45)).toBe(`12${NBSP}345${NBSP}%`);
        expect(formatPercent(undefined)).toBe('–');
        expect(formatPercent(Number.NaN)).toBe('–');
        expect(formatPercent(-0.25)).toBe(`-25${NBSP}%`);
    });

    it('gives a rank that is not finite as a dash and rounds one that is not whole', () => {
        expect(formatRank(Number.NaN, 290)).toBe('– av 290');
        expect(formatRank(2.5)).toBe('3');
        expect(formatRank(4, Infinity)).toBe('4 av –');
        expect(formatBound(0.75)).toBe(`75${NBSP}%`);
    });

    it('counts measures with a value even when none has one', () => {
        expect(coverageText(0, 3)).toBe('0 av 3 mått har värde');
    });
});

describe('dirname', () => {
    it.each([
        ['/a/b/c.styr', '/a/b'],
        ['/c.styr', '/'],
        ['c.styr', ''],
        ['C:\\modell\\a.styr', 'C:\\modell'],
        ['a/b\\c.styr', 'a/b'],
        ['vscode-remote://host/w/a.styr', 'vscode-remote://host/w']
    ])('of %s is %s', (path, expected) => {
        expect(dirname(path)).toBe(expected);
    });
});

describe('relativePath at its edges', () => {
    it.each([
        // A URI's host is compared without regard to case; a path inside it is decoded.
        ['VSCODE-REMOTE://Host/w/kumla/a.styr', 'vscode-remote://host/w', 'kumla/a.styr'],
        // A file: URI against a plain path on another root keeps the decoded path.
        ['file:///m/kumla/a%20b.styr', '/other', '../m/kumla/a b.styr'],
        // A URI against a plain base that is not file: is shown by its name.
        ['vscode-remote://host/w/kumla/a.styr', '/w', 'a.styr'],
        // A URI with no path, and one whose percent escapes do not decode, are shown as they are.
        ['vscode-remote://host', 'vscode-remote://host', ''],
        ['vscode-remote://host/w/a%E0.styr', '/w', 'a%E0.styr'],
        ['vscode-remote://host/w/a%E0.styr', 'vscode-remote://host/w', 'a%E0.styr'],
        // The base's folder itself (its last part is a name, never a common folder), and a base deeper than the file.
        ['/m/kumla', '/m/kumla', '../kumla'],
        ['/m/a.styr', '/m/kumla/data', '../../a.styr'],
        ['/m/kumla/data/a.csv', '/m//kumla', 'data/a.csv'],
        ['/m/a.styr', '', '/m/a.styr'],
        ['/m/a.styr', 'relative/base', '/m/a.styr'],
        ['c:/modell/data/a.csv', 'c:/modell', 'data/a.csv'],
        ['1:/modell/a.csv', '/m', '1:/modell/a.csv'],
        // A base URI without a path is its host's root.
        ['vscode-remote://host/w/a.styr', 'vscode-remote://host', 'w/a.styr'],
        // Two relative paths, even with a part that looks like a drive, are left as they are.
        ['a/b.csv', 'a/c', 'a/b.csv'],
        ['a/c:/x.csv', 'a/d:/y', 'a/c:/x.csv']
    ])('%s from %s is %s', (file, base, expected) => {
        expect(relativePath(file, base)).toBe(expected);
    });
});

describe('where a number came from, in words', () => {
    it('names a data file relative to the model, with its line or its sheet and line', () => {
        expect(originText({ kind: 'data', file: '/m/kumla/data/resultat.csv', line: 123 }, '/m/kumla')).toBe(
            'data/resultat.csv rad 123'
        );
        expect(originText({ kind: 'data', file: '/m/kumla/data/egna.xlsx', line: 5, sheet: 'Enkät' }, '/m/kumla')).toBe(
            'data/egna.xlsx blad "Enkät" rad 5'
        );
    });

    it("names the model's block and its file and line", () => {
        const location = { file: '/m/kumla/styrmodell.styr', line: 62 } as never;
        expect(originText({ kind: 'model', block: 'utfall', location }, '/m/kumla')).toBe(
            'utfall, styrmodell.styr rad 62'
        );
        expect(locationText({ file: '/m/kumla/nämnder/ks.styr', line: 12 }, '/m/kumla')).toBe('nämnder/ks.styr rad 12');
        expect(rowText({ line: 7 })).toBe('rad 7');
        expect(rowText({ line: 7, sheet: '' })).toBe('blad "" rad 7');
    });
});
