import type { TopElement } from './generated/ast.js';

/** Every top-level element has a name; this guards half-typed ones that the parser recovered without it. */
export function isNamedTopElement(element: TopElement): element is TopElement & { name: string } {
    return typeof (element as { name?: unknown }).name === 'string';
}
