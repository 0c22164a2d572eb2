import { type AstNode, isReference } from 'langium';

/** A JSON value: what an AST node means, without positions, containers, documents or resolved targets. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/**
 * The meaning of an AST node as plain data: `$type` and every property that is not a `$`-property; a
 * reference becomes `{ ref: <the name written> }`. Two texts that mean the same give equal plain ASTs.
 */
export function plainAst(value: unknown): Plain {
    if (Array.isArray(value)) return value.map(plainAst);
    if (isReference(value)) return { ref: value.$refText };
    if (value !== null && typeof value === 'object') {
        const result: { [key: string]: Plain } = {};
        const node = value as AstNode & Record<string, unknown>;
        if (typeof node.$type === 'string') result.$type = node.$type;
        for (const key of Object.keys(node).sort()) {
            if (key.startsWith('$')) continue;
            result[key] = plainAst(node[key]);
        }
        return result;
    }
    if (value === undefined) return null;
    return value as string | number | boolean;
}
