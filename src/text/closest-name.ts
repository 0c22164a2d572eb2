/**
 * "Menade du …?": the candidate closest to what was typed, by edit distance (Levenshtein, case-insensitive),
 * when it is close enough to be a typo: at most one edit for short words, a third of the word for long ones.
 */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
    const word = typed.toLocaleLowerCase('sv');
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (candidate === typed) continue;
        const distance = editDistance(word, candidate.toLocaleLowerCase('sv'), bestDistance);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/** Levenshtein distance with transpositions counted as one edit; stops early once it exceeds `cap`. */
function editDistance(a: string, b: string, cap = Infinity): number {
    if (Math.abs(a.length - b.length) >= cap) return cap;
    let previous2: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, previous2[j - 2]! + 1);
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin >= cap) return cap;
        previous2 = previous;
        previous = current;
    }
    return previous[b.length]!;
}
