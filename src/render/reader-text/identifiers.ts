/**
 * The model's identifiers by the titles a reader knows them by: a check's message says `DirektSvar`, the
 * committee reads ”Andel som får ett direkt svar …”.
 */
import type { ModelView } from '../../model/model-view.js';

/** Every id of the model (goals, measures as `Mål.Mått` and alone, inriktningar, nämnder, groups …) with its title. */
export function titlesById(view: ModelView): Map<string, string> {
    const titles = new Map<string, string>();
    const add = (id: string, title: string) => {
        if (!titles.has(id)) {
            titles.set(id, title);
        }
    };
    for (const goal of view.goals) {
        for (const measure of goal.measures) {
            add(`${goal.id}.${measure.id}`, measure.title);
        }
    }
    for (const goal of view.goals) {
        add(goal.id, goal.title);
        for (const measure of goal.measures) {
            add(measure.id, measure.title);
        }
    }
    for (const named of [
        ...view.areas,
        ...view.programmes,
        ...view.committees,
        ...view.administrations,
        ...view.groups
    ]) {
        add(named.id, named.title);
    }
    if (view.vision) {
        add(view.vision.id, view.vision.title);
    }
    add(view.id, view.title);
    return titles;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text with each identifier (as a whole word, longest first so `Mål.Mått` wins over `Mål`) replaced by
 * its title in Swedish quotes; an id that is its own title (`Ekonomi`) stays as it is. Text already in quotes
 * (a check's `` `KlararSkolan` `` or `` `rang i Grannar` `` after plainText) keeps its one pair: an id inside it
 * becomes its title without quotes of its own, never ””Fler elever klarar skolan”” or ”rang i ”grannkommunerna””.
 */
export function withTitles(text: string, titles: ReadonlyMap<string, string>): string {
    const ids = [...titles.keys()].filter(id => titles.get(id) !== id).sort((a, b) => b.length - a.length);
    if (ids.length === 0) {
        return text;
    }
    const alternatives = ids.map(escapeRegExp).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.])(${alternatives})(?![\\p{L}\\p{N}_])`, 'gu');
    // Quoted spans are the odd parts of the split: pairs of ” taken left to right.
    return text
        .split(/(”[^”]*”)/)
        .map((part, index) =>
            index % 2 === 1
                ? part.replace(pattern, id => titles.get(id) ?? id)
                : part.replace(pattern, id => `”${titles.get(id) ?? id}”`)
        )
        .join('');
}
