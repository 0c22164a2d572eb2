/**
 * The follow-up report as a Word document (`styrmodell report --format docx --out F`), for a nämnd's
 * secretary to put in the committee's papers: real headings (Word's navigation pane shows the goal chain),
 * real tables, every colour with its word, first a summary per inriktning and KF goal, then each goal with
 * its measures. Built from the same report tree and facts as the Markdown and HTML reports.
 */
import {
    AlignmentType,
    BorderStyle,
    Document,
    type FileChild,
    Footer,
    Header,
    HeadingLevel,
    Packer,
    PageNumber,
    Paragraph,
    type ParagraphChild,
    TabStopType,
    TextRun
} from 'docx';
import type { GoalStatus, MeasureStatus, Status } from '../../fulfilment/result.js';
import { GOAL_STATUSES, MEASURE_STATUSES } from '../../fulfilment/status.js';
import {
    ASSESSED,
    type FollowUpFacts,
    followUpContext,
    goalFollowUp,
    hasFollowUp,
    measureFollowUp,
    reportHeading
} from '../follow-up.js';
import { coverageText, dirname, formatPercent } from '../format.js';
import { goalProgrammes, measureFacts, NO_THRESHOLDS } from '../measure-facts.js';
import { measureValueText } from '../measure-text.js';
import {
    comparisonLines,
    firstPage,
    LEGEND_NOTE,
    legendRows,
    municipalityText,
    qualityNotes,
    statusCause,
    statusReason,
    TREND_NOTE,
    type TrendMark,
    thresholdLine
} from '../reader-text/index.js';
import type { RenderInput } from '../render-input.js';
import { buildReportTree, type GoalNode, type MeasureNode, type ReportTree, statusCounts } from '../report-model.js';
import { withXmlText } from '../xml-text.js';
import { loadRasteriser, NO_RASTERISER, type Rasterise } from './chart-image.js';
import { addCoreLanguage } from './core-language.js';
import { standingParagraphs, trendChartImage } from './measure-visuals.js';
import { type Cell, cell, labelled, paragraph, statusRuns, statusTint, table, textRuns } from './parts.js';

export interface DocxOptions {
    /** Show this year instead of `input.year`. */
    year?: number;
    /** Only the goals of this nämnd or förvaltning. */
    owner?: string;
    /** Paths are shown relative to this directory (the CLI passes the current folder); default the model's folder. */
    baseDir?: string;
}

const HEADINGS = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
    HeadingLevel.HEADING_6
];

function heading(text: string, level: number, pageBreakBefore = false): Paragraph {
    return new Paragraph({
        heading: HEADINGS[Math.min(level, HEADINGS.length) - 1],
        keepNext: true,
        pageBreakBefore,
        children: textRuns(text)
    });
}

/** The document as bytes of a .docx file. */
export async function renderDocxReport(input: RenderInput, options: DocxOptions = {}): Promise<Uint8Array> {
    const rasterise = await loadRasteriser();
    // Every text of the model reaches the XML through the docx library: cleaned once, at the entry.
    const document = addCoreLanguage(docxDocument(withXmlText(input), options, rasterise), 'sv-SE');
    return new Uint8Array(await Packer.toBuffer(document));
}

function docxDocument(input: RenderInput, options: DocxOptions, rasterise: Rasterise | undefined): Document {
    const tree = buildReportTree(input, options);
    const base = options.baseDir ?? dirname(input.view.files[0] ?? input.view.location.file);
    const children: FileChild[] = [];
    const title = tree ? `${reportHeading(tree.result)}: ${input.view.title}` : `Uppföljning: ${input.view.title}`;
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) }));
    if (!tree) {
        children.push(
            paragraph(textRuns('Det finns inga resultat att visa: modellen anger inget år och data saknas.'))
        );
    } else {
        children.push(...front(tree), ...summary(tree));
        tree.areas.forEach((area, index) => {
            // The summary has page 1 to itself; the goals follow.
            children.push(heading(area.view ? `Inriktning: ${area.title}` : area.title, 1, index === 0));
            if (area.view?.description) {
                children.push(paragraph(textRuns(area.view.description, { italics: true })));
            }
            if (area.goals.length === 0) {
                children.push(paragraph(textRuns('Inga fullmäktigemål har denna inriktning.')));
            }
            for (const goal of area.goals) {
                children.push(...goalSection(tree, goal, 2, base, rasterise));
            }
        });
        if (tree.unattached.length > 0) {
            children.push(heading('Nämndmål som inte bidrar till något fullmäktigemål', 1, tree.areas.length === 0));
            for (const goal of tree.unattached) {
                children.push(...goalSection(tree, goal, 2, base, rasterise));
            }
        }
        if (!rasterise) {
            children.push(paragraph(textRuns(NO_RASTERISER, { italics: true })));
        }
        children.push(...legend(tree), ...qualityAppendix(input));
    }
    const municipality = municipalityText(input.view.municipality, input.municipalityName);
    const header = municipality ?? input.view.title;
    return new Document({
        // Word's Author is the municipality that publishes the report (READERS.md 6), not the tool.
        creator: municipality ?? input.view.title,
        lastModifiedBy: municipality ?? input.view.title,
        title,
        subject: `Uppföljning av styrmodellen ${input.view.title}`,
        keywords: 'uppföljning, styrmodell, måluppfyllelse',
        description: `Uppföljning av styrmodellen ${input.view.title}`,
        styles: {
            default: {
                document: {
                    run: { font: 'Arial', size: 20, language: { value: 'sv-SE' } },
                    paragraph: { spacing: { after: 80 } }
                },
                title: {
                    run: { font: 'Arial', size: 40, bold: true, color: '1F2328' },
                    paragraph: { spacing: { after: 160 } }
                },
                heading1: {
                    run: { font: 'Arial', size: 30, bold: true, color: '1F2328' },
                    paragraph: { spacing: { before: 360, after: 120 } }
                },
                heading2: {
                    run: { font: 'Arial', size: 26, bold: true, color: '1F2328' },
                    paragraph: { spacing: { before: 280, after: 100 } }
                },
                heading3: {
                    run: { font: 'Arial', size: 23, bold: true, color: '1F2328' },
                    paragraph: { spacing: { before: 240, after: 80 } }
                },
                heading4: {
                    run: { font: 'Arial', size: 21, bold: true, color: '1F2328' },
                    paragraph: { spacing: { before: 200, after: 60 } }
                },
                heading5: {
                    run: { font: 'Arial', size: 20, bold: true, italics: true, color: '1F2328' },
                    paragraph: { spacing: { before: 160, after: 60 } }
                }
            }
        },
        sections: [
            {
                properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
                headers: {
                    default: new Header({
                        children: [
                            new Paragraph({
                                alignment: AlignmentType.RIGHT,
                                children: [new TextRun({ text: header, size: 16, color: '59636E' })]
                            })
                        ]
                    })
                },
                footers: {
                    default: new Footer({
                        children: [
                            new Paragraph({
                                alignment: AlignmentType.RIGHT,
                                children: [
                                    new TextRun({
                                        children: [
                                            `${title} · sida `,
                                            PageNumber.CURRENT,
                                            ' av ',
                                            PageNumber.TOTAL_PAGES
                                        ],
                                        size: 16,
                                        color: '59636E'
                                    })
                                ]
                            })
                        ]
                    })
                },
                children
            }
        ]
    });
}

function front(tree: ReportTree): Paragraph[] {
    const { view, input } = tree;
    const out = [
        labelled(
            'Kommun',
            textRuns(municipalityText(view.municipality, input.municipalityName) ?? 'anges inte i modellen')
        ),
        labelled('Uppföljningsår', textRuns(String(tree.year))),
        ...(tree.result.followUp ? [labelled('Uppföljning', textRuns(tree.result.followUp.title))] : [])
    ];
    if (tree.owner !== undefined) {
        const owner = tree.owners.find(o => o.id === tree.owner);
        // Stryker disable next-line OptionalChaining: the tree keeps an owner only when the model names it
        out.push(labelled('Urval', textRuns(`mål som ${owner?.title ?? tree.owner} ansvarar för`)));
    }
    return out;
}

function goalFigures(
    status: Status,
    fulfilment: number | null,
    withValue: number,
    total: number,
    assessed = false
): ParagraphChild[] {
    const parts = [
        fulfilment === null ? undefined : `${formatPercent(fulfilment)} uppfyllelse`,
        coverageText(withValue, total)
    ].filter((p): p is string => p !== undefined);
    return [...statusRuns(status, assessed), new TextRun(` · ${parts.join(' · ')}`)];
}

function countRuns(statuses: readonly Status[], record: Record<string, number>): ParagraphChild[] {
    const shown = statuses.filter(s => (record[s] ?? 0) > 0);
    return shown.flatMap((s, i) => [new TextRun(`${i > 0 ? ', ' : ''}${record[s]} `), ...statusRuns(s)]);
}

function trendRuns(trend: TrendMark | undefined): ParagraphChild[] {
    return trend
        ? [
              new TextRun({ text: trend.symbol, bold: true }),
              new TextRun(` ${trend.text.slice(trend.symbol.length + 1)}`)
          ]
        : [new TextRun('–')];
}

/** Page 1: the opening sentence, each inriktning and KF goal with status, fulfilment and trend, then the notes. */
function summary(tree: ReportTree): FileChild[] {
    const page = firstPage(tree);
    const out: FileChild[] = [
        heading('Sammanfattning', 1),
        paragraph(textRuns(page.opening, { bold: true, size: 22 }))
    ];
    if (page.quality) {
        out.push(paragraph(textRuns(page.quality, { italics: true })));
    }
    if (tree.vision) {
        const { view, result } = tree.vision;
        out.push(
            labelled(
                view.title,
                goalFigures(
                    result.status,
                    result.fulfilment,
                    result.coverage.totalMeasuresWithValue,
                    result.coverage.totalMeasures
                )
            )
        );
    }
    const withTrend = page.previousYear !== undefined;
    const rows: Cell[][] = [];
    for (const area of page.areas) {
        const title = new TextRun({ text: area.title, bold: true });
        if (area.status !== undefined) {
            rows.push([
                cell([title], { fill: 'F6F8FA' }),
                cell(statusRuns(area.status), { fill: statusTint(area.status) }),
                cell(area.fulfilment ?? '–', { align: 'right', bold: true, fill: 'F6F8FA' }),
                ...(withTrend ? [cell(trendRuns(area.trend), { fill: 'F6F8FA' })] : [])
            ]);
        } else {
            const none = area.goals.length === 0 ? [new TextRun(' (inga fullmäktigemål)')] : [];
            rows.push([cell([title, ...none], { span: withTrend ? 4 : 3, fill: 'F6F8FA' })]);
        }
        for (const goal of area.goals) {
            rows.push([
                cell(goal.weight ? `${goal.title} (${goal.weight})` : goal.title),
                cell(statusRuns(goal.status, goal.assessed), { fill: statusTint(goal.status) }),
                cell(goal.fulfilment, { align: 'right' }),
                ...(withTrend ? [cell(trendRuns(goal.trend))] : [])
            ]);
        }
    }
    if (rows.length > 0) {
        out.push(
            withTrend
                ? table(
                      ['Inriktning och fullmäktiges mål', 'Status', 'Uppfyllelse', `Jämfört med ${page.previousYear}`],
                      rows,
                      [46, 20, 14, 20]
                  )
                : table(['Inriktning och fullmäktiges mål', 'Status', 'Uppfyllelse'], rows, [58, 24, 18])
        );
    }
    const goals = page.areas.flatMap(a => a.goals);
    for (const goal of goals) {
        if (goal.motivation) {
            out.push(labelled(`${goal.title} (${ASSESSED})`, textRuns(goal.motivation)));
        }
        if (goal.weights) {
            out.push(labelled(goal.title, textRuns(goal.weights)));
        }
    }
    const counts = statusCounts(tree.result);
    const lines: Array<[string, readonly (GoalStatus | MeasureStatus)[], Record<string, number>]> = [
        ['Fullmäktiges mål', GOAL_STATUSES, counts.kf],
        ['Nämndmål', GOAL_STATUSES, counts.committee],
        ['Mått', MEASURE_STATUSES, counts.measures]
    ];
    out.push(paragraph([], { spacing: { after: 0 } }));
    for (const [label, statuses, record] of lines) {
        const runs = countRuns(statuses, record);
        if (runs.length > 0) {
            out.push(labelled(label, runs));
        }
    }
    return out;
}

/** *Bilaga: Kvalitetskontroll*, on its own page at the end. */
function qualityAppendix(input: RenderInput): FileChild[] {
    const notes = qualityNotes(input);
    if (notes.count === 0) {
        return [];
    }
    return [
        heading(notes.heading, 1, true),
        paragraph(textRuns(notes.intro)),
        ...notes.sections.flatMap(section => [
            heading(section.heading, 2),
            ...section.items.map(item =>
                paragraph([new TextRun('•\t'), ...textRuns(item)], {
                    indent: { left: 360, hanging: 360 },
                    tabStops: [{ type: TabStopType.LEFT, position: 360 }]
                })
            )
        ])
    ];
}

function goalSection(
    tree: ReportTree,
    node: GoalNode,
    level: number,
    base: string,
    rasterise: Rasterise | undefined
): FileChild[] {
    const r = node.result;
    const out: FileChild[] = [
        heading(`${node.view.level === 'fullmäktige' ? 'Fullmäktigemål' : 'Nämndmål'}: ${node.view.title}`, level)
    ];
    out.push(
        labelled(
            'Status',
            goalFigures(
                r.status,
                r.fulfilment,
                r.coverage.totalMeasuresWithValue,
                r.coverage.totalMeasures,
                r.assessment !== undefined
            )
        )
    );
    if (node.owner) {
        out.push(
            labelled(
                'Ansvarig',
                textRuns(
                    node.owner.committee ? `${node.owner.title} (${node.owner.committee.title})` : node.owner.title
                )
            )
        );
    } else if (node.view.municipalityWide) {
        out.push(labelled('Ansvarig', textRuns('kommunövergripande')));
    }
    const programmes = goalProgrammes(tree, node);
    if (programmes.length > 0) {
        out.push(labelled('Program', textRuns(programmes.join(', '))));
    }
    if (node.view.description) {
        out.push(paragraph(textRuns(node.view.description, { italics: true })));
    }
    out.push(...followUpParagraphs(goalFollowUp(r, base, followUpContext(tree, node))));
    for (const measure of node.measures) {
        out.push(...measureSection(tree, measure, level + 1, base, rasterise));
    }
    for (const child of node.children) {
        out.push(...goalSection(tree, child, level + 1, base, rasterise));
    }
    return out;
}

function measureSection(
    tree: ReportTree,
    node: MeasureNode,
    level: number,
    base: string,
    rasterise: Rasterise | undefined
): FileChild[] {
    const { view, result } = node;
    const facts = measureFacts(tree, node, base);
    const out: FileChild[] = [heading(`Mått: ${view.title}`, level)];
    const reason = statusReason({ view: tree.view, measure: view }, result);
    out.push(
        labelled('Status', [
            ...statusRuns(result.status, result.assessment !== undefined),
            new TextRun(` · ${measureValueText(result, view.unit)} · ${reason}`)
        ])
    );
    out.push(
        ...followUpParagraphs(
            measureFollowUp(result, view.unit, base, followUpContext(tree, node)),
            statusCause({ view: tree.view, measure: view }, result)
        )
    );
    const comparisons = comparisonLines(tree.view, result, view.unit);
    if (comparisons.length > 0) {
        out.push(labelled('Jämförelse', textRuns(comparisons.join('; '))));
    }
    if (facts.thresholds.length === 0) {
        out.push(labelled(`Gränsvärden ${tree.year}`, textRuns(NO_THRESHOLDS)));
    } else {
        out.push(
            paragraph([new TextRun({ text: `Gränsvärden ${tree.year}:`, bold: true })], { spacing: { after: 0 } })
        );
        for (const threshold of facts.thresholds) {
            out.push(paragraph(textRuns(thresholdLine(threshold).text), { indent: { left: 360 } }));
        }
    }
    if (facts.target !== undefined) {
        out.push(labelled(`Målvärde ${tree.year}`, textRuns(facts.target)));
    }
    out.push(labelled('Källa', textRuns(facts.source), facts.history.length > 0));
    if (facts.history.length > 0) {
        const years = facts.history.map(h => String(h.year));
        out.push(
            table(
                ['År', ...years],
                [
                    [
                        cell('Värde', { bold: true }),
                        ...facts.history.map(h => cell(h.value, { align: 'right', bold: h.current }))
                    ],
                    ...(facts.history.some(h => h.target !== undefined)
                        ? [
                              [
                                  cell('Målvärde', { bold: true }),
                                  ...facts.history.map(h => cell(h.target ?? '–', { align: 'right' }))
                              ]
                          ]
                        : []),
                    [
                        cell('Status', { bold: true }),
                        ...facts.history.map(h =>
                            cell(statusRuns(h.status, h.assessed), {
                                fill: statusTint(h.status)
                            })
                        )
                    ]
                ],
                undefined,
                true
            )
        );
        out.push(paragraph([], { spacing: { after: 60 } }));
    }
    out.push(...trendChartImage(tree, node, rasterise), ...standingParagraphs(node));
    return out;
}

/** The follow-up, set apart by a rule on its left: assessment (bedömd) and computed result, forecast, analysis, actions. */
function followUpParagraphs(facts: FollowUpFacts, computedCause?: string): Paragraph[] {
    // Stryker disable next-line BlockStatement: without a follow-up every part below is absent and adds nothing
    if (!hasFollowUp(facts)) {
        return [];
    }
    const boxed = {
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '0969DA', space: 8 } },
        indent: { left: 160 }
    };
    const out: Paragraph[] = [];
    if (facts.assessment) {
        const a = facts.assessment;
        out.push(
            paragraph(
                [
                    new TextRun({ text: `${facts.assessmentLabel}: `, bold: true }),
                    ...statusRuns(a.status, true),
                    new TextRun(': '),
                    ...textRuns(a.motivation)
                ],
                boxed
            )
        );
        if (facts.computed) {
            out.push(
                paragraph(
                    [
                        new TextRun({ text: 'Beräknat: ', bold: true }),
                        ...statusRuns(facts.computed.status),
                        new TextRun(`, ${facts.computed.detail}.${computedCause ? ` ${computedCause}` : ''}`)
                    ],
                    boxed
                )
            );
        }
    }
    if (facts.previous) {
        out.push(
            paragraph(
                [
                    new TextRun({ text: `Helåret ${facts.previous.year}: `, bold: true }),
                    ...statusRuns(facts.previous.status)
                ],
                boxed
            )
        );
    }
    if (facts.forecast) {
        out.push(
            paragraph(
                [
                    new TextRun({ text: 'Prognos: ', bold: true }),
                    ...statusRuns(facts.forecast.status),
                    new TextRun(': '),
                    ...textRuns(facts.forecast.motivation)
                ],
                boxed
            )
        );
    }
    for (const [label, texts] of [
        ['Analys', facts.analysis],
        ['Åtgärder', facts.actions]
    ] as const) {
        if (texts.length > 0) {
            out.push(paragraph([new TextRun({ text: `${label}:`, bold: true })], { ...boxed, spacing: { after: 0 } }));
            for (const text of texts) {
                // A bullet drawn as text: Word's list numbering would move the paragraph out of the box.
                out.push(
                    paragraph([new TextRun('•\t'), ...textRuns(text)], {
                        ...boxed,
                        indent: { left: 520, hanging: 360 },
                        tabStops: [{ type: TabStopType.LEFT, position: 520 }]
                    })
                );
            }
        }
    }
    return out;
}

function legend(tree: ReportTree): FileChild[] {
    const rows = legendRows(tree.result.bounds).map((row): Cell[] => [
        cell(
            row.measure.flatMap((s, i) => [...(i > 0 ? [new TextRun(', ')] : []), ...statusRuns(s)]),
            { fill: statusTint(row.measure[0]!) }
        ),
        cell(statusRuns(row.goal), { fill: statusTint(row.goal) }),
        cell(row.meaning)
    ]);
    return [
        heading('Teckenförklaring', 1),
        table(['Mått', 'Mål och vision', 'Betydelse'], rows, [22, 22, 56]),
        paragraph(textRuns(`${LEGEND_NOTE} ${TREND_NOTE}`), { spacing: { before: 120 } })
    ];
}
