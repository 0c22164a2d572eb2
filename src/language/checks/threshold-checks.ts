import type { ValidationAcceptor } from 'langium';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { formatModelNumber } from '../../model/model-number.js';
import { numberFits } from '../../model/number-fits.js';
import { isValidYear } from '../../model/valid-year.js';
import { nameOf } from '../display-name.js';
import type { Comparison, Measure, SeriesBlock, ThresholdStatement, WeightStatement } from '../generated/ast.js';
import { fractionAsPercent } from '../swedish-number.js';
import { reportRepeatedStatements } from './repeated-statements.js';
import { notAYearText } from './year-text.js';

type Family = 'at-least' | 'at-most' | 'equal';

function family(operator: string): Family {
    return operator.startsWith('>') ? 'at-least' : operator.startsWith('<') ? 'at-most' : 'equal';
}

/** Rank and quartile count 1 as best whatever the direction, so smaller is better for them. */
function smallerIsBetter(comparison: Comparison, direction: string | undefined): boolean {
    const kind = comparison.base.$type;
    if (kind === 'RankBase' || kind === 'QuartileBase') return true;
    return direction === 'lägre';
}

function baseKey(comparison: Comparison): string {
    const base = comparison.base as {
        $type: string;
        group?: { $refText: string };
        national?: boolean;
        mean?: boolean;
        target?: boolean;
    };
    return `${base.$type}:${base.group?.$refText ?? ''}:${base.national ?? ''}:${base.mean ?? ''}:${base.target ?? ''}`;
}

function directionOf(measure: Measure): string | undefined {
    const statement = measure.statements.find(s => s.$type === 'DirectionStatement');
    return statement?.$type === 'DirectionStatement' ? statement.direction : undefined;
}

function thresholds(measure: Measure): ThresholdStatement[] {
    return measure.statements.filter((s): s is ThresholdStatement => s.$type === 'ThresholdStatement');
}

/** The comparisons of a threshold that the parser read completely; a half-typed one has no base, operator or number. */
function completeParts(threshold: ThresholdStatement): Comparison[] {
    return (threshold.condition?.parts ?? []).filter(
        p => p.base !== undefined && p.operator !== undefined && typeof p.value === 'number'
    );
}

/** The line of a level that applies in a year (LANGUAGE.md section 7; the engine's rule, on the syntax tree). */
function applicableLine(
    lines: ThresholdStatement[],
    level: 'hel' | 'halv',
    year: number
): ThresholdStatement | undefined {
    const own = lines.filter(t => t.level === level);
    const dated = own.filter(t => typeof t.from === 'number' && t.from <= year).sort((a, b) => b.from! - a.from!)[0];
    return dated ?? own.find(t => typeof t.from !== 'number');
}

function isPercentUnit(measure: Measure): boolean {
    return measure.statements.some(s => s.$type === 'UnitStatement' && (s.unit ?? '').includes('%'));
}

export class ThresholdChecks {
    /** Each measure statement but `utfall`, `riket`, `medel`, `hel` and `halv` appears once; `hel` and `halv` once each. */
    checkMeasureStatements = (measure: Measure, accept: ValidationAcceptor): void => {
        reportRepeatedStatements(
            measure.statements,
            [
                'KpiStatement',
                'UnitStatement',
                'DirectionStatement',
                'GenderStatement',
                'WeightStatement',
                'Description'
            ],
            accept
        );
        // Several `hel` (or `halv`) lines are a plan over the years (section 7), told apart by `från`.
        const seen = new Set<string>();
        for (const line of thresholds(measure)) {
            const key = `${line.level}:${line.from ?? ''}`;
            if (seen.has(key)) {
                const message =
                    line.from === undefined
                        ? `\`${line.level} när\` utan \`från\` står redan en gång i måttet. Slå ihop villkoren med \`och\`, ta bort den ena raden eller skriv \`från ÅR\` på raden som börjar gälla senare.`
                        : `\`${line.level} när … från ${line.from}\` står redan en gång i måttet. Ta bort den ena raden eller ändra året på den.`;
                accept('error', message, { node: line, code: DiagnosticCodes.duplicateThresholdYear });
            }
            seen.add(key);
        }
        const kinds = new Set<string>();
        for (const block of measure.statements.filter((s): s is SeriesBlock => s.$type === 'SeriesBlock')) {
            if (kinds.has(block.kind)) {
                accept('error', `\`${block.kind}\` står redan en gång i måttet. Samla alla år i ett block.`, {
                    node: block,
                    code: DiagnosticCodes.duplicateStatement
                });
            }
            kinds.add(block.kind);
        }
    };

    /** `halv` must be easier to reach than `hel`; otherwise it can never decide. */
    checkHalfNotStricter = (measure: Measure, accept: ValidationAcceptor): void => {
        // With `från` lines, `hel` and `halv` are compared in every year where the pair that applies changes.
        const lines = thresholds(measure);
        const years = [-Infinity, ...lines.map(t => t.from).filter((y): y is number => typeof y === 'number')];
        const reported = new Set<Comparison>();
        for (const year of years) {
            const full = applicableLine(lines, 'hel', year);
            const half = applicableLine(lines, 'halv', year);
            if (full && half) this.compareHalfWithFull(full, half, reported, accept);
        }
    };

    private compareHalfWithFull(
        full: ThresholdStatement,
        half: ThresholdStatement,
        reported: Set<Comparison>,
        accept: ValidationAcceptor
    ): void {
        for (const h of completeParts(half)) {
            if (reported.has(h)) continue;
            const f = completeParts(full).find(
                p =>
                    baseKey(p) === baseKey(h) &&
                    family(p.operator) === family(h.operator) &&
                    family(h.operator) !== 'equal'
            );
            if (!f) continue;
            const stricter = family(h.operator) === 'at-least' ? h.value > f.value : h.value < f.value;
            if (stricter) {
                reported.add(h);
                accept(
                    'error',
                    `Gränsen för halv uppfyllelse (${formatModelNumber(h.value)}) är strängare än för hel (${formatModelNumber(f.value)}). Byt plats på värdena i \`hel\` och \`halv\`.`,
                    { node: h, property: 'value', code: DiagnosticCodes.halfStricterThanFull }
                );
            }
        }
    }

    /** A comparison points the same way as the measure's direction (`högre är bättre` wants `>=`). */
    checkAgainstDirection = (measure: Measure, accept: ValidationAcceptor): void => {
        const direction = directionOf(measure);
        for (const threshold of thresholds(measure)) {
            for (const part of completeParts(threshold)) {
                const kind = part.base.$type;
                if (family(part.operator) === 'equal') continue;
                if (!direction && kind !== 'RankBase' && kind !== 'QuartileBase') continue;
                const wantsAtMost = smallerIsBetter(part, direction);
                if (wantsAtMost !== (family(part.operator) === 'at-most')) {
                    const why =
                        kind === 'RankBase' || kind === 'QuartileBase'
                            ? 'Rang och kvartil räknas från 1 = bäst, så målet bör skrivas med `<=`.'
                            : `Måttet har \`${direction} är bättre\`, så målet bör skrivas med \`${wantsAtMost ? '<=' : '>='}\`.`;
                    accept('warning', `Villkoret går mot måttets riktning. ${why}`, {
                        node: part,
                        property: 'operator',
                        code: DiagnosticCodes.thresholdAgainstDirection
                    });
                }
            }
        }
    };

    /** With `enhet "%"`, a value such as 0,9 is almost always meant as 90. */
    checkPercentageAsFraction = (measure: Measure, accept: ValidationAcceptor): void => {
        if (!isPercentUnit(measure)) return;
        for (const threshold of thresholds(measure)) {
            for (const part of completeParts(threshold)) {
                if (part.base.$type === 'ValueBase' && part.value > 0 && part.value < 1) {
                    const percent = formatModelNumber(fractionAsPercent(part.value));
                    accept(
                        'warning',
                        `Enheten är procent, men gränsen ${formatModelNumber(part.value)} ser ut som en andel. Skriv ${percent} för ${percent} %.`,
                        { node: part, property: 'value', code: DiagnosticCodes.percentageAsFraction }
                    );
                }
            }
        }
    };

    /** Rank and quartile need a direction to know which end is best; every threshold should have one. */
    checkDirectionGiven = (measure: Measure, accept: ValidationAcceptor): void => {
        if (directionOf(measure) || thresholds(measure).length === 0) return;
        const parts = thresholds(measure).flatMap(completeParts);
        const ranked = parts.find(p => p.base.$type === 'RankBase' || p.base.$type === 'QuartileBase');
        const other = parts[0];
        if (ranked) {
            accept(
                'error',
                `Måttet ${nameOf(measure)} rangordnas men saknar riktning. Skriv \`högre är bättre\` eller \`lägre är bättre\`.`,
                { node: measure, property: 'name', code: DiagnosticCodes.missingDirection }
            );
        } else if (other) {
            accept(
                'warning',
                `Måttet ${nameOf(measure)} har gränsvärden men ingen riktning. Skriv \`högre är bättre\` eller \`lägre är bättre\`.`,
                { node: measure, property: 'name', code: DiagnosticCodes.missingDirection }
            );
        }
    };

    /** A threshold needs values: a `nyckeltal` or an `utfall` block. */
    checkThresholdHasSource = (measure: Measure, accept: ValidationAcceptor): void => {
        if (thresholds(measure).length === 0) return;
        const hasSource = measure.statements.some(
            s => s.$type === 'KpiStatement' || (s.$type === 'SeriesBlock' && s.kind === 'utfall')
        );
        if (!hasSource) {
            accept(
                'warning',
                `Måttet ${nameOf(measure)} har gränsvärden men ingen datakälla. Ange \`nyckeltal\` eller skriv värdena i ett \`utfall\`-block.`,
                { node: measure, property: 'name', code: DiagnosticCodes.thresholdWithoutData }
            );
        }
    };

    /** `skillnad mot målvärde` needs a `målvärde` block; a `målvärde` block is there to be compared against. */
    checkTargetUse = (measure: Measure, accept: ValidationAcceptor): void => {
        const block = measure.statements.find(
            (s): s is SeriesBlock => s.$type === 'SeriesBlock' && s.kind === 'målvärde'
        );
        const uses = thresholds(measure)
            .flatMap(completeParts)
            .filter(p => p.base.$type === 'DifferenceBase' && p.base.target);
        if (!block) {
            for (const part of uses) {
                accept(
                    'error',
                    `Måttet ${nameOf(measure)} har inget \`målvärde\`, så \`skillnad mot målvärde\` kan aldrig avgöras. Lägg till målvärdena per år: \`målvärde { 2025 80 }\`.`,
                    { node: part, property: 'base', code: DiagnosticCodes.targetBaseWithoutTarget }
                );
            }
        } else if (uses.length === 0) {
            accept(
                'warning',
                `Inget gränsvärde i måttet ${nameOf(measure)} använder \`målvärde\`. Jämför med det, till exempel \`hel när skillnad mot målvärde >= 0\`, eller ta bort blocket.`,
                { node: block, property: 'kind', code: DiagnosticCodes.unusedTarget }
            );
        }
    };

    /** `från ÅR` names a whole year, like `år`. */
    checkThresholdYear = (threshold: ThresholdStatement, accept: ValidationAcceptor): void => {
        if (typeof threshold.from === 'number' && numberFits(threshold.from) && !isValidYear(threshold.from)) {
            accept(
                'error',
                notAYearText(
                    threshold.from,
                    'Skriv året som gränsvärdet gäller från med fyra siffror, till exempel `från 2027`.'
                ),
                { node: threshold, property: 'from', code: DiagnosticCodes.invalidYear }
            );
        }
    };

    /** A weight is a positive number. */
    checkWeight = (statement: WeightStatement, accept: ValidationAcceptor): void => {
        if (!(statement.value > 0)) {
            accept('error', 'Vikten ska vara ett positivt tal, till exempel 2.', {
                node: statement,
                property: 'value',
                code: DiagnosticCodes.invalidWeight
            });
        }
    };

    /** Each year of an `utfall`, `riket` or `medel` block is a whole year, given once. */
    checkSeries = (block: SeriesBlock, accept: ValidationAcceptor): void => {
        const years = new Set<number>();
        for (const point of block.points) {
            if (!numberFits(point.year)) {
                // number-too-large says it on this line; "Infinity är inget årtal" would only repeat it badly.
            } else if (!isValidYear(point.year)) {
                accept('error', notAYearText(point.year, 'Skriv året först och sedan värdet: `2019 87,5`.'), {
                    node: point,
                    property: 'year',
                    code: DiagnosticCodes.invalidSeries
                });
            } else if (years.has(point.year)) {
                accept('error', `Året ${point.year} står redan i blocket. Ta bort den ena raden.`, {
                    node: point,
                    property: 'year',
                    code: DiagnosticCodes.invalidSeries
                });
            }
            years.add(point.year);
        }
    };

    /** A quartile lies between 1 and 4. */
    checkQuartileRange = (comparison: Comparison, accept: ValidationAcceptor): void => {
        if (
            comparison.base?.$type === 'QuartileBase' &&
            typeof comparison.value === 'number' &&
            !(comparison.value >= 1 && comparison.value <= 4)
        ) {
            accept('warning', 'Kvartil är 1 (bäst) till 4. Skriv ett tal från 1 till 4.', {
                node: comparison,
                property: 'value',
                code: DiagnosticCodes.invalidQuartile
            });
        }
    };
}
