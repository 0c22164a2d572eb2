/**
 * What the Word report shows of a measure besides its words: the trend chart as an image with alternative text
 * (READERS.md 5), and how the municipality stands among the others as sentences and a short table (section 4).
 */
import { type FileChild, ImageRun, Paragraph, TextRun } from 'docx';
import { groupTitles } from '../reader-text/index.js';
import { standingSentences, standingSummaryRows, standingText } from '../reader-text/standing.js';
import type { MeasureNode, ReportTree } from '../report-model.js';
import { trendChartLabel, trendChartSvg } from '../trend-chart.js';
import type { Rasterise } from './chart-image.js';
import { cell, paragraph, table, textRuns } from './parts.js';

/** The chart's width in the document, in CSS pixels (96 to the inch): within the page's text width. */
const CHART_WIDTH = 560;
/** Pixels per CSS pixel of the PNG, so it stays sharp in print. */
const CHART_SCALE = 2;

/** The measure's trend chart as an inline image, or nothing when no year has a value or nothing can draw it. */
export function trendChartImage(tree: ReportTree, node: MeasureNode, rasterise: Rasterise | undefined): FileChild[] {
    const years = tree.measureSeries(node.view);
    const groupTitle = groupTitles(tree.input.view);
    const svg = trendChartSvg(node.view, years, tree.year, CHART_WIDTH, groupTitle);
    if (!svg || !rasterise) {
        return [];
    }
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const image = new ImageRun({
        type: 'png',
        data: rasterise(svg, CHART_SCALE),
        transformation: { width: CHART_WIDTH, height },
        altText: {
            name: `Diagram: ${node.view.title}`,
            title: `${node.view.title} år för år`,
            description: trendChartLabel(node.view, years, groupTitle)
        }
    });
    return [new Paragraph({ children: [image], keepNext: false, spacing: { before: 60, after: 120 } })];
}

/** How we stand among the others: the sentences, then the own municipality, the group, Riket and the extremes. */
export function standingParagraphs(node: MeasureNode): FileChild[] {
    const standing = node.result.standing;
    if (!standing) {
        return [];
    }
    const unit = node.view.unit;
    const out: FileChild[] = [
        paragraph([new TextRun({ text: `Jämförelse med andra kommuner ${standing.year}:`, bold: true })], {
            spacing: { after: 0 },
            keepNext: true
        }),
        ...standingSentences(standingText(standing, unit)).map(sentence =>
            paragraph(textRuns(sentence), { indent: { left: 360 }, spacing: { after: 0 }, keepNext: true })
        )
    ];
    const rows = standingSummaryRows(standing, unit);
    const hasPlace = rows.some(row => row.place !== undefined);
    out.push(
        paragraph([], { spacing: { after: 40 }, keepNext: true }),
        table(
            ['Kommun', 'Värde', ...(hasPlace ? ['Plats'] : [])],
            rows.map(row => [
                cell(row.label, { bold: row.own }),
                cell(row.value, { align: 'right', bold: row.own }),
                ...(hasPlace ? [cell(row.place ?? '–', { align: 'right', bold: row.own })] : [])
            ]),
            hasPlace ? [60, 20, 20] : [70, 30],
            true
        ),
        paragraph([], { spacing: { after: 60 } })
    );
    return out;
}
