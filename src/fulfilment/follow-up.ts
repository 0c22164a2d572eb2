/**
 * The yearly follow-up (LANGUAGE.md section 8) as data for the engine: which `uppföljning` belongs to a
 * year, what it says about a goal or a measure, and the scores an assessment counts as.
 */
import { type FollowUpDate, sameDate } from '../model/follow-up-date.js';
import { measureKey } from '../model/measure-key.js';
import type { FollowUpEntryView, FollowUpView, JudgedStatus, JudgementView, ModelView } from '../model/model-view.js';
import type { AssessedGoalStatus, AssessedMeasureStatus, FollowUpNote, Judgement } from './result.js';

const MEASURE_SCORES: Readonly<Record<AssessedMeasureStatus, number>> = { hel: 1, halv: 0.5, ingen: 0 };
const GOAL_SCORES: Readonly<Record<AssessedGoalStatus, number>> = { uppfyllt: 1, delvis: 0.5, ej_uppfyllt: 0 };

export function measureScore(status: AssessedMeasureStatus): number {
    return MEASURE_SCORES[status];
}

export function goalScore(status: AssessedGoalStatus): number {
    return GOAL_SCORES[status];
}

export function isMeasureStatus(status: JudgedStatus): status is AssessedMeasureStatus {
    return status in MEASURE_SCORES;
}

export function isGoalStatus(status: JudgedStatus): status is AssessedGoalStatus {
    return status in GOAL_SCORES;
}

/**
 * The model's final `uppföljning` of `year` (årsredovisning), or with `per` its interim follow-up of that date
 * (section 9); a second one of the same year and date is an error, the first counts. An interim follow-up never
 * stands in for the final one: the year's own report uses the final follow-up only.
 */
export function followUpOf(model: ModelView, year: number, per?: FollowUpDate): FollowUpView | undefined {
    return (model.followUps ?? []).find(followUp => followUp.year === year && sameDate(followUp.per, per));
}

/** The interim follow-ups of `year`, by date. */
export function interimFollowUpsOf(model: ModelView, year: number): FollowUpView[] {
    return (model.followUps ?? [])
        .filter(followUp => followUp.year === year && followUp.per !== undefined)
        .sort((a, b) => a.per!.month - b.per!.month || a.per!.day - b.per!.day);
}

/** What a follow-up says about goals and measures, by identity (goal, or goal and measure). */
export interface FollowUpIndex {
    goal(goalId: string): FollowUpEntryView | undefined;
    measure(goalId: string, measureId: string): FollowUpEntryView | undefined;
}

export function indexFollowUp(followUp: FollowUpView | undefined): FollowUpIndex {
    const goals = new Map<string, FollowUpEntryView>();
    const measures = new Map<string, FollowUpEntryView>();
    for (const entry of followUp?.entries ?? []) {
        if (entry.kind === 'goal') {
            if (!goals.has(entry.goal)) goals.set(entry.goal, entry);
        } else {
            const key = measureKey(entry.goal, entry.measure ?? '');
            if (!measures.has(key)) measures.set(key, entry);
        }
    }
    return {
        goal: goalId => goals.get(goalId),
        measure: (goalId, measureId) => measures.get(measureKey(goalId, measureId))
    };
}

/** A judgement of the right kind (the other kind's words are an error, so they change nothing). */
export function judgementOf<S extends AssessedMeasureStatus | AssessedGoalStatus>(
    view: JudgementView | undefined,
    accepts: (status: JudgedStatus) => status is S
): Judgement<S> | undefined {
    if (view === undefined || !accepts(view.status)) {
        return undefined;
    }
    return { status: view.status, motivation: view.motivation, location: view.location };
}

export function notesOf(entry: FollowUpEntryView | undefined): { analysis: FollowUpNote[]; actions: FollowUpNote[] } {
    return {
        analysis: (entry?.analysis ?? []).map(note => ({ text: note.text, location: note.location })),
        actions: (entry?.actions ?? []).map(note => ({ text: note.text, location: note.location }))
    };
}
