import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../contract/annotations';
import type { UserCard } from '../../contract/flashcards-values';
import { articleText, describeRange, paragraphOffsets } from '../anchoring';
import { gapsIn } from './move-cards';
import { planReplace } from './replace-version';
import type { VersionText } from './version-text';

const text = (...paragraphs: string[]): VersionText => {
  const blocks = paragraphs.map((p, i) => ({ id: `s1-b${i + 1}`, text: p }));
  const byId = new Map(blocks.map((b) => [b.id, b.text]));
  return { text: articleText(blocks), offsets: paragraphOffsets(blocks), blockText: (id) => byId.get(id) };
};

const tides = 'The moon pulls the sea, and the sea rises twice a day along every coast.';
const winds = 'Winds push the surface water, but they do not make the tides themselves.';
const shore = 'A last word on the shore, where the water comes and goes without rest.';
const older = text(tides, winds, shore);
const at = '2026-12-01T12:00:00.000Z';

const annotationOn = (doc: VersionText, quote: string, note = ''): Annotation => {
  const start = doc.text.indexOf(quote);
  return { id: `a-${start}`, documentId: 'old', target: describeRange(doc.text, start, start + quote.length), color: 'yellow', note, tags: ['tide'], createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' } as Annotation;
};
const cardOn = (block: string, quote: string, kind: 'basic' | 'cloze' = 'basic'): UserCard => {
  const start = older.blockText(block)!.indexOf(quote);
  const base = { id: `u-${block}-${start}`, documentId: 'old', tags: ['sea'], source: { paragraph: block, quote, start, end: start + quote.length }, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
  return kind === 'basic' ? { ...base, kind, front: `What about “${quote}”?`, back: quote } : { ...base, kind, gaps: [{ start: 0, end: 4 }] };
};
const plan = (to: VersionText, annotations: Annotation[], cards: UserCard[] = []) =>
  planReplace({ from: older, to, toId: 'new', annotations, cards, reading: { from: null, to: null }, at });

describe('moving annotations to a newer version', () => {
  it('keeps an unchanged passage where it was, on the new document, with its note, colour and tags', () => {
    const note = annotationOn(older, 'the sea rises twice a day', 'two tides');
    const [moved] = plan(text(tides, winds, shore), [note]).annotations;
    expect(moved).toMatchObject({ placed: true, method: 'position' });
    expect(moved!.annotation).toMatchObject({ id: note.id, documentId: 'new', note: 'two tides', color: 'yellow', tags: ['tide'], createdAt: note.createdAt, updatedAt: at });
  });

  it('finds a passage shifted by text added before it, and stores its new offsets', () => {
    const newer = text('A new opening paragraph, added in the second edition.', tides, winds, shore);
    const [moved] = plan(newer, [annotationOn(older, 'do not make the tides')]).annotations;
    expect(moved).toMatchObject({ placed: true, method: 'exact' });
    const { start, end } = moved!.annotation.target.position;
    expect(newer.text.slice(start, end)).toBe('do not make the tides');
  });

  it('finds an edited passage approximately and quotes the new wording', () => {
    const newer = text(tides, 'Winds push the surface water, but they never make the tides themselves.', shore);
    const [moved] = plan(newer, [annotationOn(older, 'Winds push the surface water, but they do not make the tides')]).annotations;
    expect(moved).toMatchObject({ placed: true, method: 'fuzzy' });
    expect(moved!.annotation.target.quote.exact).toContain('never make the tides');
  });

  it('keeps a deleted passage as an orphan with its old quote and note, and lists it', () => {
    const gone = annotationOn(older, 'where the water comes and goes', 'restless');
    const result = plan(text(tides, winds), [gone]);
    expect(result.annotations[0]).toMatchObject({ placed: false, annotation: { id: gone.id, documentId: 'new', target: gone.target, note: 'restless' } });
    expect(result.unplaced).toEqual([{ kind: 'annotation', id: gone.id, quote: 'where the water comes and goes', detail: 'restless' }]);
  });
});

describe('moving cards to a newer version', () => {
  it('re-points a card at its passage in the block where it now is, keeping its id', () => {
    const card = cardOn('s1-b2', 'surface water');
    const newer = text('An added first paragraph.', tides, winds, shore);
    const [moved] = plan(newer, [], [card]).cards;
    expect(moved).toMatchObject({ placed: true, card: { id: card.id, documentId: 'new', source: { paragraph: 's1-b3', quote: 'surface water' } } });
    const source = moved!.card.source;
    expect(newer.blockText(source.paragraph)!.slice(source.start, source.end)).toBe('surface water');
  });

  it('marks a card whose passage is gone as not found, keeping its old source to show', () => {
    const card = cardOn('s1-b3', 'comes and goes without rest');
    const result = plan(text(tides, winds), [], [card]);
    expect(result.cards[0]).toMatchObject({ placed: false, card: { id: card.id, documentId: 'new', sourceNotFound: true, source: card.source } });
    expect(result.unplaced).toEqual([{ kind: 'card', id: card.id, quote: 'comes and goes without rest', detail: 'What about “comes and goes without rest”?' }]);
  });

  it('clears the not-found mark when a later version has the passage again', () => {
    const card = { ...cardOn('s1-b3', 'comes and goes without rest'), sourceNotFound: true };
    const [moved] = plan(text(shore), [], [card]).cards;
    expect(moved!.placed).toBe(true);
    expect(moved!.card.sourceNotFound).toBeUndefined();
  });

  it('moves a cloze card’s gaps with its edited quote, and refuses gaps whose words are gone', () => {
    expect(gapsIn('the sea rises twice', 'the great sea rises twice', [{ start: 4, end: 7 }])).toEqual([{ start: 10, end: 13 }]);
    expect(gapsIn('the sea rises twice', 'the tide rises twice', [{ start: 4, end: 7 }])).toBeNull();
    const cloze = cardOn('s1-b1', 'moon pulls the sea', 'cloze');
    const [moved] = plan(text('The sun pulls the sea too, and the sea rises twice a day along every coast.', winds, shore), [], [cloze]).cards;
    expect(moved).toMatchObject({ placed: false, card: { sourceNotFound: true } });
  });
});

describe('moving the reading place', () => {
  it('follows the words the reader had reached, into the block where they now are', () => {
    const newer = text('An added first paragraph.', tides, winds, shore);
    const result = planReplace({ from: older, to: newer, toId: 'new', annotations: [], cards: [], reading: { from: { paragraphId: 's1-b2', offset: 6, percent: 40, updatedAt: '2026-11-02T00:00:00.000Z' }, to: null }, at });
    expect(result.reading).toEqual({ paragraphId: 's1-b3', offset: 6, percent: 40, updatedAt: at });
  });

  it('keeps the new document’s place once the reader has gone on in it', () => {
    const result = planReplace({ from: older, to: older, toId: 'new', annotations: [], cards: [], reading: { from: { paragraphId: 's1-b2', offset: 6, percent: 40, updatedAt: at }, to: { paragraphId: 's1-b3', offset: 0, percent: 70, updatedAt: at } }, at });
    expect(result.reading).toBeNull();
  });
});
