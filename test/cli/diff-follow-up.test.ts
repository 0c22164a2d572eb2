import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** A plan over the years and a follow-up, changed between two commits of a real git repository. */
const MODEL = `styrmodell Plan "Plankommun" {
    kommun "1881"
    år 2026
}

vision V "Vision"

mål Service "Service" {
    nivå fullmäktige
    bidrar till V

    mått Svar "Andel som får svar inom en dag" {
        enhet "%"
        högre är bättre
        utfall {
            2026 82
        }
        målvärde {
            2025 80
            2027 90
        }
        hel  när skillnad mot målvärde >= 0
        halv när rang <= 20 från 2025
    }
}
`;

const FOLLOW_UP = `del av Plan

uppföljning 2026 "Årsredovisning 2026" {
    mått Service.Svar {
        bedömning halv "Två procentenheter över målet, men bara under hösten."
    }
}
`;

describe('styrmodell diff of targets over the years and the follow-up', () => {
    let repo: string;
    const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], {
            cwd: repo,
            encoding: 'utf8'
        });

    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'styrmodell-diff-plan-'));
        mkdirSync(join(repo, 'plan'));
        writeFileSync(join(repo, 'plan', 'styrmodell.styr'), MODEL);
        writeFileSync(join(repo, 'plan', 'uppföljning.styr'), FOLLOW_UP);
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'Plan');
        writeFileSync(
            join(repo, 'plan', 'styrmodell.styr'),
            MODEL.replace('            2027 90\n', '            2027 85\n').replace(
                '        halv när rang <= 20 från 2025\n',
                '        halv när rang <= 20 från 2025\n        halv när rang <= 15 från 2028\n'
            )
        );
        writeFileSync(
            join(repo, 'plan', 'uppföljning.styr'),
            FOLLOW_UP.replace(
                'bedömning halv "Två procentenheter över målet, men bara under hösten."',
                'bedömning hel "Över målvärdet hela året."'
            )
        );
    });

    it('reports a lowered målvärde as sänkt, a new från line with its year and rank, and a changed assessment with both motivations', () => {
        const run = runCli(['diff', 'HEAD', '--format', 'json'], repo);
        expect(run.stderr).toBe('');
        const { changes } = JSON.parse(run.stdout);
        expect(changes).toEqual(
            expect.arrayContaining([
                {
                    kind: 'target-changed',
                    id: 'Service.Svar.målvärde.2027',
                    before: 'målvärde 2027: 90',
                    after: 'målvärde 2027: 85',
                    weakened: true,
                    year: 2027
                },
                {
                    kind: 'threshold-added',
                    id: 'Service.Svar.halv.2028',
                    before: 'halv när rang <= 20 från 2025',
                    after: 'halv när rang <= 15 från 2028',
                    weakened: false,
                    year: 2028
                },
                {
                    kind: 'assessment-changed',
                    id: 'uppföljning 2026: Service.Svar',
                    before: 'bedömning halv "Två procentenheter över målet, men bara under hösten."',
                    after: 'bedömning hel "Över målvärdet hela året."',
                    weakened: false,
                    year: 2026,
                    motivationBefore: 'Två procentenheter över målet, men bara under hösten.',
                    motivationAfter: 'Över målvärdet hela året.'
                }
            ])
        );
    });

    it('says so in Markdown: sänkt and höjd with their years, the assessment from what to what', () => {
        const markdown = runCli(['diff', 'HEAD'], repo).stdout;
        expect(markdown).toContain(
            '| Målvärde ändrat: **sänkt** från 2027 ⚠️ | Service.Svar.målvärde.2027 | `målvärde 2027: 90` | `målvärde 2027: 85` |'
        );
        expect(markdown).toContain('| Nytt gränsvärde: höjd från 2028 | Service.Svar.halv.2028 |');
        expect(markdown).toContain(
            '| Bedömning ändrad (halv → hel) | uppföljning 2026: Service.Svar | `bedömning halv "Två procentenheter över målet, men bara under hösten."` | `bedömning hel "Över målvärdet hela året."` |'
        );
    });

    it('a lowered målvärde fails --fail-on-weakened', () => {
        expect(runCli(['diff', 'HEAD', '--fail-on-weakened'], repo).status).toBe(1);
    });
});
