import { describe, expect, it } from 'vitest';
import examplePack from '../../../docs/example.lectern.json';
import { builtinPack } from './builtin-pack';
import { describeProblems, validatePack, type PackValidation } from './validate-pack';

const example = () => structuredClone(examplePack) as typeof examplePack & Record<string, unknown>;
const lines = (result: PackValidation) => (result.ok ? [] : describeProblems(result.problems));

describe('validatePack', () => {
  it('accepts the example pack from its file text and fills in defaults', () => {
    const result = validatePack(JSON.stringify(examplePack));
    expect(lines(result)).toEqual([]);
    if (!result.ok) return;
    const hottext = result.pack.selfTest?.questions.find((q) => q.interaction === 'hottext');
    expect(hottext && 'minOverlap' in hottext ? hottext.minOverlap : null).toBe(0.5);
    expect(result.warnings).toEqual([]);
  });

  it('refuses a card whose quote is not in the cited block, naming the card, the field and the block', () => {
    const pack = example();
    pack.deck.cards[0]!.source.quote = 'Four score and eight years ago';
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ item: 'card how-long-ago', field: 'source.quote', message: 'quote not found in block p1' }]);
    expect(lines(result)).toEqual(['card how-long-ago: quote not found in block p1']);
  });

  it('refuses a citation of a block the document lacks, and a misquoted item inside a question', () => {
    const pack = example();
    pack.argumentMap.nodes[0]!.source.block = 'p9';
    const order = pack.selfTest.questions.find((q) => q.id === 'order-of-the-address') as { choices: { source: { quote: string } }[] };
    order.choices[1]!.source.quote = 'can briefly endure';
    expect(lines(validatePack(pack))).toEqual([
      'question order-of-the-address: item test: quote not found in block p2',
      'map node ctx-founding: cites block p9, which the document does not have',
    ]);
  });

  it('refuses duplicate ids of cards, questions, blocks and choices', () => {
    const pack = example();
    pack.deck.cards[1]!.id = pack.deck.cards[0]!.id;
    pack.selfTest.questions[1]!.id = pack.selfTest.questions[0]!.id;
    pack.document.sections[0]!.blocks[1]!.id = 'p1';
    const result = lines(validatePack(pack));
    expect(result).toContain('card how-long-ago: duplicate card id how-long-ago: ids must be unique, progress is kept by them');
    expect(result).toContain('question who-consecrated: duplicate question id who-consecrated: ids must be unique, progress is kept by them');
    expect(result).toContain('block p1: duplicate block id p1');
  });

  it('names the item and field of a schema problem', () => {
    const pack = example();
    pack.deck.cards[2]!.front = '';
    const result = lines(validatePack(pack));
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^card what-the-war-tests: front: too small/);
    // Rules across fields run once the shapes are right.
    const other = example();
    (other.selfTest.questions[0] as Record<string, unknown>).correct = ['nobody'];
    expect(lines(validatePack(other))).toEqual(['question who-consecrated: correct answer nobody is not one of the choices']);
  });

  it('refuses a pack over the size cap before parsing it', () => {
    const result = validatePack(JSON.stringify(examplePack), { maxBytes: 1000, maxItems: 5000 });
    expect(result.ok ? null : result.reason).toBe('too-large');
    expect(lines(result)[0]).toMatch(/^pack: the file is .* MB, over the .* MB a pack may be$/);
  });

  it('refuses a pack with thousands of items', () => {
    const pack = example();
    pack.deck.cards = Array.from({ length: 6000 }, (_, i) => ({ ...examplePack.deck.cards[0]!, id: `card-${i}` }));
    const result = validatePack(pack);
    expect(result.ok ? null : result.reason).toBe('too-many-items');
    expect(lines(result)).toEqual(['pack: 6013 cards, questions and map nodes, more than the 5000 a pack may hold']);
  });

  it('refuses a pack of a newer format version with a message saying to update Lectern', () => {
    const pack = example();
    pack.manifest.formatVersion = 2;
    const result = validatePack(pack);
    expect(result.ok ? null : result.reason).toBe('newer-format');
    expect(lines(result)[0]).toContain('format version 2; this Lectern reads up to version 1. Update Lectern');
  });

  it('refuses text that is not JSON, and JSON that is not a pack', () => {
    expect(validatePack('{ "manifest": ').ok).toBe(false);
    const notPack = validatePack('{"@context": "http://www.w3.org/ns/anno.jsonld"}');
    expect(notPack.ok ? null : notPack.reason).toBe('not-a-pack');
  });

  it('keeps HTML in pack text literally and warns that it is shown as text', () => {
    const pack = example();
    const first = pack.deck.cards[0]!;
    if (first.kind !== 'basic') throw new Error('the example pack starts with a basic card');
    first.back = '87 years: <b>1776</b>';
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.deck?.cards[0]).toMatchObject({ back: '87 years: <b>1776</b>' });
    expect(result.warnings).toEqual(['card how-long-ago: contains markup (<b>); it is shown as text, not as HTML']);
  });

  it('refuses a pick-one question with two correct answers and a one-to-one match left unpaired', () => {
    const pack = builtinPack();
    const questions = pack.selfTest!.questions;
    const single = questions.find((q) => q.interaction === 'choice' && q.maxChoices === 1 && q.choices.length > 2)!;
    if (single.interaction === 'choice') single.correct = [single.choices[0]!.id, single.choices[1]!.id];
    const match = questions.find((q) => q.interaction === 'match' && q.oneToOne)!;
    if (match.interaction === 'match') delete match.pairs[match.left[0]!.id];
    const result = lines(validatePack(pack));
    expect(result).toContain(`question ${single.id}: a pick-one question has exactly one correct answer, not 2`);
    expect(result.some((line) => line.startsWith(`question ${match.id}: left id `))).toBe(true);
  });
});
