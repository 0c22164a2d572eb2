/**
 * The quality notes (READERS.md 3): what the report knows about its own footing, for the committee's
 * appendix *Bilaga: Kvalitetskontroll* at the end of every committee format, in plain Swedish without check
 * codes, identifiers or paths; and the one line on the first page that points there.
 */
import { placeInFile } from '../../data/problem-text.js';
import { comparesWithItselfOnly } from '../../fulfilment/lone-comparison.js';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import type { ModelView, SourceLocation } from '../../model/model-view.js';
import { plainText } from '../../text/plain-text.js';
import { dirname, relativePath } from '../format.js';
import type { RenderInput, ReportWarning } from '../render-input.js';
import { titlesById, withTitles } from './identifiers.js';
import { neverComputableSentence } from './never-computable.js';
import { holdsWarning } from './warning-place.js';
import { firstSentence, joinSwedish } from './words.js';

export const QUALITY_HEADING = 'Bilaga: Kvalitetskontroll';

export interface QualitySection {
    heading: string;
    /** Whole sentences, one item each. */
    items: string[];
}

export interface QualityNotes {
    heading: string;
    intro: string;
    sections: QualitySection[];
    /** How many notes there are: the number the first page gives. */
    count: number;
}

/**
 * A data file as a committee format names it: relative to the model's folder (`data/resultat.csv`); a file
 * outside that folder by its name alone, never with `../` or an absolute path.
 */
function fileName(path: string, base: string): string {
    const relative = relativePath(path, base);
    return /^(\.\.[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(relative) ? (relative.split(/[\\/]/).pop() ?? relative) : relative;
}

/** The years with a value for some measure, ascending. */
function dataYears(input: RenderInput): number[] {
    return input.results.filter(r => r.measures.some(m => m.value !== null)).map(r => r.year);
}

/** `2015–2024`, or `2019` for one year. */
function yearSpan(years: readonly number[]): string {
    const first = years[0]!;
    const last = years[years.length - 1]!;
    return first === last ? String(first) : `${first}–${last}`;
}

/**
 * One sentence when the year shown is one the data does not cover at all: no measure has a value for it, while
 * other years have values ("Data finns för 2015–2024; 2030 saknas för alla mått"). Undefined otherwise.
 */
export function yearOutsideData(input: RenderInput, year = input.year): string | undefined {
    const shown = input.results.find(r => r.year === year);
    if (shown === undefined || shown.measures.length === 0 || shown.measures.some(m => m.value !== null)) {
        return undefined;
    }
    const years = dataYears(input);
    return years.length === 0 ? undefined : `Data finns för ${yearSpan(years)}; ${year} saknas för alla mått.`;
}

/**
 * One sentence for the measures whose comparison with the others found only the municipality itself in the
 * year shown (the check's warning quotes the model's base, `rang i Grannar`, which a reader never sees).
 */
function loneComparisons(input: RenderInput): string | undefined {
    const shown = input.results.find(r => r.year === input.year);
    const measures = (shown?.measures ?? []).filter(m => m.bases.some(comparesWithItselfOnly)).map(m => `”${m.title}”`);
    if (measures.length === 0) {
        return undefined;
    }
    const why = `datan för ${input.year} har värden för bara en kommun, så jämförelsen säger inget`;
    return measures.length === 1
        ? `Måttet ${measures[0]} jämförs med andra kommuner, men ${why}.`
        : `${measures.length} mått jämförs med andra kommuner, men ${why}: ${joinSwedish(measures)}.`;
}

const NO_VALUE = /^Måttet (\S+) har inget värde för (\d{4})\b/;
const NOT_FOLLOWED = /^Inget följer upp fullmäktigemålet (\S+):/;

/**
 * A check's or data file's message as the committee reads it: ids as titles, the model's quotes as text, paths
 * as a file's name, parentheses naming series, municipalities or addresses left out; never its code or place.
 */
function plainMessage(message: string, titles: ReadonlyMap<string, string>): string {
    return withTitles(plainText(message), titles)
        .replace(/\s*\((?:nyckeltal|kommun) [^)]*\)/g, '')
        .replace(/\s*\([^)]*\/[^)]*\)/g, '')
        .replace(/(?:[A-Za-z]:)?(?:[\\/][^\s\\/”"]+)+[\\/]([^\s\\/”"]+)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}

/** The goal or measure whose text holds the warning's line (the innermost), as the appendix names it. */
function subjectAt(view: ModelView, warning: ReportWarning): { noun: string; title: string } | undefined {
    const holds = (where: SourceLocation) => holdsWarning(where, warning);
    for (const goal of view.goals) {
        if (!holds(goal.location)) continue;
        const measure = goal.measures.find(m => holds(m.location));
        return measure ? { noun: 'måttet', title: measure.title } : { noun: 'målet', title: goal.title };
    }
    return undefined;
}

/**
 * The finding of a warning, its first sentence: what follows is advice for the planner, in the model's words.
 * A sentence that does not name the goal or measure it is about gets its name after it, in parentheses.
 */
function warningSentence(warning: ReportWarning, titles: ReadonlyMap<string, string>, view: ModelView): string {
    const plain =
        warning.code === DiagnosticCodes.baseNeverComputable ? neverComputableSentence(view, warning) : undefined;
    if (plain !== undefined) {
        return plain;
    }
    const sentence = firstSentence(plainMessage(warning.message, titles));
    const subject = subjectAt(view, warning);
    if (subject === undefined || sentence.includes(`”${subject.title}”`)) {
        return sentence;
    }
    return sentence.replace(/([.!?]?)$/, (end: string) => ` (${subject.noun} ”${subject.title}”)${end || '.'}`);
}

function title(titles: ReadonlyMap<string, string>, id: string): string {
    return `”${titles.get(id) ?? id}”`;
}

export function qualityNotes(input: RenderInput): QualityNotes {
    const titles = titlesById(input.view);
    const base = dirname(input.view.files[0] ?? input.view.location.file);
    const sections: QualitySection[] = [];
    const gaps = input.dataGaps ?? [];
    if (gaps.length > 0) {
        sections.push({
            heading: 'Data som inte kunde läsas',
            items: gaps.map(gap => {
                const measures = gap.measures.map(m => `”${m.title}”`);
                const lacking =
                    measures.length > 0
                        ? ` Därför saknar ${joinSwedish(measures)} värde för ${input.year}.`
                        : ` Inget mått saknar värde för ${input.year} därför.`;
                const why = firstSentence(plainMessage(gap.problem.message, titles)).replace(/[.\s]+$/, '');
                const place = placeInFile(gap.problem);
                return `Datafilen ${fileName(gap.file, base)} kunde inte läsas${place ? ` (${place})` : ''}: ${why}.${lacking}`;
            })
        });
    }
    const warnings = input.warnings ?? [];
    const outside = yearOutsideData(input);
    const missing = warnings.filter(w => NO_VALUE.test(w.message));
    const notFollowed = warnings.filter(w => NOT_FOLLOWED.test(w.message));
    const rest = warnings.filter(
        w => !missing.includes(w) && !notFollowed.includes(w) && w.code !== DiagnosticCodes.singleMunicipalityData
    );
    const items: string[] = [];
    if (outside !== undefined && missing.length > 0) {
        items.push(outside);
    } else if (missing.length > 0) {
        const byYear = new Map<string, string[]>();
        for (const warning of missing) {
            const [, id, year] = NO_VALUE.exec(warning.message)!;
            byYear.set(year!, [...(byYear.get(year!) ?? []), title(titles, id!)]);
        }
        for (const [year, measures] of byYear) {
            items.push(
                measures.length === 1
                    ? `Måttet ${measures[0]} har inget värde för ${year} och visas som saknas.`
                    : `${measures.length} mått har inget värde för ${year} och visas som saknas: ${joinSwedish(measures)}.`
            );
        }
    }
    if (notFollowed.length > 0) {
        const goals = notFollowed.map(w => title(titles, NOT_FOLLOWED.exec(w.message)![1]!));
        items.push(
            goals.length === 1
                ? `Fullmäktigemålet ${goals[0]} följs inte upp av något mått eller nämndmål.`
                : `${goals.length} av fullmäktiges mål följs inte upp av något mått eller nämndmål: ${joinSwedish(goals)}.`
        );
    }
    const lone = loneComparisons(input);
    if (lone !== undefined) {
        items.push(lone);
    }
    items.push(...new Set(rest.map(w => warningSentence(w, titles, input.view))));
    if (items.length > 0) {
        sections.push({ heading: 'Anmärkningar om modellen', items });
    }
    const count = sections.reduce((sum, s) => sum + s.items.length, 0);
    return {
        heading: QUALITY_HEADING,
        intro: `Kontrollen av modellen och underlaget för ${input.year}. Anmärkningarna ändrar inga siffror i rapporten; de säger vad siffrorna vilar på.`,
        sections,
        count
    };
}

/** `3 anmärkningar om underlaget, se bilagan.`; undefined when there are none. */
export function qualityLine(notes: QualityNotes): string | undefined {
    if (notes.count === 0) {
        return undefined;
    }
    return `${notes.count} ${notes.count === 1 ? 'anmärkning' : 'anmärkningar'} om underlaget, se bilagan.`;
}
