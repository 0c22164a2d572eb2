/**
 * Diff of the yearly follow-up (LANGUAGE.md section 8): a changed assessment is listed from what to what, with
 * both motivations, so a reviewer sees when a judgement was changed. Follow-ups are matched by year, their
 * entries by goal (`mål Id`) or by goal and measure (`mått MålId.MåttId`).
 */
import { followUpOf } from '../fulfilment/follow-up.js';
import { statusWord } from '../fulfilment/index.js';
import { measureKey } from '../model/measure-key.js';
import type { FollowUpEntryView, JudgementView, ModelView } from '../model/model-view.js';
import type { ChangeKind, ModelChange } from './changes.js';

function entryKey(entry: FollowUpEntryView): string {
    return entry.kind === 'goal' ? entry.goal : measureKey(entry.goal, entry.measure ?? '');
}

function judgementText(judgement: JudgementView | undefined): string | null {
    return judgement ? `bedömning ${statusWord(judgement.status)} "${judgement.motivation}"` : null;
}

function entriesByKey(model: ModelView, year: number): Map<string, FollowUpEntryView> {
    const map = new Map<string, FollowUpEntryView>();
    for (const entry of followUpOf(model, year)?.entries ?? []) {
        const key = entryKey(entry);
        if (!map.has(key)) map.set(key, entry);
    }
    return map;
}

export function diffAssessments(before: ModelView, after: ModelView): ModelChange[] {
    const changes: ModelChange[] = [];
    const years = [...new Set([...before.followUps, ...after.followUps].map(f => f.year))].sort((a, b) => a - b);
    for (const year of years) {
        const old = entriesByKey(before, year);
        const now = entriesByKey(after, year);
        for (const key of new Set([...old.keys(), ...now.keys()])) {
            const b = old.get(key)?.assessment;
            const a = now.get(key)?.assessment;
            if (b?.status === a?.status && b?.motivation === a?.motivation) continue;
            const kind: ChangeKind = !b ? 'assessment-added' : !a ? 'assessment-removed' : 'assessment-changed';
            const note =
                b && a && b.status !== a.status
                    ? `${statusWord(b.status)} → ${statusWord(a.status)}`
                    : b && a
                      ? 'ny motivering'
                      : undefined;
            changes.push({
                kind,
                id: `uppföljning ${year}: ${key}`,
                before: judgementText(b),
                after: judgementText(a),
                weakened: false,
                ...(note ? { note } : {}),
                from: year,
                motivationBefore: b?.motivation ?? null,
                motivationAfter: a?.motivation ?? null
            });
        }
    }
    return changes;
}
