/**
 * Where each page of the site lives: flat file names (`mal-battre-skola.html`, `matt-battre-skola-behoriga.html`)
 * beside `index.html`, so every link is a plain relative name that works from `file://`, any web server and
 * GitHub Pages alike. Names are ASCII, made from the ids, and made unique in model order, so the same model
 * always gives the same names.
 */
import { measureKey } from '../../model/measure-key.js';
import type { GoalView, MeasureView, ModelView } from '../../model/model-view.js';

/** The fixed pages and files of one model's site. */
export const SITE_FILES = {
    start: 'index.html',
    list: 'a-o.html',
    accessibility: 'tillganglighet.html',
    openData: 'oppna-data.html',
    csv: 'resultat.csv',
    json: 'resultat.json',
    styles: 'stil.css',
    script: 'skript.js',
    sitemap: 'sitemap.xml',
    /** Marks a folder as written by `styrmodell site`, so a later run may replace it (CLI.md `site`). */
    manifest: '.styrmodell-webbplats.json'
} as const;

/** `Bättre skola för alla` → `battre-skola-for-alla`: lower case ASCII letters, digits and hyphens. */
export function slug(text: string): string {
    const hyphenated = text
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
    // Stryker disable next-line Regex: the line above leaves no two hyphens in a row, so `-` and `-+` match alike
    const ascii = hyphenated.replace(/^-+|-+$/g, '');
    // Stryker disable next-line Regex: likewise, at most one hyphen ends the cut
    return ascii.slice(0, 60).replace(/-+$/, '') || 'sida';
}

/** The start page of one year: the model's year is `index.html`, the others `ar-2021.html`. */
export function yearPage(year: number, modelYear: number): string {
    return year === modelYear ? SITE_FILES.start : `ar-${year}.html`;
}

export interface SitePaths {
    goal(goal: Pick<GoalView, 'id'>): string;
    measure(measure: MeasureView): string;
}

/** Page names for every goal and measure of the model, unique within the site. */
export function sitePaths(view: ModelView): SitePaths {
    const taken = new Set<string>(Object.values(SITE_FILES));
    const unique = (name: string) => {
        let candidate = `${name}.html`;
        for (let n = 2; taken.has(candidate); n++) candidate = `${name}-${n}.html`;
        taken.add(candidate);
        return candidate;
    };
    const goals = new Map<string, string>();
    const measures = new Map<string, string>();
    for (const goal of view.goals) {
        if (!goals.has(goal.id)) goals.set(goal.id, unique(`mal-${slug(goal.id)}`));
    }
    for (const goal of view.goals) {
        for (const measure of goal.measures) {
            const key = measureKey(measure);
            if (!measures.has(key)) measures.set(key, unique(`matt-${slug(goal.id)}-${slug(measure.id)}`));
        }
    }
    return {
        goal: goal => goals.get(goal.id) ?? SITE_FILES.start,
        measure: measure => measures.get(measureKey(measure)) ?? SITE_FILES.start
    };
}
