import { describe, expect, it } from 'vitest';
import { type ActualDiagnostic, expectedDiagnostics, unmatched } from './expected-diagnostics.js';

const actual = (over: Partial<ActualDiagnostic> = {}): ActualDiagnostic => ({
    file: 'm.styr',
    line: 2,
    severity: 'warning',
    code: 'no-value-for-year',
    message: 'Måttet M har inget värde för 2019, kommun "1881".',
    column: 10,
    endColumn: 11,
    ...over
});

/** The markers themselves: a pinned message or range that the server does not give fails the case. */
describe('expected-diagnostic markers', () => {
    it('read severity, code, a message part with commas and quotes, and the range', () => {
        const text =
            'x\nmått M "m" { // förväntat: warning no-value-for-year «för 2019, kommun "1881"» @10-11, error e\n';
        expect(expectedDiagnostics('m.styr', text)).toEqual([
            {
                file: 'm.styr',
                line: 2,
                severity: 'warning',
                code: 'no-value-for-year',
                message: 'för 2019, kommun "1881"',
                column: 10,
                endColumn: 11
            },
            { file: 'm.styr', line: 2, severity: 'error', code: 'e' }
        ]);
    });

    it.each([
        ['a code alone', '// förväntat: warning no-value-for-year', true],
        ['the right message part', '// förväntat: warning no-value-for-year «inget värde för 2019»', true],
        ['a wrong message part', '// förväntat: warning no-value-for-year «inget värde för 2020»', false],
        ['the right range', '// förväntat: warning no-value-for-year @10-11', true],
        ['a wrong start column', '// förväntat: warning no-value-for-year @9', false],
        ['a wrong end column', '// förväntat: warning no-value-for-year @10-12', false]
    ])('%s: matches %s', (_, marker, matches) => {
        const expected = expectedDiagnostics('m.styr', `x\n${marker}\n`);
        const result = unmatched(expected, [actual()]);
        expect(result.missing.length === 0 && result.unexpected.length === 0).toBe(matches);
    });

    it('a malformed marker is an error of the test resource, not a silent pass', () => {
        expect(() => expectedDiagnostics('m.styr', '// förväntat: warning code «unclosed\n')).toThrow(/malformed/);
    });
});
