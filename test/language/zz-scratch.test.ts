import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { it } from 'vitest';
import { createStyrmodellServices } from '../../src/language/styrmodell-module.js';
import type { Document } from '../../src/language/generated/ast.js';
import { plainAst } from './plain-ast.js';

it('scratch', async () => {
    const services = createStyrmodellServices(EmptyFileSystem).Styrmodell;
    const parse = parseHelper<Document>(services);
    const doc = await parse(`styrmodell T "t" { data "x" bedömning { uppfyllt >= 75 % } }
vision V "v"
mål G "g" { nivå nämnd bidrar till V kommunövergripande mått M "m" { högre är bättre hel när rang <= 10 och skillnad mot riket >= −5 utfall { 2019 87,5 % } } }
del av T
förvaltning KLF "k" under KS
jämförelsegrupp Gr "g" { kommuner "1" "2" kolada G1 G2 }`);
    console.log(JSON.stringify(plainAst(doc.parseResult.value), null, 1));
    const bad = await parse(`mål program "x" {}
    nämnd 1abc "t"`);
    console.log(bad.parseResult.parserErrors.map(e => e.message), bad.parseResult.lexerErrors.map(e=>e.message));
});
