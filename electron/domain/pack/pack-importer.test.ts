import { describe, expect, it } from 'vitest';
import examplePack from '../../../docs/example.lectern.json';
import { builtinPack } from './builtin-pack';
import { importPack, packImporter } from './pack-importer';

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const input = (value: unknown, fileName = 'gettysburg.lectern.json') => ({ bytes: bytesOf(value), fileName });

describe('packImporter', () => {
  it('imports the example pack of docs/: its document and the whole validated pack', async () => {
    const result = await packImporter.parse(input(examplePack));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.title).toBe('The Gettysburg Address');
    expect(result.document.source).toEqual({ kind: 'pack', fileName: 'gettysburg.lectern.json' });
    expect(result.document.sections[0]?.blocks.map((b) => b.id)).toEqual(['p1', 'p2', 'p3']);
    expect(result.pack.deck?.cards).toHaveLength(5);
    expect(result.pack.selfTest?.questions.map((q) => q.interaction)).toEqual(['choice', 'choice', 'choice', 'order', 'match', 'match', 'text-entry', 'hottext']);
  });

  it('imports the built-in article through the same path', () => {
    const result = packImporter.parse(input(builtinPack(), 'japan-nato.lectern.json'));
    expect(result.ok ? result.pack.manifest.id : result.message).toBe('japan-nato');
  });

  it('refuses a pack with a wrong quote, naming the file and the item, and saves nothing', () => {
    const pack = structuredClone(examplePack);
    pack.deck.cards[3]!.source.quote = 'We have come to praise a portion of that field';
    const result = packImporter.parse(input(pack));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('unreadable');
    expect(result.message).toBe('“gettysburg.lectern.json” could not be imported: the pack has a problem: card why-they-met: quote not found in block p2.');
    expect(result.problems).toEqual([{ item: 'card why-they-met', field: 'source.quote', message: 'quote not found in block p2' }]);
  });

  it('refuses a newer format version as unsupported, and a file that is not UTF-8', () => {
    const newer = packImporter.parse(input({ ...examplePack, manifest: { ...examplePack.manifest, formatVersion: 3 } }));
    expect(newer.ok ? null : newer.code).toBe('unsupported');
    expect(newer.ok ? null : newer.message).toMatch(/this Lectern reads up to version 1\. Update Lectern to import it\.$/);
    const latin1 = { bytes: Uint8Array.from([0x7b, 0xe9, 0x7d]), fileName: 'x.lectern.json' };
    expect(packImporter.parse(latin1).ok).toBe(false);
  });

  it('refuses a file over the size cap', () => {
    const result = importPack(input(examplePack), { maxBytes: 100, maxItems: 10 });
    expect(result.ok ? null : result.code).toBe('too-large');
  });

  it('sniffs a pack by its format field, whatever the extension says, and not other JSON', () => {
    expect(packImporter.sniff(input(examplePack, 'pack.json'))).toBe(true);
    expect(packImporter.sniff(input({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' }, 'notes.json'))).toBe(false);
    expect(packImporter.sniff(input('Four score and seven years ago', 'address.txt'))).toBe(false);
  });
});
