import { describe, expect, it } from 'vitest';
import {
    coverageText,
    formatBound,
    formatDecimal,
    formatFixed,
    formatPercent,
    formatRank,
    formatSigned,
    formatValue,
    relativePath,
    sharedDecimals
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
