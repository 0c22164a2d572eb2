import { AstUtils, type ValidationAcceptor } from 'langium';
import {
    ASSESSED_GOAL_STATUSES,
    ASSESSED_MEASURE_STATUSES,
    oppositeStep,
    statusWord
} from '../../fulfilment/status.js';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { dateWords, daysInMonth, isValidDate, MONTH_NAMES, monthNumber, sameDate } from '../../model/follow-up-date.js';
import { measureKey } from '../../model/measure-key.js';
import { formatModelNumber } from '../../model/model-number.js';
import type { JudgedStatus } from '../../model/model-view.js';
import { numberFits } from '../../model/number-fits.js';
import { isValidYear } from '../../model/valid-year.js';
import { isBlankText } from '../../text/blank.js';
import { closestName } from '../../text/closest-name.js';
import type { ModelAnalysis } from '../analysis/model-analysis.js';
import type { FollowUp, FollowUpEntry, Forecast, Judgement } from '../generated/ast.js';
import { isFollowUp } from '../generated/ast.js';
import { modelElementsOf, where } from '../model-elements.js';
import type { ModelMembership } from '../model-membership.js';
import { followUpDateOf, judgedStatus } from '../model-view/follow-ups.js';
import { notAYearText } from './year-text.js';

/** What the entry names, as written: `GodService` or `GodService.DirektSvar`. */
function entryName(entry: FollowUpEntry): string {
    const goal = entry.goal?.$refText ?? '';
    return entry.$type === 'MeasureFollowUp' ? `${goal}.${entry.measure?.$refText ?? ''}` : goal;
}

/** The yearly follow-up (LANGUAGE.md section 8). */
export class FollowUpChecks {
    constructor(
        private readonly membership: ModelMembership,
        private readonly analysis: ModelAnalysis
    ) {}

    /**
     * At most one final `uppföljning` a year and one interim follow-up per year and date (LANGUAGE.md section 9),
     * across the model's files; the later ones are reported.
     */
    checkOnePerYear = (followUp: FollowUp, accept: ValidationAcceptor): void => {
        if (!Number.isInteger(followUp.year)) return;
        const model = modelElementsOf(followUp, this.membership);
        const per = followUpDateOf(followUp);
        const earlier = model.elements
            .filter(isFollowUp)
            .find(other => other.year === followUp.year && sameDate(followUpDateOf(other), per));
        if (earlier && earlier !== followUp) {
            const message = per
                ? `Året ${followUp.year} har redan en delårsuppföljning per ${dateWords(per)} (${where(earlier)}). En modell har en delårsuppföljning per datum: flytta texten dit och ta bort den här.`
                : `Året ${followUp.year} följs redan upp (${where(earlier)}). En modell har en uppföljning per år för helåret (och delårsuppföljningar med \`per 31 augusti\`): flytta texten dit och ta bort den här.`;
            accept('error', message, {
                node: followUp,
                property: 'year',
                code: DiagnosticCodes.duplicateFollowUpYear
            });
        }
    };

    /** `per DAG MÅNAD`: a Swedish month name in lower case and a day that month has in the year. */
    checkDate = (followUp: FollowUp, accept: ValidationAcceptor): void => {
        if (followUp.month === undefined || followUp.day === undefined) return;
        const month = monthNumber(followUp.month);
        if (month === undefined) {
            const lower = monthNumber(followUp.month.toLowerCase());
            const near = closestName(followUp.month, MONTH_NAMES);
            const hint =
                lower !== undefined
                    ? `Skriv månaden med små bokstäver: \`${MONTH_NAMES[lower - 1]}\`.`
                    : near !== undefined
                      ? `Menade du \`${near}\`?`
                      : `Skriv en månad på svenska med små bokstäver, till exempel \`per 31 augusti\` (${MONTH_NAMES.join(', ')}).`;
            accept('error', `${followUp.month} är ingen månad. ${hint}`, {
                node: followUp,
                property: 'month',
                code: DiagnosticCodes.invalidFollowUpDate
            });
            return;
        }
        const year = Number.isInteger(followUp.year) ? followUp.year : 2001;
        if (!isValidDate(year, { day: followUp.day, month })) {
            accept(
                'error',
                Number.isInteger(followUp.day)
                    ? `${followUp.day} ${followUp.month} finns inte${Number.isInteger(followUp.year) ? ` ${followUp.year}` : ''}: ${followUp.month} har ${daysInMonth(year, month)} dagar. Skriv en dag mellan 1 och ${daysInMonth(year, month)}.`
                    : `${formatModelNumber(followUp.day)} är ingen dag. Skriv dagen som ett heltal, till exempel \`per 31 ${followUp.month}\`.`,
                { node: followUp, property: 'day', code: DiagnosticCodes.invalidFollowUpDate }
            );
        }
    };

    /** A year is a whole year, like `år`. */
    checkYear = (followUp: FollowUp, accept: ValidationAcceptor): void => {
        if (typeof followUp.year === 'number' && numberFits(followUp.year) && !isValidYear(followUp.year)) {
            accept(
                'error',
                notAYearText(
                    followUp.year,
                    'Skriv året som följs upp med fyra siffror: `uppföljning 2019 "Årsredovisning 2019"`.'
                ),
                { node: followUp, property: 'year', code: DiagnosticCodes.invalidYear }
            );
        }
    };

    /** Each goal and each measure appears once in an `uppföljning`. */
    checkEntriesOnce = (followUp: FollowUp, accept: ValidationAcceptor): void => {
        const seen = new Map<string, FollowUpEntry>();
        for (const entry of followUp.entries) {
            const name = entryName(entry).normalize('NFC');
            const key = `${entry.$type}:${name}`;
            const first = seen.get(key);
            if (first) {
                const kind = entry.$type === 'MeasureFollowUp' ? 'Måttet' : 'Målet';
                accept(
                    'error',
                    `${kind} ${name} följs redan upp i den här uppföljningen (${where(first)}). Samla texten där och ta bort den här.`,
                    { node: entry, property: 'goal', code: DiagnosticCodes.duplicateFollowUpEntry }
                );
            } else {
                seen.set(key, entry);
            }
        }
    };

    /** The right kind of status word, one `bedömning` and one `prognos` per entry, `prognos` on goals only, a motivation. */
    checkEntryStatements = (entry: FollowUpEntry, accept: ValidationAcceptor): void => {
        const isMeasure = entry.$type === 'MeasureFollowUp';
        const counts = new Map<string, number>();
        for (const statement of entry.statements) {
            counts.set(statement.$type, (counts.get(statement.$type) ?? 0) + 1);
            if (
                (statement.$type === 'Judgement' || statement.$type === 'Forecast') &&
                counts.get(statement.$type)! > 1
            ) {
                const word = statement.$type === 'Judgement' ? 'bedömning' : 'prognos';
                accept(
                    'error',
                    `\`${word}\` står redan en gång här. En ${isMeasure ? 'mått' : 'mål'}s ${word} per år: ta bort den ena.`,
                    { node: statement, code: DiagnosticCodes.duplicateStatement }
                );
            }
            if (statement.$type === 'Forecast' && !isMeasure && followUpDateOf(entry.$container) !== undefined) {
                accept(
                    'error',
                    '`prognos` hör inte hemma i en delårsuppföljning: där är `bedömning` redan prognosen för helåret. Skriv den som `bedömning`.',
                    { node: statement, keyword: 'prognos', code: DiagnosticCodes.forecastInInterim }
                );
            }
            if (statement.$type === 'Forecast' && isMeasure) {
                accept(
                    'error',
                    `\`prognos\` gäller mål, inte mått. Skriv prognosen under \`mål ${entry.goal?.$refText ?? 'Id'} { … }\`, eller gör den till en \`analys\`.`,
                    { node: statement, keyword: 'prognos', code: DiagnosticCodes.forecastOnMeasure }
                );
            }
            if (statement.$type === 'Judgement' || statement.$type === 'Forecast') {
                this.checkStatusKind(statement, isMeasure, accept);
                this.checkMotivation(statement, accept);
            }
        }
    };

    private checkStatusKind(statement: Judgement | Forecast, isMeasure: boolean, accept: ValidationAcceptor): void {
        const status = judgedStatus(statement);
        if (!status) return;
        const allowed: readonly JudgedStatus[] = isMeasure ? ASSESSED_MEASURE_STATUSES : ASSESSED_GOAL_STATUSES;
        if (!allowed.includes(status)) {
            const words = allowed.map(word => statusWord(word)).join(', ');
            const message = isMeasure
                ? `\`${statusWord(status)}\` är ett måls status. Ett mått bedöms med ${words}.`
                : `\`${statusWord(status)}\` är ett måtts status. Ett mål bedöms med ${words}.`;
            accept('error', message, {
                node: statement,
                property: statement.notAchieved ? 'notAchieved' : 'status',
                code: DiagnosticCodes.wrongStatusKind
            });
        }
    }

    private checkMotivation(statement: Judgement | Forecast, accept: ValidationAcceptor): void {
        // Zero-width and bidi characters alone show nothing either: the reader would still see no motivation.
        if (typeof statement.motivation === 'string' && isBlankText(statement.motivation)) {
            const word = statement.$type === 'Judgement' ? 'bedömningen' : 'prognosen';
            accept(
                'error',
                `Motiveringen är tom. Skriv varför ${word} blev som den blev, så att läsaren kan pröva den.`,
                { node: statement, property: 'motivation', code: DiagnosticCodes.emptyMotivation }
            );
        }
    }

    /**
     * An assessment two steps from what was computed for the follow-up's own year (uppfyllt against ej uppfyllt,
     * hel against ingen), whichever year is being evaluated.
     */
    checkAssessmentDeviates = (judgement: Judgement, accept: ValidationAcceptor): void => {
        const status = judgedStatus(judgement);
        const opposite = status ? oppositeStep(status) : undefined;
        const entry = judgement.$container;
        const followUp = entry?.$container;
        if (!opposite || !followUp || !Number.isInteger(followUp.year) || !entry.goal?.ref) return;
        const key = this.membership.modelKeyOf(AstUtils.getDocument(judgement));
        const result = key === undefined ? undefined : this.analysis.analyse(key, followUp.year)?.result;
        if (!result) return;
        const goal = entry.goal.ref.name;
        const computed =
            entry.$type === 'MeasureFollowUp'
                ? entry.measure?.ref
                    ? result.measures.find(m => measureKey(m) === measureKey(goal, entry.measure!.ref!.name))
                          ?.computedStatus
                    : undefined
                : result.goals.find(g => g.id === goal)?.computedStatus;
        if (computed === opposite) {
            accept(
                'warning',
                `Bedömningen ${statusWord(status!)} ligger två steg från det beräknade resultatet för ${followUp.year} (${statusWord(opposite)}). Låt någon granska bedömningen, och förklara skillnaden i motiveringen.`,
                { node: judgement, code: DiagnosticCodes.assessmentDeviates }
            );
        }
    };
}
