import { describe, expect, it } from 'vitest';
import { JsonObjectLines, jsonErrorLine } from '../../src/data/json-lines.js';

/** The lines JsonObjectLines gives, `count` times at each depth asked. */
function linesAt(text: string, ...asks: [depth: number, count: number][]): number[][] {
    const lines = new JsonObjectLines(text);
    return asks.map(([depth, count]) => Array.from({ length: count }, () => lines.next(depth)));
}

describe('JsonObjectLines', () => {
    it('records the objects of a top-level array and of "values" arrays, by depth', () => {
        const text = [
            '[',
            '{"a": 1,',
            ' "values": [',
            '  {"x": 1},',
            '  {"x": 2}]},',
            '{"values": [{"x": 3}]}',
            ']'
        ].join('\n');
        expect(linesAt(text, [1, 3], [3, 4])).toEqual([
            [2, 6, 0],
            [4, 5, 6, 0]
        ]);
    });

    it('counts only arrays under the key "values", not other keys or values', () => {
        const text = [
            '{"values": [', // 1
            ' {"members": [{"id": 1}], "valuesx": [{"id": 2}], "xvalues": [{"id": 3}], "value": [{"id": 4}]},', // 2
            ' {"title": "values", "list": [{"id": 5}]},', // 3
            ' {"k": "values", "values": [', // 4
            '   {"id": 6}]}', // 5
            ']}'
        ].join('\n');
        expect(linesAt(text, [2, 4], [4, 2])).toEqual([
            [2, 3, 4, 0],
            [5, 0]
        ]);
    });

    it('does not carry a "values" key past a comma or into a nested object', () => {
        const text = ['{"values": 1, "other": [', '{"id": 1}],', '"values": {"x": [', '{"id": 2}]}}'].join('\n');
        expect(linesAt(text, [2, 1], [3, 1])).toEqual([[0], [0]]);
    });

    it('skips braces, brackets and line counts inside strings, escaped quotes included', () => {
        const text = [
            '{"values": [', // 1
            ' {"t": "{[\\"values\\": [", "u": "a\\\\"},', // 2
            ' {"t": "\\\\\\"}"},', // 3
            ' {"t": ""}', // 4
            ']}'
        ].join('\n');
        expect(linesAt(text, [2, 4])).toEqual([[2, 3, 4, 0]]);
    });

    it('stops at a string that never ends', () => {
        expect(linesAt('[{"a": 1},\n{"b": "x\n{"c": 1}]', [1, 3])).toEqual([[1, 2, 0]]);
    });

    it('gives 0 for a depth never seen', () => {
        expect(linesAt('{"values": [{"a": 1}]}', [5, 1], [0, 1])).toEqual([[0], [0]]);
    });
});

describe('jsonErrorLine', () => {
    const text = '{\n"a": 1,\n"b": x\n}';
    it.each<[string, string, number]>([
        ['a line in the message', 'Unexpected token x in JSON (line 12 column 3)', 12],
        ['a position on line 3', `Unexpected token 'x', ..."b": x\n}" is not valid JSON at position 14`, 3],
        ['position 0', 'Unexpected token at position 0', 1],
        ['a position on line 2', 'Unexpected token at position 3', 2],
        ['a position past the end', 'Unexpected token at position 999', 4],
        ['the end of the input', 'Unexpected end of JSON input', 4],
        // No position in the message (V8's "Unexpected token 'x', "…" is not valid JSON"): the text is read.
        ['no position', 'Something else', 3],
        ['a position in words', 'at position x', 3]
    ])('reads %s', (_name, message, line) => {
        expect(jsonErrorLine(text, new SyntaxError(message))).toBe(line);
    });

    it('reads a thrown string and the error JSON.parse throws', () => {
        expect(jsonErrorLine(text, 'Unexpected token at position 3')).toBe(2);
        let thrown: unknown;
        try {
            JSON.parse('{\n"a": 1\n"b": 2\n}');
        } catch (error) {
            thrown = error;
        }
        expect(jsonErrorLine(text, thrown)).toBe(3);
    });

    // Before, a stray token got line 0: the file's problem said nowhere where to look.
    it.each<[string, string, number]>([
        ['a stray token', '{\n  "values": [\n    {"id": 1},\n    x\n  ]\n}', 4],
        ['a missing comma', '{"a": 1\n "b": 2}', 2],
        ['a single quote', "[\n'a'\n]", 2],
        ['a control character in a string', '["a\n\tb"]', 1]
    ])('finds the line of %s when the message has no position', (_name, bad, line) => {
        let thrown: unknown;
        try {
            JSON.parse(bad);
        } catch (error) {
            thrown = error;
        }
        expect(thrown).toBeInstanceOf(SyntaxError);
        expect(jsonErrorLine(bad, new SyntaxError('Unexpected token'))).toBe(line);
    });

    it('gives 0 only for a text that is JSON after all', () => {
        expect(jsonErrorLine('{"a": [1, 2]}', new SyntaxError('Unexpected token'))).toBe(0);
    });
});
