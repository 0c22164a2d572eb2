/**
 * `node:path` for the web bundles (scripts/bundle.mjs aliases it here): POSIX rules on `/`-separated paths and
 * URI strings, enough for the shared code's basename, dirname, extname, join, relative and resolve. Off the file
 * system the language server works with URI strings, which these functions treat as paths.
 */
export const sep = '/';

export function basename(path: string, suffix?: string): string {
    const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
    return suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

export function dirname(path: string): string {
    if (/^\/+$/.test(path)) return '/';
    const trimmed = path.replace(/\/+$/, '');
    const index = trimmed.lastIndexOf('/');
    return index < 0 ? '.' : index === 0 ? '/' : trimmed.slice(0, index);
}

export function extname(path: string): string {
    const base = basename(path);
    const index = base.lastIndexOf('.');
    return index <= 0 ? '' : base.slice(index);
}

export function normalize(path: string): string {
    const absolute = path.startsWith('/');
    const parts: string[] = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.') continue;
        if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
        else if (part !== '..' || !absolute) parts.push(part);
    }
    return (absolute ? '/' : '') + parts.join('/') || (absolute ? '/' : '.');
}

export function join(...paths: string[]): string {
    return normalize(paths.filter(p => p !== '').join('/'));
}

export function resolve(...paths: string[]): string {
    let resolved = '';
    for (let i = paths.length - 1; i >= 0 && !resolved.startsWith('/'); i--)
        resolved = resolved ? `${paths[i]}/${resolved}` : paths[i]!;
    return normalize(resolved.startsWith('/') ? resolved : `/${resolved}`);
}

export function relative(from: string, to: string): string {
    const a = resolve(from).split('/').filter(Boolean);
    const b = resolve(to).split('/').filter(Boolean);
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export function isAbsolute(path: string): boolean {
    return path.startsWith('/');
}

export default { sep, basename, dirname, extname, normalize, join, resolve, relative, isAbsolute };
