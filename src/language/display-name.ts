/**
 * A name as a message shows it. A name left out (`mål "Titel" { … }`) is a syntax error of its own; the other
 * messages about the element must still read as Swedish, never as `Målet undefined`.
 */
export function nameOf(element: { name?: string } | undefined): string {
    return element?.name || '(utan namn)';
}
