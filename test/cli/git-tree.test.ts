import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemporaryCheckouts } from '../../src/cli/git-tree.js';
import { KUMLA } from './run-cli.js';

describe('the checkouts of diff', () => {
    let checkouts: TemporaryCheckouts | undefined;
    afterEach(() => checkouts?.removeAll());

    /** A repository with the Kumla model, an unrelated file beside it and a data file in a shared folder. */
    function repository(): string {
        const repo = mkdtempSync(join(tmpdir(), 'styrmodell-tree-'));
        cpSync(KUMLA, join(repo, 'modeller', 'Kumla kommun'), { recursive: true });
        mkdirSync(join(repo, 'delat'));
        writeFileSync(join(repo, 'delat', 'skatt.csv'), 'kommun;år;värde\n1881;2019;22,5\n');
        const header = join(repo, 'modeller', 'Kumla kommun', 'styrmodell.styr');
        writeFileSync(
            header,
            readFileSync(header, 'utf8').replace(
                '    data "data/resultat.csv"\n',
                '    data "data/resultat.csv"\n    data "../../delat/skatt.csv" nyckeltal N00901\n'
            )
        );
        writeFileSync(join(repo, 'stor-fil.bin'), Buffer.alloc(1024 * 1024));
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: repo });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'Kumla');
        return repo;
    }

    it("checks out only the model's paths and the data files its models name outside them", () => {
        const repo = repository();
        checkouts = new TemporaryCheckouts(repo);
        const folder = checkouts.checkout('HEAD', ['modeller/Kumla kommun']);
        expect(existsSync(join(folder, 'modeller', 'Kumla kommun', 'nämnderna.styr'))).toBe(true);
        expect(existsSync(join(folder, 'modeller', 'Kumla kommun', 'data', 'resultat.csv'))).toBe(true);
        expect(readFileSync(join(folder, 'delat', 'skatt.csv'), 'utf8')).toContain('22,5');
        expect(existsSync(join(folder, 'stor-fil.bin'))).toBe(false);
    });

    it('checks out the whole tree for the top level, and nothing for a path the revision lacks', () => {
        const repo = repository();
        checkouts = new TemporaryCheckouts(repo);
        expect(existsSync(join(checkouts.checkout('HEAD', ['']), 'stor-fil.bin'))).toBe(true);
        const none = checkouts.checkout('HEAD', ['finns-inte']);
        expect(existsSync(join(none, 'modeller'))).toBe(false);
    });
});
