/** An `uppföljning` (final or interim): its entries per goal and measure, with bedömning, prognos, analys, åtgärd. */
import { type FollowUpDate, monthNumber } from '../../model/follow-up-date.js';
import type { FollowUpEntryView, FollowUpView, JudgedStatus, JudgementView } from '../../model/model-view.js';
import type { FollowUp, Forecast, Judgement } from '../generated/ast.js';
import { locationOf, refId } from './locations.js';

/** A half-typed `uppföljning` without a whole year is left out of the view (its syntax error says why). */
export function followUpView(followUp: FollowUp, file: string): FollowUpView | undefined {
    if (!Number.isInteger(followUp.year)) return undefined;
    const entries: FollowUpEntryView[] = [];
    for (const entry of followUp.entries) {
        const goal = refId(entry.goal);
        if (!goal) continue;
        const measure = entry.$type === 'MeasureFollowUp' ? refId(entry.measure) : undefined;
        if (entry.$type === 'MeasureFollowUp' && !measure) continue;
        const view: FollowUpEntryView = {
            kind: entry.$type === 'MeasureFollowUp' ? 'measure' : 'goal',
            goal,
            measure,
            analysis: [],
            actions: [],
            location: locationOf(entry, file)
        };
        for (const statement of entry.statements) {
            switch (statement.$type) {
                case 'Judgement':
                    view.assessment ??= judgementView(statement, file);
                    break;
                case 'Forecast':
                    view.forecast ??= judgementView(statement, file);
                    break;
                case 'AnalysisText':
                    if (typeof statement.text === 'string')
                        view.analysis.push({ text: statement.text, location: locationOf(statement, file) });
                    break;
                case 'ActionText':
                    if (typeof statement.text === 'string')
                        view.actions.push({ text: statement.text, location: locationOf(statement, file) });
                    break;
            }
        }
        entries.push(view);
    }
    const view: FollowUpView = {
        year: followUp.year,
        title: followUp.title ?? String(followUp.year),
        entries,
        location: locationOf(followUp, file)
    };
    const per = followUpDateOf(followUp);
    if (per) view.per = per;
    return view;
}

/**
 * The date of an interim follow-up as written (`per 31 augusti`); undefined for a final follow-up. A month that
 * is no month name, or a day the month does not have, still makes the follow-up an interim one (its check says
 * why), so that a typo never turns a delårsrapport into the year's final follow-up.
 */
export function followUpDateOf(followUp: FollowUp): FollowUpDate | undefined {
    if (followUp.day === undefined && followUp.month === undefined) return undefined;
    return { day: followUp.day ?? 0, month: monthNumber((followUp.month ?? '').toLowerCase()) ?? 0 };
}

/** The status in the report's JSON words; undefined when the parser read no status word. */
export function judgedStatus(statement: Judgement | Forecast): JudgedStatus | undefined {
    if (statement.notAchieved) return 'ej_uppfyllt';
    return statement.status || undefined;
}

function judgementView(statement: Judgement | Forecast, file: string): JudgementView | undefined {
    const status = judgedStatus(statement);
    if (!status) return undefined;
    return { status, motivation: statement.motivation ?? '', location: locationOf(statement, file) };
}
