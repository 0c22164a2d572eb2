/**
 * A failed fetch in words: undici's "fetch failed" says nothing, its causes say what (connection refused, a 407
 * from the proxy, a host name not found), so they are joined in.
 */
export function causeText(error: unknown): string {
    const messages: string[] = [];
    for (let current = error as { message?: string; code?: string; cause?: unknown } | undefined; current; ) {
        const text = [current.message, current.code && !current.message?.includes(current.code) ? current.code : '']
            .filter(Boolean)
            .join(' ');
        if (text && text !== 'fetch failed') messages.push(text);
        current = current.cause as typeof current;
    }
    return messages.join(': ') || 'fetch failed';
}
