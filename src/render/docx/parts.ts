/**
 * Building blocks of the Word report: text with its line breaks kept, a status as a coloured dot with its
 * word (never the colour alone), and plain tables with a header row that repeats on every page.
 */
import {
    type IParagraphOptions,
    Paragraph,
    type ParagraphChild,
    ShadingType,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType
} from 'docx';
import type { Status } from '../../fulfilment/result.js';
import { type StatusColour, statusDisplay } from '../../fulfilment/status.js';
import { ASSESSED, textLines } from '../follow-up.js';

/** The status colours of styles.ts (light theme), and a light tint of each for table cells. */
const COLOUR: Readonly<Record<StatusColour, { dot: string; tint: string }>> = {
    green: { dot: '1A7F37', tint: 'E3F2E6' },
    yellow: { dot: 'B58800', tint: 'FFF3CC' },
    red: { dot: 'CF222E', tint: 'FBE1E2' },
    grey: { dot: '6E7781', tint: 'ECEEF1' }
};

/**
 * Runs for text from the model: each line of it a run, separated by line breaks, so a motivation written
 * with `\n` keeps its lines. Word escapes nothing itself: the docx package writes the text as XML text.
 */
export function textRuns(
    text: string,
    options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}
): TextRun[] {
    return textLines(text).map(
        (line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...options })
    );
}

/** `● uppfyllt`, or `● uppfyllt (bedömd)` for an assessed status: the dot in the status colour, the word beside it. */
export function statusRuns(status: Status, assessed = false): TextRun[] {
    const display = statusDisplay(status);
    return [
        new TextRun({ text: '●', color: COLOUR[display.colour].dot }),
        new TextRun({ text: ` ${display.word}${assessed ? ` (${ASSESSED})` : ''}`, bold: true })
    ];
}

export function statusTint(status: Status): string {
    return COLOUR[statusDisplay(status).colour].tint;
}

export function paragraph(children: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
    return new Paragraph({ spacing: { after: 80 }, ...options, children });
}

/** `Label: value` on one line, the label bold. */
export function labelled(label: string, children: ParagraphChild[], keepNext = false): Paragraph {
    return paragraph([new TextRun({ text: `${label}: `, bold: true }), ...children], { keepNext });
}

export interface Cell {
    children: ParagraphChild[];
    /** Background tint (hex), for a status cell. */
    fill?: string;
    bold?: boolean;
    /** Columns this cell spans. */
    span?: number;
    align?: 'left' | 'right';
}

export function cell(text: string | ParagraphChild[], extra: Omit<Cell, 'children'> = {}): Cell {
    return { children: typeof text === 'string' ? textRuns(text, { bold: extra.bold }) : text, ...extra };
}

/**
 * A full-width table: a header row (repeated on each page, shaded) and the body rows. `together` keeps a
 * small table on one page (each row's paragraphs keep with the next row, as Word does it).
 */
export function table(header: string[], rows: Cell[][], widths?: number[], together = false): Table {
    const headerRow = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, i) =>
            tableCell({ children: [new TextRun({ text, bold: true })], fill: 'EEF1F4' }, widths?.[i], together)
        )
    });
    const bodyRows = rows.map(
        (cells, r) =>
            new TableRow({
                cantSplit: true,
                children: cells.map((c, i) => tableCell(c, widths?.[i], together && r < rows.length - 1))
            })
    );
    return new Table({ rows: [headerRow, ...bodyRows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

function tableCell(c: Cell, width: number | undefined, keepNext: boolean): TableCell {
    return new TableCell({
        children: [
            new Paragraph({
                children: c.children,
                alignment: c.align === 'right' ? 'right' : 'left',
                spacing: { after: 0 },
                keepNext
            })
        ],
        shading: c.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: c.fill } : undefined,
        columnSpan: c.span,
        width: width !== undefined ? { size: width, type: WidthType.PERCENTAGE } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 }
    });
}
