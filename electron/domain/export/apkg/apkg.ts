/**
 * The cards as an Anki package (`.apkg`): a zip of `collection.anki2` and an empty `media` map.
 * Notes carry Lectern's own notetypes (a Source field each), GUIDs shared with the TSV export (so
 * either import updates the same notes), tags and the deck; with `includeHistory`, each card's FSRS
 * state and every review go along.
 */
import { zipSync } from 'fflate';
import type { CardView } from '../../../contract/flashcards-values';
import { ankiCloze } from '../../flashcards/cloze';
import { ankiGuid, sourceLine } from '../../flashcards/export';
import type { CardExportInput } from '../exporter';
import { writeCollection, type AnkiNote } from './collection';
import { fieldChecksum, htmlField, joinFields, stripHtml } from './fields';
import { BASIC_NOTETYPE_ID, CLOZE_NOTETYPE_ID } from './notetypes';
import { ankiCardState, revlogRow, type RevlogRow } from './scheduling';

const DAY_SECONDS = 86_400;

/** A deck id stable for a deck name (Anki matches decks by name on import; a stable id keeps re-exports tidy). */
function deckIdOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  return 1_700_000_000_000 + (hash % 1_000_000);
}

function fieldsOf(card: CardView, input: CardExportInput): string[] {
  const source = htmlField(sourceLine(card, input.documentOf(card)));
  return card.kind === 'cloze' ? [htmlField(ankiCloze(card.back, card.gaps)), '', source] : [htmlField(card.front), htmlField(card.back), source];
}

/** Earliest of the export day and every review day, at UTC midnight: the collection's creation time. */
function creationDay(input: CardExportInput): number {
  const times = [Date.parse(input.exportedAt), ...(input.includeHistory ? input.reviews.map((r) => Date.parse(r.at)) : [])];
  return Math.floor(Math.min(...times) / 1000 / DAY_SECONDS) * DAY_SECONDS;
}

export async function toApkg(input: CardExportInput): Promise<Uint8Array> {
  const modMs = Date.parse(input.exportedAt);
  const crt = creationDay(input);
  const ids = new Map<string, number>();
  const notes: AnkiNote[] = [];
  for (const [index, card] of input.cards.entries()) {
    const id = modMs + index;
    ids.set(card.id, id);
    const fields = fieldsOf(card, input);
    const progress = input.includeHistory ? input.progress[card.id] : { fsrs: null, suspended: input.progress[card.id]?.suspended ?? false };
    notes.push({
      id,
      guid: ankiGuid(card.id),
      notetypeId: card.kind === 'cloze' ? CLOZE_NOTETYPE_ID : BASIC_NOTETYPE_ID,
      fields: joinFields(fields),
      sortField: stripHtml(fields[0]!),
      checksum: await fieldChecksum(fields[0]!),
      tags: card.tags,
      card: { id, ...ankiCardState(progress, index + 1, crt, input.desiredRetention) },
    });
  }
  const revlog: RevlogRow[] = [];
  if (input.includeHistory) {
    const used = new Set<number>();
    for (const entry of input.reviews) {
      const cid = ids.get(entry.cardId);
      if (cid === undefined) continue;
      const row = revlogRow(entry, cid);
      // The revlog's key is the review time in ms; two reviews in one ms move apart by one.
      while (used.has(row.id)) row.id += 1;
      used.add(row.id);
      revlog.push(row);
    }
  }
  const collection = await writeCollection({ deckId: deckIdOf(input.deckName), deckName: input.deckName, crt, modMs, notes, revlog });
  return zipSync({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') });
}
