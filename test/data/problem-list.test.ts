import { describe, expect, it } from 'vitest';
import { DataProblemCode, MAX_ROW_PROBLEMS, ProblemList, quoteCell, type RowCause } from '../../src/data/problems.js';

const X: RowCause = { key: 'x', advice: 'orsak x' };
const Y: RowCause = { key: 'y', advice: 'orsak y' };
const MORE = (n: number) =>
    `Ytterligare ${n} rader har problem, den första av dem här. Rätta raderna som visas först och läs in filen igen.`;

/** A list with `n` plain row problems on lines 1000, 1001, … (filling the cap when n is MAX_ROW_PROBLEMS). */
function filled(n: number): ProblemList {
    const list = new ProblemList('/d/a.csv');
    for (let i = 0; i < n; i++) list.row(DataProblemCode.rowUnreadable, 1000 + i, `fel ${i}`);
    return list;
}

const summary = (list: ProblemList) => list.finish().map(p => [p.line, p.message, p.moreRows]);

describe('ProblemList', () => {
    it('keeps a row problem as given, its column only when it has one', () => {
        const list = new ProblemList('/d/a.csv');
        list.row(DataProblemCode.rowUnreadable, 2, 'utan kolumn');
        list.row(DataProblemCode.rowUnreadable, 3, 'med kolumn', 'error', undefined, '2019');
        expect(list.finish()).toStrictEqual([
            {
                code: DataProblemCode.rowUnreadable,
                file: '/d/a.csv',
                line: 2,
                message: 'utan kolumn',
                severity: 'warning'
            },
            {
                code: DataProblemCode.rowUnreadable,
                file: '/d/a.csv',
                line: 3,
                column: '2019',
                message: 'med kolumn',
                severity: 'error'
            }
        ]);
    });

    it('gives the sheet to every problem that has none, and no sheet key without a sheet', () => {
        const list = new ProblemList('/d/a.xlsx');
        list.error(DataProblemCode.fileUnreadable, 0, 'fel');
        list.problems.push({
            code: DataProblemCode.rowUnreadable,
            file: '/d/a.xlsx',
            line: 1,
            message: 'annat',
            severity: 'warning',
            sheet: 'Annat'
        });
        list.sheet = 'Data';
        expect(list.finish().map(p => p.sheet)).toEqual(['Data', 'Annat']);
        const plain = new ProblemList('/d/a.csv');
        plain.warning(DataProblemCode.noValues, 0, 'tom');
        expect(Object.keys(plain.finish()[0] ?? {})).not.toContain('sheet');
    });

    it('summarises a cause on three rows in the place of its first row, and not one on two', () => {
        const list = new ProblemList('/d/a.csv');
        list.row(DataProblemCode.rowUnreadable, 2, 'x1', 'warning', X);
        list.row(DataProblemCode.rowUnreadable, 3, 'y1', 'warning', Y);
        list.row(DataProblemCode.rowUnreadable, 4, 'x2', 'warning', X);
        list.row(DataProblemCode.rowUnreadable, 5, 'x3', 'warning', X);
        list.row(DataProblemCode.rowUnreadable, 6, 'y2', 'warning', Y);
        list.row(DataProblemCode.rowUnreadable, 7, 'vanlig');
        expect(summary(list)).toEqual([
            [2, 'orsak x', 2],
            [3, 'y1', undefined],
            [6, 'y2', undefined],
            [7, 'vanlig', undefined]
        ]);
        expect(summary(list)).toEqual([
            [2, 'orsak x', 2],
            [3, 'y1', undefined],
            [6, 'y2', undefined],
            [7, 'vanlig', undefined]
        ]);
    });

    it('counts rows past the cap, naming the earliest line', () => {
        const list = filled(MAX_ROW_PROBLEMS);
        list.row(DataProblemCode.rowUnreadable, 3000, 'sen');
        list.row(DataProblemCode.rowUnreadable, 2000, 'tidig');
        list.row(DataProblemCode.rowUnreadable, 2500, 'mitt');
        const problems = summary(list);
        expect(problems).toHaveLength(MAX_ROW_PROBLEMS + 1);
        expect(problems.at(-1)).toEqual([2000, MORE(3), undefined]);
    });

    it('counts the rows of a cause that stays rare among the rows past the cap', () => {
        const list = filled(MAX_ROW_PROBLEMS);
        list.row(DataProblemCode.rowUnreadable, 3000, 'x1', 'warning', X);
        list.row(DataProblemCode.rowUnreadable, 3001, 'x2', 'warning', X);
        list.row(DataProblemCode.rowUnreadable, 3002, 'vanlig');
        expect(summary(list).at(-1)).toEqual([3000, MORE(3), undefined]);
    });

    it('summarises a cause whose rows all came past the cap, without counting them again', () => {
        const list = filled(MAX_ROW_PROBLEMS);
        for (let i = 0; i < 5; i++) list.row(DataProblemCode.rowUnreadable, 3000 + i, `x${i}`, 'error', X);
        const problems = list.finish();
        expect(problems).toHaveLength(MAX_ROW_PROBLEMS + 1);
        expect(problems.at(-1)).toEqual({
            code: DataProblemCode.rowUnreadable,
            file: '/d/a.csv',
            line: 3000,
            moreRows: 4,
            severity: 'error',
            message: 'orsak x'
        });
    });
});

describe('quoteCell', () => {
    it.each([
        ['', '""'],
        ['x'.repeat(40), `"${'x'.repeat(40)}"`],
        ['x'.repeat(41), `"${'x'.repeat(37)}..."`],
        [`${'a'.repeat(37)}bcdef`, `"${'a'.repeat(37)}..."`]
    ])('quotes %j', (cell, quoted) => {
        expect(quoteCell(cell)).toBe(quoted);
    });
});
