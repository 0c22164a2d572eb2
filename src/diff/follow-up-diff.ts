/**
 * Diff of the yearly follow-up (LANGUAGE.md section 8): a changed assessment is listed from what to what, with
 * both motivations, so a reviewer sees when a judgement was changed. Follow-ups are matched by year (an interim one by
 * year and date), their
 * entries by goal (`mål Id`) or by goal and measure (`mått MålId.MåttId`).
 */
import { followUpOf } from '../fulfilment/follow-up.js';
import { statusWord } from '../fulfilment/index.js';
import { dateWords, type FollowUpDate, isoDate } from '../model/follow-up-date.js';
import { measureKey } from '../model/measure-key.js';
import type { FollowUpEntryView, JudgementView, ModelView } from '../model/model-view.js';
import type { ChangeKind, ModelChange } from './changes.js';

function entryKey(entry: FollowUpEntryView): string {
    return entry.kind === 'goal' ? entry.goal : measureKey(entry.goal, entry.measure ?? '');
}

function judgementText(judgement: JudgementView | undefined): string | null {
    return judgement ? `bedömning ${statusWord(judgement.status)} "${judgement.motivation}"` : null;
}

function entriesByKey(model: ModelView, year: number, per: FollowUpDate | undefined): Map<string, FollowUpEntryView> {
    const map = new Map<string, FollowUpEntryView>();
    for (const entry of followUpOf(model, year, per)?.entries ?? []) {
        const key = entryKey(entry);
        if (!map.has(key)) map.set(key, entry);
    }
    return map;
}

export function diffAssessments(before: ModelView, after: ModelView): ModelChange[] {
    const changes: ModelChange[] = [];
    // Each final follow-up by its year, each interim one (section 9) by its year and date.
    const followUps = new Map<string, { year: number; per?: FollowUpDate }>();
    for (const followUp of [...before.followUps, ...after.followUps]) {
        const key = followUp.per ? isoDate(followUp.year, followUp.per) : String(followUp.year);
        if (!followUps.has(key)) followUps.set(key, { year: followUp.year, per: followUp.per });
    }
    const ordered = [...followUps.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, followUp]) => followUp);
    for (const { year, per } of ordered) {
        const old = entriesByKey(before, year, per);
        const now = entriesByKey(after, year, per);
        const name = per ? `uppföljning ${year} per ${dateWords(per)}` : `uppföljning ${year}`;
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
                id: `${name}: ${key}`,
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
