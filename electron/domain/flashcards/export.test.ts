import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../annotations/fixtures';
import { csvCell, toAnkiText, toCsv } from './export';
import { sampleBasicCard, sampleClozeCard } from './fixtures';

const basic = sampleBasicCard;
const cloze = sampleClozeCard;

describe('Anki export', () => {
  it('starts with Anki’s header lines and writes one exact line per card', () => {
    const lines = toAnkiText([basic, cloze], 'Lectern::Test', () => sampleArticle).split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:false', '#deck:Lectern::Test', '#guid column:1', '#notetype column:2', '#tags column:5']);
    // Stock Basic and Cloze have two fields: the source rides in Back and Back Extra, after a blank line.
    expect(lines.slice(6, 9).join('\n')).toBe('lectern-liaison-office-city\tBasic\tIn which city is the office?\t"Tokyo.\n\n“open a liaison office” (paragraph 1, Japan and NATO)"\tcooperation');
    expect(lines[9]).toBe('lectern-u-1\tCloze\topen a {{c1::liaison}} office\t“open a liaison office” (paragraph 1, Japan and NATO)\t');
  });

  it('quotes a field holding a tab, a line break or a double quote', () => {
    const line = toAnkiText([{ ...basic, back: 'say "yes"\tor\nno' }], 'D', () => sampleArticle).split('\n').slice(6).join('\n');
    expect(line).toContain('\t"say ""yes""\tor\nno\n\n“open a liaison office” (paragraph 1, Japan and NATO)"\t');
  });
});

describe('CSV export', () => {
  it('writes a header and one quoted-as-needed row per card', () => {
    const rows = toCsv([{ ...basic, front: 'Where, exactly?' }]).split('\r\n');
    expect(rows[0]).toBe('\uFEFFid,type,front,back,tags,state,due,paragraph,quote');
    expect(rows[1]).toBe('liaison-office-city,basic,"Where, exactly?",Tokyo.,cooperation,review,2026-03-04T09:00:00.000Z,p1,open a liaison office');
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'])('neutralises %j with a leading apostrophe', (value) => {
    expect(csvCell(value).replace(/^"|"$/g, '').startsWith(`'${value[0]}`)).toBe(true);
  });

  it('neutralises a formula inside a card, and leaves ordinary text alone', () => {
    const rows = toCsv([{ ...basic, front: '=HYPERLINK("http://evil","x")', back: 'Tokyo – “the capital”' }]).split('\r\n');
    expect(rows[1]).toContain(',"\'=HYPERLINK(""http://evil"",""x"")",Tokyo – “the capital”,');
  });
});
