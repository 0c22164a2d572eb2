/**
 * The checks write their messages in Markdown, with backticks around code (`nivå fullmäktige`). Every surface
 * that shows a message as plain text — the Problems panel, quick-fix titles, validate's text, JSON, GitHub and
 * SARIF text, the HTML and Word reports — sets the code off with Swedish quotes ”…” instead, through this one
 * function; Markdown surfaces keep the backticks.
 */
export function plainText(message: string): string {
    return message.replace(/`([^`\n]+)`/g, '”$1”');
}
