import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Kumla reference model: the contract's own copy in ../shared/spec/kumla when it is beside the project,
 * else the project's copy in test/resources/kumla-reference; undefined when neither is there (tests skip).
 */
export const KUMLA: string | undefined = [
    join(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'kumla'),
    join(import.meta.dirname, '..', 'resources', 'kumla-reference')
].find(folder => existsSync(join(folder, 'styrmodell.styr')));
