/**
 * The preview's browser code, shared by the VS Code webview and the HTML report. It draws the goal tree
 * with the shared renderer (one innerHTML assignment per change), handles the year selector and the owner
 * filter, the tree's keyboard navigation, and, in VS Code, reveals a node's source and keeps its state.
 */

import { measureKey } from '../model/measure-key.js';
import type { ModelErrors } from '../protocol.js';
import { DOCUMENT_IDS } from '../render/document.js';
import { escapeHtml } from '../render/escape.js';
import { reportHeading } from '../render/follow-up.js';
import { HTML_IDS, renderHtmlBody } from '../render/html.js';
import { type RenderInput, unpackRenderInput } from '../render/render-input.js';
import { pickResult } from '../render/report-model.js';
import { parseYearChoice, yearChoiceValue } from '../render/shown-years.js';
import { statusWordOf } from '../render/status-marks.js';
import { plainText } from '../text/plain-text.js';
import { isExtensionToWebviewMessage, type PreviewState, type WebviewToExtensionMessage } from './messages.js';
import { PreviewYears } from './year-choice.js';

/** The API VS Code gives a webview script (once). */
export interface VsCodeApi {
    postMessage(message: WebviewToExtensionMessage): void;
    getState(): unknown;
    setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const TREEITEM = 'li[role="treeitem"]';
/** How long a node whose status changed in a live update stays marked. */
const CHANGED_MS = 3000;
/** The polite live region that announces changed statuses. */
export const LIVE_REGION_ID = 'sm-announce';

export class PreviewApp {
    private input: RenderInput | undefined;
    /** The year shown per model: a year picked for one model is not carried to another. */
    private readonly years: PreviewYears;
    private state: PreviewState;
    private readonly collapsed: Set<string>;
    private readonly expanded: Set<string>;
    private errors: ModelErrors | undefined;
    /** Where the editor's cursor is, to mark its node again after a render. */
    private cursor: { file: string; line: number } | undefined;
    private changedTimer: ReturnType<typeof setTimeout> | undefined;
    private restoreScroll: boolean;
    /** Milliseconds the last render took (building the HTML, innerHTML and layout), for diagnostics and tests. */
    lastRenderMs = 0;
    /** The parts of `lastRenderMs`: building the string, the innerHTML assignment, style and layout. */
    lastRenderTimings = { html: 0, dom: 0, layout: 0 };

    constructor(
        private readonly root: HTMLElement,
        private readonly vscode: VsCodeApi | undefined
    ) {
        const saved = vscode?.getState();
        this.state = typeof saved === 'object' && saved !== null ? { ...(saved as PreviewState) } : {};
        if (!vscode) {
            Object.assign(this.state, readHash());
        }
        this.years = new PreviewYears(this.state.years);
        this.collapsed = new Set(this.state.collapsed ?? []);
        this.expanded = new Set(this.state.expanded ?? []);
        this.restoreScroll = this.state.scrollY !== undefined;
        root.addEventListener('change', event => this.onChange(event));
        root.addEventListener('click', event => this.onClick(event));
        root.addEventListener('keydown', event => this.onKeyDown(event));
        root.addEventListener('focusin', event => this.onFocusIn(event));
        if (vscode) {
            // Created empty at once: a live region must exist before the text it announces.
            this.announce('');
        }
    }

    get host(): 'report' | 'preview' {
        return this.vscode ? 'preview' : 'report';
    }

    /** The report: the body is already drawn from `input`; draw again only when the saved state differs. */
    hydrate(input: RenderInput): void {
        this.input = input;
        const year = this.validYear(this.state.year) ?? input.year;
        const shown = this.root.querySelector<HTMLElement>(`#${HTML_IDS.app}`)?.dataset.year;
        // A delårsrapport (`report --per`) opens on its interim follow-up, as it was written.
        if (this.state.per === undefined && input.per !== undefined && year === input.year) this.state.per = input.per;
        // A report for one organisation (`report --ansvarig`) keeps its filter when the reader picks another year.
        const owner = this.root.querySelector<HTMLSelectElement>(`#${HTML_IDS.owner}`)?.value;
        if (this.state.owner === undefined && owner) this.state.owner = owner;
        if (String(year) !== shown || this.state.owner || this.collapsed.size > 0) {
            this.state.year = year;
            this.render();
        } else {
            this.state.year = year;
        }
    }

    /**
     * A new input from the extension. When the model has errors the banner says so; during a syntax error the
     * language server sends the last valid result (`errors.lastValid`), the same one the code lenses, inlay hints
     * and hover show, so the preview never keeps a number the editor has left behind. A node whose status changed
     * since the last drawing is briefly marked. `focusKey` brings that node into view and focus (a goal's code lens).
     */
    update(input: RenderInput, uri?: string, focusKey?: string, errors?: ModelErrors): void {
        if (uri !== undefined) this.state.uri = uri;
        if (focusKey !== undefined) {
            this.state.focusKey = focusKey;
            this.collapsed.clear();
            this.restoreScroll = false;
        }
        if (this.input === undefined && this.state.year !== undefined && this.state.years === undefined) {
            // A state saved before years were kept per model: its year was picked for this document's model.
            this.years.pick(input, this.state.year);
        }
        this.errors = errors !== undefined && (errors.count > 0 || errors.lastValid) ? errors : undefined;
        const before = this.input ? statusesOf(this.input, this.state.year) : undefined;
        this.input = input;
        this.state.year = this.years.afterUpdate(input);
        this.render();
        const focused = focusKey === undefined ? undefined : this.itemByKey(focusKey);
        if (focused) {
            focused.focus();
            focused.scrollIntoView({ block: 'center' });
        }
        if (before) {
            this.markChanged(before, statusesOf(input, this.state.year));
        }
    }

    /** Marks the nodes whose status differs from `before` (same keys as `data-key`) for a few seconds. */
    private markChanged(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): void {
        const changed = new Set(
            [...after].filter(([key, status]) => before.has(key) && before.get(key) !== status).map(([key]) => key)
        );
        if (changed.size === 0) {
            return;
        }
        // Not by colour alone (WCAG 1.4.1): the row says what it was, and the live region says it aloud.
        const sentences: string[] = [];
        const told = new Set<string>();
        for (const item of Array.from(this.root.querySelectorAll<HTMLElement>(TREEITEM))) {
            const key = item.dataset.key;
            if (key === undefined || !changed.has(key)) {
                continue;
            }
            item.classList.add('sm-changed');
            const was = statusWordOf(before.get(key)!);
            const now = statusWordOf(after.get(key)!);
            const main = item.querySelector(':scope > .sm-row > .sm-main');
            main?.insertAdjacentHTML(
                'beforeend',
                `<span class="sm-changed-note">Ändrad, var ${escapeHtml(was)}</span>`
            );
            if (!told.has(key)) {
                told.add(key);
                const name = item.querySelector(':scope > .sm-row :is(.sm-name, .sm-area-title)')?.textContent;
                sentences.push(`${name ?? 'Ett mål'}: ${now}, var ${was}.`);
            }
        }
        this.announce(
            sentences.length === 1
                ? `Ny status. ${sentences[0]}`
                : `${sentences.length} nya statusar. ${sentences.slice(0, 5).join(' ')}${sentences.length > 5 ? ` Och ${sentences.length - 5} till.` : ''}`
        );
        clearTimeout(this.changedTimer);
        this.changedTimer = setTimeout(() => {
            this.root.querySelectorAll('.sm-changed').forEach(item => item.classList.remove('sm-changed'));
            this.root.querySelectorAll('.sm-changed-note').forEach(note => note.remove());
        }, CHANGED_MS);
    }

    /**
     * Says `text` through the polite live region. The region lives outside the root, which every render replaces,
     * so it exists before its text changes (a region created with its text is not announced).
     */
    private announce(text: string): void {
        let region = document.getElementById(LIVE_REGION_ID);
        if (!region) {
            region = document.createElement('div');
            region.id = LIVE_REGION_ID;
            region.className = 'sm-sr';
            region.setAttribute('role', 'status');
            region.setAttribute('aria-live', 'polite');
            region.setAttribute('aria-atomic', 'true');
            document.body.appendChild(region);
        }
        region.textContent = text;
    }

    /** The editor's cursor moved: mark the last node written at or before that line of that file. */
    showCursor(file: string, line: number): void {
        this.cursor = { file, line };
        this.markCursor(true);
    }

    private markCursor(scroll: boolean): void {
        this.root.querySelectorAll('.sm-cursor').forEach(item => item.classList.remove('sm-cursor'));
        const cursor = this.cursor;
        if (!cursor) {
            return;
        }
        let best: HTMLElement | undefined;
        let bestLine = 0;
        for (const item of this.visibleItems()) {
            const line = Number(item.dataset.line);
            if (sameFile(item.dataset.file, cursor.file) && line <= cursor.line && line > bestLine) {
                best = item;
                bestLine = line;
            }
        }
        if (best) {
            best.classList.add('sm-cursor');
            if (scroll) {
                best.scrollIntoView({ block: 'nearest' });
            }
        }
    }

    unavailable(message: string): void {
        this.input = undefined;
        this.errors = undefined;
        this.root.innerHTML = `<p class="sm-message" role="status">${escapeHtml(message)}</p>`;
    }

    private validYear(year: number | undefined): number | undefined {
        return year !== undefined && this.input?.results.some(r => r.year === year) ? year : undefined;
    }

    /** Draws the body for the current state with one innerHTML assignment, and puts the focus back. */
    render(): void {
        const input = this.input;
        if (!input) {
            return;
        }
        const active = document.activeElement as HTMLElement | null;
        const activeControl =
            active && this.root.contains(active) && active instanceof HTMLSelectElement ? active.id : undefined;
        const activeKey = active && this.root.contains(active) ? active.dataset.key : undefined;
        const started = performance.now();
        let built: number;
        let assigned: number;
        try {
            const html = renderHtmlBody(input, {
                year: this.state.year,
                per: this.state.per ?? null,
                owner: this.state.owner,
                collapsed: this.collapsed,
                expanded: this.expanded,
                focusKey: this.state.focusKey,
                host: this.host
            });
            built = performance.now();
            this.root.innerHTML = errorBanner(this.errors) + html;
            const shownResult = pickResult(input, this.state.year, this.state.per ?? undefined);
            document.title = `${shownResult ? reportHeading(shownResult) : `Uppföljning ${input.year}`}: ${input.view.title}`;
            assigned = performance.now();
        } catch (error) {
            this.root.innerHTML = `<p class="sm-message" role="alert">Förhandsvisningen kunde inte ritas: ${escapeHtml(String((error as Error)?.message ?? error))}</p>`;
            return;
        }
        if (activeControl) {
            document.getElementById(activeControl)?.focus();
        } else if (activeKey) {
            this.itemByKey(activeKey)?.focus();
        }
        // Reading a layout property makes the timing include style and layout, not only parsing.
        void this.root.offsetHeight;
        const done = performance.now();
        this.lastRenderMs = done - started;
        this.lastRenderTimings = { html: built - started, dom: assigned - built, layout: done - assigned };
        this.markCursor(false);
        if (this.restoreScroll) {
            this.restoreScroll = false;
            window.scrollTo(0, this.state.scrollY ?? 0);
        }
        this.save();
    }

    private save(): void {
        this.state.collapsed = [...this.collapsed];
        this.state.years = this.years.saved();
        this.state.expanded = [...this.expanded];
        if (this.vscode) {
            this.vscode.setState(this.state);
        } else {
            writeHash(this.state, this.input?.year, this.input?.per !== undefined);
        }
    }

    saveScroll(): void {
        this.state.scrollY = Math.round(window.scrollY);
        if (this.vscode) {
            this.vscode.setState(this.state);
        }
    }

    private onChange(event: Event): void {
        const target = event.target;
        if (!(target instanceof HTMLSelectElement)) {
            return;
        }
        if (target.dataset.control === 'year') {
            // A year, or a year's delårsrapport (`2024-08-31`), offered beside it (shown-years.ts).
            const choice = parseYearChoice(target.value);
            if (!choice) {
                return;
            }
            const { year } = choice;
            this.state.year = year;
            this.state.per = choice.per ?? null;
            if (this.input) {
                this.years.pick(this.input, year);
            }
            this.render();
            this.vscode?.postMessage({ type: 'year', year });
        } else if (target.dataset.control === 'owner') {
            if (target.value) {
                this.state.owner = target.value;
            } else {
                delete this.state.owner;
            }
            this.render();
        }
    }

    private onClick(event: MouseEvent): void {
        const target = event.target as Element | null;
        const link = target?.closest<HTMLAnchorElement>('a[data-target]');
        if (link && this.root.contains(link)) {
            event.preventDefault();
            this.goTo(link.dataset.target!);
            return;
        }
        const item = target?.closest<HTMLElement>(TREEITEM);
        if (!item || !this.root.contains(item)) {
            return;
        }
        // Only the row itself acts, not a click inside the item's children.
        const row = target!.closest('.sm-row');
        if (!row || row.parentElement !== item) {
            return;
        }
        if (target!.closest('.sm-twisty') && item.hasAttribute('aria-expanded')) {
            this.toggle(item);
            item.focus();
            return;
        }
        item.focus();
        this.reveal(item);
    }

    /** A link of the overview: open the way to the node, give it the focus and bring it to the top. */
    private goTo(key: string): void {
        let item = this.itemByKey(key);
        if (!item) {
            return;
        }
        for (
            let parent = item.parentElement?.closest<HTMLElement>(TREEITEM);
            parent;
            parent = parent.parentElement?.closest<HTMLElement>(TREEITEM)
        ) {
            this.toggle(parent, true);
        }
        item = this.itemByKey(key) ?? item;
        item.focus({ preventScroll: true });
        item.scrollIntoView({ block: 'start' });
    }

    private reveal(item: HTMLElement): void {
        const file = item.dataset.file;
        const line = Number(item.dataset.line);
        if (!this.vscode || !file || !Number.isInteger(line)) {
            return;
        }
        const column = Number(item.dataset.column);
        this.vscode.postMessage(
            Number.isInteger(column) ? { type: 'reveal', file, line, column } : { type: 'reveal', file, line }
        );
    }

    private toggle(item: HTMLElement, expand?: boolean): void {
        const expanded = item.getAttribute('aria-expanded') === 'true';
        const next = expand ?? !expanded;
        if (next === expanded) {
            return;
        }
        const key = item.dataset.key;
        if (key?.startsWith('m:')) {
            // A measure opens to its facts and trend chart.
            if (next) {
                this.expanded.add(key);
            } else {
                this.expanded.delete(key);
            }
            // What an open measure shows (its facts in the row, its chart below) is drawn only while it is open.
            this.render();
            return;
        }
        item.setAttribute('aria-expanded', String(next));
        if (key && !key.startsWith('m:')) {
            if (next) {
                this.collapsed.delete(key);
            } else {
                this.collapsed.add(key);
            }
        }
        this.save();
    }

    private onFocusIn(event: FocusEvent): void {
        const item = event.target instanceof HTMLElement && event.target.matches(TREEITEM) ? event.target : undefined;
        if (!item) {
            return;
        }
        for (const other of Array.from(this.root.querySelectorAll<HTMLElement>(`${TREEITEM}[tabindex="0"]`))) {
            if (other !== item) {
                other.tabIndex = -1;
            }
        }
        item.tabIndex = 0;
        if (!this.vscode) {
            showSource(item);
        }
        if (item.dataset.key !== undefined && item.dataset.key !== this.state.focusKey) {
            this.state.focusKey = item.dataset.key;
            this.save();
        }
    }

    private visibleItems(): HTMLElement[] {
        const tree = this.root.querySelector(`#${HTML_IDS.tree}`);
        if (!tree) {
            return [];
        }
        return Array.from(tree.querySelectorAll<HTMLElement>(TREEITEM)).filter(
            item => !item.parentElement?.closest('li[aria-expanded="false"]')
        );
    }

    private onKeyDown(event: KeyboardEvent): void {
        const item = event.target instanceof HTMLElement && event.target.matches(TREEITEM) ? event.target : undefined;
        if (!item || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        const move = (to: HTMLElement | undefined | null) => {
            if (to) {
                to.focus();
                to.scrollIntoView({ block: 'nearest' });
            }
        };
        const expandable = item.hasAttribute('aria-expanded');
        const expanded = item.getAttribute('aria-expanded') === 'true';
        let handled = true;
        switch (event.key) {
            case 'ArrowDown': {
                const items = this.visibleItems();
                move(items[items.indexOf(item) + 1]);
                break;
            }
            case 'ArrowUp': {
                const items = this.visibleItems();
                move(items[items.indexOf(item) - 1]);
                break;
            }
            case 'Home':
                move(this.visibleItems()[0]);
                break;
            case 'End': {
                const items = this.visibleItems();
                move(items[items.length - 1]);
                break;
            }
            case 'ArrowRight':
                if (expandable && !expanded) {
                    this.toggle(item, true);
                } else if (expanded) {
                    move(item.querySelector<HTMLElement>(`:scope > ul > ${TREEITEM}`));
                }
                break;
            case 'ArrowLeft':
                if (expanded) {
                    this.toggle(item, false);
                } else {
                    move(item.parentElement?.closest<HTMLElement>(TREEITEM));
                }
                break;
            case 'Enter':
                this.reveal(item);
                break;
            case ' ':
                if (expandable) {
                    this.toggle(item);
                }
                break;
            default:
                handled = false;
        }
        if (handled) {
            event.preventDefault();
        }
    }

    private itemByKey(key: string): HTMLElement | undefined {
        for (const item of Array.from(this.root.querySelectorAll<HTMLElement>(TREEITEM))) {
            if (item.dataset.key === key) {
                return item;
            }
        }
        return undefined;
    }
}

/** Status of every goal, measure, area and the vision for the year, by tree key (`g:Id`, `m:Goal.Id`, `a:Id`, `v:`). */
function statusesOf(input: RenderInput, year: number | undefined): Map<string, string> {
    const statuses = new Map<string, string>();
    const result = pickResult(input, year);
    if (!result) {
        return statuses;
    }
    if (result.vision) {
        statuses.set('v:', result.vision.status);
    }
    result.areas?.forEach(area => statuses.set(`a:${area.id ?? ''}`, area.status));
    result.goals.forEach(goal => statuses.set(`g:${goal.id}`, goal.status));
    result.measures.forEach(measure => statuses.set(`m:${measureKey(measure)}`, measure.status));
    return statuses;
}

/** A path and a URI string of the same file compare equal (`/a/b.styr`, `file:///a/b.styr`). */
function sameFile(a: string | undefined, b: string): boolean {
    if (a === undefined) {
        return false;
    }
    const plain = (path: string) => {
        try {
            return path.startsWith('file://') ? decodeURIComponent(path.slice('file://'.length)) : path;
        } catch {
            return path;
        }
    };
    return plain(a) === plain(b);
}

/**
 * The banner over a model with errors, kept in view while the tree scrolls (sticky): which numbers are shown
 * (the last valid result during a syntax error, in the words every editor surface uses), how many errors, and
 * the first with its workspace-relative file, its code in Swedish quotes like every plain-text surface.
 */
function errorBanner(errors: ModelErrors | undefined): string {
    if (!errors || (errors.count === 0 && !errors.lastValid)) {
        return '';
    }
    const count = errors.count === 1 ? 'ett fel' : `${errors.count} fel`;
    const first = errors.first
        ? ` Första: ${errors.first.file} rad ${errors.first.line}: ${plainText(errors.first.message)}`
        : '';
    const shown = errors.lastValid
        ? `${errors.lastValid}. Rätta felet för att se nya siffror.`
        : 'Siffrorna nedan kan vara ofullständiga tills felen är rättade.';
    const lead = errors.count > 0 ? `<strong>Modellen har ${count}.</strong> ` : '';
    return `<div class="sm-banner" role="status">${lead}${escapeHtml(shown)}${escapeHtml(first)}</div>`;
}

/** The report: a focused node shows where it is written (`styrmodell.styr rad 12`), under its row. */
function showSource(item: HTMLElement): void {
    const row = item.querySelector(':scope > .sm-row');
    const file = item.dataset.file;
    if (!row || !file || row.querySelector(':scope > .sm-source')) {
        return;
    }
    const note = document.createElement('span');
    note.className = 'sm-source';
    note.textContent = `${file} rad ${item.dataset.line ?? '?'}`;
    row.appendChild(note);
}

/** The report keeps its year and owner in the address (`#år=2018&ansvarig=BUN`), so a reload or a link keeps them. */
function readHash(): PreviewState {
    const state: PreviewState = {};
    try {
        const params = new URLSearchParams(location.hash.slice(1));
        const year = Number(params.get('år'));
        if (Number.isInteger(year) && year > 0) {
            state.year = year;
        }
        const owner = params.get('ansvarig');
        if (owner) {
            state.owner = owner;
        }
        // `per=2020-08-31`: a delårsrapport; `per=helår`: the year itself in a delårsrapport's page.
        const per = params.get('per');
        const choice = per ? parseYearChoice(per) : undefined;
        if (per === 'helår') {
            state.per = null;
        } else if (choice?.per) {
            state.year = choice.year;
            state.per = choice.per;
        }
    } catch {
        // An address that cannot be read keeps the defaults.
    }
    return state;
}

function writeHash(state: PreviewState, defaultYear: number | undefined, interimReport: boolean): void {
    const params = new URLSearchParams();
    if (state.year !== undefined && state.year !== defaultYear) {
        params.set('år', String(state.year));
    }
    if (state.per && state.year !== undefined) {
        params.set('per', yearChoiceValue(state.year, state.per));
    } else if (state.per === null && interimReport) {
        params.set('per', 'helår');
    }
    if (state.owner) {
        params.set('ansvarig', state.owner);
    }
    const hash = params.toString();
    if (hash === location.hash.slice(1) || (!hash && !location.hash)) {
        return;
    }
    try {
        history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
    } catch {
        // Some hosts forbid it; the selection still works, it is only not remembered.
    }
}

/** Starts the preview on this page: the report (embedded input) or the VS Code webview (messages). */
export function startPreview(): PreviewApp | undefined {
    const root = document.getElementById(DOCUMENT_IDS.root);
    if (!root) {
        return undefined;
    }
    const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
    const app = new PreviewApp(root, vscode);
    let scrollPending = false;
    window.addEventListener(
        'scroll',
        () => {
            if (!scrollPending) {
                scrollPending = true;
                requestAnimationFrame(() => {
                    scrollPending = false;
                    app.saveScroll();
                });
            }
        },
        { passive: true }
    );

    const embedded = document.getElementById(DOCUMENT_IDS.input);
    if (embedded?.textContent) {
        try {
            app.hydrate(JSON.parse(embedded.textContent) as RenderInput);
        } catch (error) {
            console.warn('styrmodell: the embedded report data cannot be read', error);
        }
    }
    if (vscode) {
        window.addEventListener('message', (event: MessageEvent) => {
            const message: unknown = event.data;
            if (!isExtensionToWebviewMessage(message)) {
                return;
            }
            if (message.type === 'update') {
                const input = message.packed ? unpackRenderInput(message.packed) : message.input;
                app.update(input, message.uri, message.focusKey, message.errors);
            } else if (message.type === 'cursor') {
                app.showCursor(message.file, message.line);
            } else {
                app.unavailable(message.message);
            }
        });
        vscode.postMessage({ type: 'ready' });
    }
    return app;
}
