import { describe, expect, it } from 'vitest';
import { workspaceName } from '../../src/lsp/workspace-names.js';

describe('workspaceName', () => {
    const web = [{ uri: 'vscode-remote://localhost:8080/home/planner/kumla' }];
    it.each([
        // VS Code for the Web: never the URI, never percent-encoding.
        ['vscode-remote://localhost:8080/home/planner/kumla/n%C3%A4mnderna.styr', web, 'nämnderna.styr'],
        ['vscode-remote://localhost:8080/home/planner/kumla/data/resultat.csv', web, 'data/resultat.csv'],
        // Desktop: a path under a folder.
        ['/home/planner/kumla/nämnderna.styr', [{ uri: 'file:///home/planner/kumla' }], 'nämnderna.styr'],
        ['/home/planner/kumla/data/r.csv', [{ uri: 'file:///home/planner/kumla/' }], 'data/r.csv'],
        // Outside every folder, or another host: the decoded base name.
        ['/tmp/other/a%20b.styr', [{ uri: 'file:///home/planner/kumla' }], 'a%20b.styr'],
        ['vscode-remote://elsewhere/home/planner/kumla/n%C3%A4mnd.styr', web, 'nämnd.styr'],
        ['file:///x/n%C3%A4mnd.styr', undefined, 'nämnd.styr']
    ])('%s is %s', (file, folders, expected) => {
        expect(workspaceName(file, folders)).toBe(expected);
    });
});
