import { describe, expect, it } from 'vitest';
import { attribute, elements, runText, XmlError, xmlText } from '../../src/data/xml-text.js';

describe('xmlText', () => {
    it.each([
        ['plain text', 'Kumla kommun', 'Kumla kommun'],
        ['named entities', 'a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;', 'a & b <c> "d" \'e\''],
        ['an entity first', '&amp;x', '&x'],
        ['a decimal reference', '&#229;r', 'år'],
        ['a hex reference', '&#xE5;&#X;r', 'å&#X;r'],
        ['the last code point', '&#x10FFFF;', '\u{10FFFF}'],
        ['code point 1', '&#1;', '\u0001'],
        ['code point 0 dropped', 'a&#0;b', 'ab'],
        ['beyond Unicode dropped', 'a&#x110000;b', 'ab'],
        ['an unknown entity kept', '&nbsp;', '&nbsp;'],
        ['an OOXML escape', 'rad_x000D_två', 'rad\rtvå'],
        ['an OOXML escape first', '_x0041_B', 'AB'],
        ['an underscore that is no escape', 'mätt_x_värde', 'mätt_x_värde'],
        ['an entity and an escape', '&amp;_x0042_', '&B']
    ])('decodes %s', (_name, raw, text) => {
        expect(xmlText(raw)).toBe(text);
    });
});

describe('attribute', () => {
    it.each([
        ['double quotes', 'name="Data" sheetId="1"', 'name', 'Data'],
        ['single quotes', "name='Data'", 'name', 'Data'],
        ['an empty value', 'name=""', 'name', ''],
        ['an empty single-quoted value', "name=''", 'name', ''],
        ['a prefixed name', 'sheetId="1" r:id="rId7"', 'id', 'rId7'],
        ['spaces around =', 'name = "Blad 1"', 'name', 'Blad 1'],
        ['entities in the value', 'name="Ö &amp; Ä"', 'name', 'Ö & Ä'],
        ['a longer name ending alike', 'sheetname="x"', 'name', undefined],
        ['a missing name', 'sheetId="1"', 'name', undefined]
    ])('reads %s', (_name, attributes, name, value) => {
        expect(attribute(attributes, name)).toBe(value);
    });
});

describe('elements', () => {
    it.each([
        [
            'elements with content',
            '<a x="1">one</a><a>two</a>',
            [
                { attributes: ' x="1"', content: 'one' },
                { attributes: '', content: 'two' }
            ]
        ],
        [
            'a self-closing element',
            '<a x="1"/><a>two</a>',
            [
                { attributes: ' x="1"', content: '' },
                { attributes: '', content: 'two' }
            ]
        ],
        ['prefixed elements', '<x:a y="2">one</x:a >', [{ attributes: ' y="2"', content: 'one' }]],
        ['not a longer name', '<ab>no</ab><a>yes</a>', [{ attributes: '', content: 'yes' }]]
    ])('yields %s', (_name, xml, found) => {
        expect([...elements(xml, 'a')]).toEqual(found);
    });

    it('throws for an element that never ends', () => {
        expect(() => [...elements('<a>one</a><a>two', 'a')]).toThrow(new XmlError('elementet <a> avslutas aldrig'));
    });
});

describe('runText', () => {
    it.each([
        ['one run', '<t>Kumla</t>', 'Kumla'],
        [
            'rich text runs',
            '<r><t>Kum</t></r><r><rPr><b/></rPr><t xml:space="preserve">la &amp; co</t></r>',
            'Kumla & co'
        ],
        ['a phonetic run left out', '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>', '東京'],
        ['a phonetic run first', '<rPh sb="0" eb="1"><t>ア</t></rPh><t>a</t><rPh><t>イ</t></rPh><t>b</t>', 'ab'],
        ['prefixed phonetic runs', '<x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh>', '東京'],
        ['no runs', '<phoneticPr fontId="1"/>', '']
    ])('reads %s', (_name, content, text) => {
        expect(runText(content)).toBe(text);
    });
});
