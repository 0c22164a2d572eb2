/**
 * The one place that turns a status key into what a planner sees: the Swedish word and the colour
 * (LANGUAGE.md section 4.5). Every renderer (report, preview, hover, inlay hints) takes both from here,
 * and a colour is never shown without its word.
 */
import type { GoalStatus, MeasureStatus, Status } from './result.js';

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
