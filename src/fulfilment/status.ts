/**
 * The one place that turns a status key into what a planner sees: the Swedish word and the colour
 * (LANGUAGE.md section 4.5). Every renderer (report, preview, hover, inlay hints) takes both from here,
 * and a colour is never shown without its word.
 */
import type { JudgedStatus } from '../model/model-view.js';
import type { AssessedGoalStatus, AssessedMeasureStatus, GoalStatus, MeasureStatus, Status } from './result.js';

export type StatusColour = 'green' | 'yellow' | 'red' | 'grey';

export interface StatusDisplay {
    /** Swedish word as shown: `ej uppfyllt`, `ej bedömd`. */
    word: string;
    colour: StatusColour;
    /** CSS class for HTML renderers and the preview: `status-green`. */
    cssClass: string;
}

function display(word: string, colour: StatusColour): StatusDisplay {
    return { word, colour, cssClass: `status-${colour}` };
}

export const STATUS_DISPLAY: Readonly<Record<Status, StatusDisplay>> = {
    hel: display('hel', 'green'),
    halv: display('halv', 'yellow'),
    ingen: display('ingen', 'red'),
    ej_bedomd: display('ej bedömd', 'grey'),
    uppfyllt: display('uppfyllt', 'green'),
    delvis: display('delvis', 'yellow'),
    ej_uppfyllt: display('ej uppfyllt', 'red'),
    saknas: display('saknas', 'grey')
};

export function statusDisplay(status: Status): StatusDisplay {
    return STATUS_DISPLAY[status];
}

export function statusWord(status: Status): string {
    return STATUS_DISPLAY[status].word;
}

export function statusColour(status: Status): StatusColour {
    return STATUS_DISPLAY[status].colour;
}

export const MEASURE_STATUSES: readonly MeasureStatus[] = ['hel', 'halv', 'ingen', 'saknas', 'ej_bedomd'];
export const GOAL_STATUSES: readonly GoalStatus[] = ['uppfyllt', 'delvis', 'ej_uppfyllt', 'saknas'];

/**
 * The status a threshold line gives when it holds, which is also its keyword: `hel när` gives hel, `halv när`
 * halv. The one table for the engine's decision, the renderers' threshold words, hover and the diff.
 */
export const LEVEL_STATUS = { full: 'hel', half: 'halv' } as const satisfies Record<'full' | 'half', MeasureStatus>;

/**
 * The statuses a follow-up assesses with (`bedömning`, `prognos`), best first: a measure's and a goal's. The same
 * place in both lists is the same step (LANGUAGE.md section 8): a goal's uppfyllt is a measure's hel.
 */
export const ASSESSED_MEASURE_STATUSES = ['hel', 'halv', 'ingen'] as const satisfies readonly AssessedMeasureStatus[];
export const ASSESSED_GOAL_STATUSES = [
    'uppfyllt',
    'delvis',
    'ej_uppfyllt'
] as const satisfies readonly AssessedGoalStatus[];

function step(status: JudgedStatus): { step: number; measure: boolean } {
    const measure = (ASSESSED_MEASURE_STATUSES as readonly JudgedStatus[]).indexOf(status);
    return measure >= 0
        ? { step: measure, measure: true }
        : { step: (ASSESSED_GOAL_STATUSES as readonly JudgedStatus[]).indexOf(status), measure: false };
}

/** The same step in the other kind's words: `uppfyllt` → `hel`, `ingen` → `ej_uppfyllt`. */
export function sameStepOtherKind(status: JudgedStatus): JudgedStatus {
    const { step: index, measure } = step(status);
    return (measure ? ASSESSED_GOAL_STATUSES : ASSESSED_MEASURE_STATUSES)[index]!;
}

/** The status of the same kind two steps away (uppfyllt ↔ ej uppfyllt, hel ↔ ingen); undefined for the middle step. */
export function oppositeStep(status: JudgedStatus): JudgedStatus | undefined {
    const { step: index, measure } = step(status);
    if (index === 1) return undefined;
    return (measure ? ASSESSED_MEASURE_STATUSES : ASSESSED_GOAL_STATUSES)[2 - index];
}
