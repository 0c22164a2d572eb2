/**
 * The messages between the VS Code extension (the preview panel host) and the preview webview, and the
 * state the webview keeps across reloads. Shared by both sides so the names and shapes cannot drift apart.
 * Pure types and guards: no vscode or DOM imports.
 */

import type { FollowUpDate } from '../model/follow-up-date.js';
import type { ModelErrors } from '../protocol.js';
import type { PackedRenderInput, RenderInput } from '../render/render-input.js';

/**
 * Extension → webview: draw this model (all years are in `input.results`; `input.year` is shown first). The
 * extension sends the server's answer as it came, `packed` (each shared part once; the webview unpacks it);
 * `input` is the same unpacked, as a report page or a test hands it over.
 */
export type UpdateMessage = UpdateFields &
    ({ input: RenderInput; packed?: never } | { packed: PackedRenderInput; input?: never });

interface UpdateFields {
    type: 'update';
    /** The document the preview follows; kept in the state so a window reload reopens the same model. */
    uri?: string;
    /** A node to show and focus (`g:GoalId`): a goal's code lens opened the preview at that goal. */
    focusKey?: string;
    /** The model has errors: the webview says so; during a syntax error `input` is the last valid result (ModelErrors.lastValid). */
    errors?: ModelErrors;
}

/** Extension → webview: the editor's cursor is at this line of this file; the preview marks the node written there. */
export interface CursorMessage {
    type: 'cursor';
    /** The document's path (file scheme) or URI string, as in the ModelView's SourceLocation. */
    file: string;
    /** 1-based. */
    line: number;
}

/** Extension → webview: nothing to draw (no model, no year, the server is not ready); `message` is Swedish. */
export interface UnavailableMessage {
    type: 'unavailable';
    message: string;
}

export type ExtensionToWebviewMessage = UpdateMessage | UnavailableMessage | CursorMessage;

/** Webview → extension: the script has started and listens; send the current input. */
export interface ReadyMessage {
    type: 'ready';
}

/**
 * Webview → extension: the user picked another year. The webview has already drawn it from `input.results`;
 * the extension may ask the server (PreviewRequest with `year`) so that later updates start at this year.
 */
export interface YearMessage {
    type: 'year';
    year: number;
}

/** Webview → extension: open the model file at this place (a click on a node, or Enter). */
export interface RevealMessage {
    type: 'reveal';
    /** Absolute path or URI string, as in the ModelView's SourceLocation. */
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based; absent means the start of the line. */
    column?: number;
}

export type WebviewToExtensionMessage = ReadyMessage | YearMessage | RevealMessage;

/** What the webview keeps with `vscode.setState`, so a reload (or a panel moved) looks the same. */
export interface PreviewState {
    /** The document the preview follows (from the last update). */
    uri?: string;
    /** The year shown. */
    year?: number;
    /**
     * The year's interim follow-up shown (a delårsrapport picked in the selector); null: the year itself, picked
     * explicitly; absent: the year itself, or the report's own delårsrapport (`report --per`).
     */
    per?: FollowUpDate | null;
    /** The year picked per model (PreviewYears): a year picked for one model is not carried to another. */
    years?: Record<string, number>;
    /** Owner filter: a nämnd or förvaltning id; absent for all. */
    owner?: string;
    /** Keys (`data-key`) of collapsed tree nodes. */
    collapsed?: string[];
    /** Keys of the measures opened to show their trend chart. */
    expanded?: string[];
    /** Key of the node that had the focus. */
    focusKey?: string;
    scrollY?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

/** For the webview: a message from the extension it understands. */
export function isExtensionToWebviewMessage(value: unknown): value is ExtensionToWebviewMessage {
    if (!isRecord(value)) {
        return false;
    }
    switch (value.type) {
        case 'update':
            return isRecord(value.packed)
                ? Array.isArray(value.packed.shared) && isRecord(value.packed.root) && value.input === undefined
                : isRecord(value.input) && Array.isArray(value.input.results);
        case 'unavailable':
            return typeof value.message === 'string';
        case 'cursor':
            return typeof value.file === 'string' && Number.isInteger(value.line);
        default:
            return false;
    }
}

/** For the extension: a well-formed message from the webview (check before acting on it). */
export function isWebviewToExtensionMessage(value: unknown): value is WebviewToExtensionMessage {
    if (!isRecord(value)) {
        return false;
    }
    switch (value.type) {
        case 'ready':
            return true;
        case 'year':
            return Number.isInteger(value.year);
        case 'reveal':
            return (
                typeof value.file === 'string' &&
                Number.isInteger(value.line) &&
                (value.line as number) >= 1 &&
                (value.column === undefined || Number.isInteger(value.column))
            );
        default:
            return false;
    }
}
