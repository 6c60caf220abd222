import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import { describe, expect, it } from 'vitest';
import type { CardProgress, CardView, FsrsSnapshot, ReviewEntry } from '../../../contract/flashcards-values';
import { sampleArticle } from '../../annotations/fixtures';
import { sampleBasicCard, sampleClozeCard } from '../../flashcards/fixtures';
import type { CardExportInput } from '../exporter';
import { toApkg } from './apkg';
import { BASIC_NOTETYPE_ID, CLOZE_NOTETYPE_ID } from './notetypes';

const basic: CardView = { ...sampleBasicCard, front: 'In which city is <the> office?', tags: ['cooperation', 'places'] };
const cloze = sampleClozeCard;

const snapshot = (extra: Partial<FsrsSnapshot>): FsrsSnapshot => ({
  due: '2026-03-04T09:00:00.000Z', stability: 3.2, difficulty: 5.1, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: '2026-03-01T09:00:00.000Z', ...extra,
});
const learning = snapshot({ due: '2026-03-01T09:10:00.000Z', state: 1, scheduled_days: 0, reps: 1, learning_steps: 1, last_review: '2026-03-01T09:00:00.000Z' });
const reviews: ReviewEntry[] = [
  { id: 'r1', cardId: basic.id, documentId: 'japan-nato', rating: 3, at: '2026-03-01T09:00:00.000Z', durationMs: 4200, before: null, after: learning },
  { id: 'r2', cardId: basic.id, documentId: 'japan-nato', rating: 3, at: '2026-03-01T09:11:00.000Z', durationMs: 90_000, before: learning, after: snapshot({}) },
];
const progress: Record<string, CardProgress> = { [basic.id]: { fsrs: snapshot({}), suspended: false }, [cloze.id]: { fsrs: null, suspended: true } };

const input = (extra: Partial<CardExportInput> = {}): CardExportInput => ({
  documentOf: () => sampleArticle, cards: [basic, cloze], progress, reviews, deckName: 'Lectern::Japan and NATO', includeHistory: false, desiredRetention: 0.9, exportedAt: '2026-03-02T12:00:00.000Z', ...extra,
});

/** Opens the package as Anki would: unzip, then read collection.anki2 with SQLite. */
async function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
  expect(new TextDecoder().decode(files.media)).toBe('{}');
  const SQL = await initSqlJs();
  const db = new SQL.Database(files['collection.anki2']);
  const rows = (sql: string) => {
    const [result] = db.exec(sql);
    return (result?.values ?? []).map((values) => Object.fromEntries(result!.columns.map((c, i) => [c, values[i]])));
  };
  return { db, rows };
}

describe('Anki package export', () => {
  it('holds Lectern’s Basic and Cloze notetypes, each with a Source field and the first field as sort field', async () => {
    const { rows } = await open(await toApkg(input()));
    const [col] = rows('select ver, models, decks from col');
    expect(col?.ver).toBe(11);
    const models = JSON.parse(col?.models as string) as Record<string, { name: string; type: number; sortf: number; flds: { name: string; ord: number }[]; tmpls: { qfmt: string; afmt: string }[] }>;
    expect(Object.values(models).map((m) => [m.name, m.type, m.sortf, m.flds.map((f) => f.name)])).toEqual([
      ['Lectern Basic', 0, 0, ['Front', 'Back', 'Source']],
      ['Lectern Cloze', 1, 0, ['Text', 'Back Extra', 'Source']],
    ]);
    expect(models[CLOZE_NOTETYPE_ID]?.tmpls[0]?.qfmt).toBe('{{cloze:Text}}');
    expect(models[BASIC_NOTETYPE_ID]?.tmpls[0]?.afmt).toContain('{{Source}}');
    const decks = JSON.parse(col?.decks as string) as Record<string, { name: string }>;
    expect(Object.values(decks).map((d) => d.name).sort()).toEqual(['Default', 'Lectern::Japan and NATO']);
  });

  it('writes one note and one card per Lectern card: stable GUIDs, fields as HTML, the source, tags and the deck', async () => {
    const { rows } = await open(await toApkg(input()));
    const notes = rows('select id, guid, mid, tags, flds, sfld, csum from notes order by id');
    expect(notes.map((n) => [n.guid, n.mid, n.tags])).toEqual([
      ['lectern-liaison-office-city', BASIC_NOTETYPE_ID, ' cooperation places '],
      ['lectern-u-1', CLOZE_NOTETYPE_ID, ''],
    ]);
    expect((notes[0]!.flds as string).split('\u001f')).toEqual(['In which city is &lt;the&gt; office?', 'Tokyo.', '“open a liaison office” (paragraph 1, Japan and NATO)']);
    expect(notes[0]?.sfld).toBe('In which city is <the> office?');
    expect(typeof notes[0]?.csum).toBe('number');
    expect((notes[1]!.flds as string).split('\u001f')).toEqual(['open a {{c1::liaison}} office', '', '“open a liaison office” (paragraph 1, Japan and NATO)']);
    const [col] = rows('select decks from col');
    const deckId = Object.values(JSON.parse(col?.decks as string) as Record<string, { id: number; name: string }>).find((d) => d.name === 'Lectern::Japan and NATO')?.id;
    const cards = rows('select nid, did, ord, type, queue from cards order by nid');
    expect(cards).toEqual([
      { nid: notes[0]?.id, did: deckId, ord: 0, type: 0, queue: 0 },
      // Suspended in Lectern, suspended in Anki.
      { nid: notes[1]?.id, did: deckId, ord: 0, type: 0, queue: -1 },
    ]);
    expect(rows('select count(*) as n from revlog')).toEqual([{ n: 0 }]);
  });

  it('gives the same GUIDs on a second export, so Anki updates the notes instead of duplicating them', async () => {
    const guids = async (at: string) => (await open(await toApkg(input({ exportedAt: at })))).rows('select guid from notes order by guid');
    expect(await guids('2026-04-01T00:00:00.000Z')).toEqual(await guids('2026-03-02T12:00:00.000Z'));
  });

  it('carries the FSRS progress and every review when the user asks for the history', async () => {
    const { rows } = await open(await toApkg(input({ includeHistory: true })));
    const [col] = rows('select crt from col');
    const crt = col?.crt as number;
    expect(crt).toBe(Date.parse('2026-03-01T00:00:00.000Z') / 1000);
    const [card] = rows(`select id, type, queue, due, ivl, reps, lapses, data from cards where nid = (select id from notes where guid = 'lectern-liaison-office-city')`);
    // A review card is due on a day counted from the collection's creation: 1 March + 3 days.
    expect(card).toMatchObject({ type: 2, queue: 2, due: 3, ivl: 3, reps: 2, lapses: 0 });
    expect(JSON.parse(card?.data as string)).toEqual({ s: 3.2, d: 5.1, dr: 0.9 });
    const revlog = rows('select id, cid, ease, ivl, lastIvl, time, type from revlog order by id');
    expect(revlog).toEqual([
      { id: Date.parse(reviews[0]!.at), cid: card?.id, ease: 3, ivl: -600, lastIvl: 0, time: 4200, type: 0 },
      { id: Date.parse(reviews[1]!.at), cid: card?.id, ease: 3, ivl: 3, lastIvl: -600, time: 60_000, type: 0 },
    ]);
  });
});
