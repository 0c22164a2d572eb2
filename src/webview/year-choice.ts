/**
 * Which year the preview shows, per model (ARCHITECTURE.md "One year per model"): a year picked in the selector
 * belongs to the model it was picked for. When the preview follows another editor, the other model shows its own
 * `år` (or the year picked for it earlier), never the year picked for the model before. Pure: shared by the
 * webview script and the extension host, tested without a DOM.
 */
import type { RenderInput } from '../render/render-input.js';

/** A model as the preview tells models apart: its id and its header file (two folders may share an id). */
export function modelKeyOfInput(input: Pick<RenderInput, 'view'>): string {
    return `${input.view.id}\u0000${input.view.files[0] ?? input.view.location.file}`;
}

export class PreviewYears {
    /** The year picked in the selector, per model key. */
    private readonly picked: Map<string, number>;
    /** `input.year` of the model's last update, to tell a deliberate change by the extension from a re-send. */
    private readonly lastInputYear = new Map<string, number>();

    constructor(saved?: Record<string, number>) {
        this.picked = new Map(Object.entries(saved ?? {}).filter(([, year]) => Number.isInteger(year)));
    }

    /** The year to show for a new input: the one picked for this model if it still has it, else `input.year`. */
    afterUpdate(input: RenderInput): number {
        const key = modelKeyOfInput(input);
        const last = this.lastInputYear.get(key);
        this.lastInputYear.set(key, input.year);
        if (last !== undefined && last !== input.year) {
            // The extension changed the year on purpose (the year setting): it wins over an earlier pick.
            this.picked.delete(key);
            return input.year;
        }
        const picked = this.picked.get(key);
        if (picked !== undefined && input.results.some(r => r.year === picked)) {
            return picked;
        }
        this.picked.delete(key);
        return input.year;
    }

    /** The user picked `year` for this model. */
    pick(input: Pick<RenderInput, 'view'>, year: number): void {
        this.picked.set(modelKeyOfInput(input), year);
    }

    /** For the webview state: the picked years by model key. */
    saved(): Record<string, number> {
        return Object.fromEntries(this.picked);
    }
}

/**
 * The extension's side: which year to ask the language server for when the preview follows a document. The
 * year picked in the preview is kept for the model it was picked for; a document of another model is asked for
 * without a year, so the server evaluates that model's own `år` (or the year setting).
 */
export class RequestYears {
    private readonly modelOfDocument = new Map<string, string>();
    private readonly yearOfModel = new Map<string, number>();

    /** The year to ask for; undefined for the model's own. */
    forDocument(uri: string): number | undefined {
        const model = this.modelOfDocument.get(uri);
        return model === undefined ? undefined : this.yearOfModel.get(model);
    }

    /** The server answered for `uri` with this model. */
    learned(uri: string, input: Pick<RenderInput, 'view'>): void {
        this.modelOfDocument.set(uri, modelKeyOfInput(input));
    }

    /** The user picked `year` in the preview while it showed `uri`. */
    picked(uri: string, year: number): void {
        const model = this.modelOfDocument.get(uri);
        if (model !== undefined) {
            this.yearOfModel.set(model, year);
        }
    }
}
