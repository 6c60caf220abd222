/**
 * What the crash harness writes, and how it checks that an acknowledged write survived. One entry
 * per contract method that saves something; a feature adds its own (a note, a review, an attempt)
 * by adding an entry here. Two kinds cover every write the app makes:
 * - `accumulating`: each write adds something of its own (a reading place under a new article id,
 *   a note); every acknowledged one must be in the file afterwards.
 * - `overwriting`: writes replace one value (a setting); the file must hold the last acknowledged
 *   value, or that of a later write that was in flight when the process died.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { article } from '../../../data/article';
import { deck } from '../../../data/flashcards';
import type { Input, Method } from '../../contract/contract';
import { ANNOTATION_COLORS } from '../../contract/annotation-values';
import { FONT_SIZES_PX } from '../../contract/reader-values';
import { LecternDocument } from '../../domain/document/document';
import { DOCUMENTS_FOLDER } from '../document-bodies';
import type { StoreDoc } from '../schema';

export interface CrashScenario {
  method: Method;
  /** A valid input for write number `n` (unique across the whole run). */
  input(n: number): unknown;
  /**
   * Checks the file's document against this scenario's writes, in the order they were sent (an
   * unacknowledged one was in flight when its process died: it may or may not be on disk).
   * Returns what is wrong, or null.
   */
  verify(doc: StoreDoc, writes: SentWrite[], dataDir: string): string | null;
}

export interface SentWrite {
  input: unknown;
  acked: boolean;
}

/** A scenario whose writes each add something that must then be found. */
export function accumulating<M extends Method>(method: M, input: (n: number) => Input<M>, found: (doc: StoreDoc, input: Input<M>) => boolean): CrashScenario {
  return {
    method,
    input,
    verify: (doc, writes) => {
      const missing = writes.filter((write) => write.acked && !found(doc, write.input as Input<M>)).map((write) => write.input);
      return missing.length === 0 ? null : `${method}: ${missing.length} acknowledged write(s) missing, first ${JSON.stringify(missing[0])}`;
    },
  };
}

/** A scenario whose writes replace one value, read back by `current`. */
export function overwriting<M extends Method, V>(method: M, input: (n: number) => Input<M>, valueOf: (input: Input<M>) => V, current: (doc: StoreDoc) => V): CrashScenario {
  return {
    method,
    input,
    verify: (doc, writes) => {
      const last = writes.findLastIndex((write) => write.acked);
      if (last === -1) return null;
      // Writes are applied in the order sent, so only the last acknowledged one or a later one fits.
      const allowed = writes.slice(last).map((write) => JSON.stringify(valueOf(write.input as Input<M>)));
      const actual = JSON.stringify(current(doc));
      return allowed.includes(actual) ? null : `${method}: the file holds ${actual}, expected the last acknowledged ${allowed[0]} or a later write`;
    },
  };
}

const paragraphs = article.paragraphs;
const ratings = [1, 2, 3, 4] as const;

/**
 * The writes the app makes: settings, reading places, notes and flashcard reviews.
 *
 * `selftest.answer` is not here: an answer names the open attempt, whose id the main side makes up in
 * `selftest.start`, while a scenario's inputs are fixed from the write number alone and replies are
 * never read. Starting attempts in the run would also replace the open one, so answers in flight for
 * the older attempt would be refused. It stores through the same `store.update` as the writes here.
 */
export const crashScenarios: CrashScenario[] = [
  overwriting(
    'settings.update',
    (n) => ({ fontSizeStep: n % FONT_SIZES_PX.length, theme: (['light', 'sepia', 'dark'] as const)[n % 3] }),
    (input) => [input.fontSizeStep, input.theme],
    (doc) => [doc.settings.fontSizeStep, doc.settings.theme],
  ),
  accumulating(
    'reading.save',
    (n) => ({ documentId: `crash-${n}`, paragraphId: `p${n % 40}`, offset: n % 997, percent: n % 101 }),
    (doc, input) => {
      const saved = Object.hasOwn(doc.reading, input.documentId) ? doc.reading[input.documentId] : undefined;
      return saved?.paragraphId === input.paragraphId && saved.offset === input.offset && saved.percent === input.percent;
    },
  ),
  // A note on a few words of the article; the note's text is unique to the write, so it finds it.
  accumulating(
    'annotations.create',
    (n) => {
      const paragraph = paragraphs[n % paragraphs.length]!;
      const start = (n * 7) % (paragraph.text.length - 30);
      return {
        documentId: article.id,
        from: { paragraphId: paragraph.id, offset: start },
        to: { paragraphId: paragraph.id, offset: start + 12 + (n % 17) },
        color: ANNOTATION_COLORS[n % ANNOTATION_COLORS.length]!,
        note: `crash note ${n}`,
        tags: [`crash-${n % 5}`],
      };
    },
    (doc, input) => doc.annotations.some((a) => a.note === input.note && a.color === input.color),
  ),
  // A rating of a deck card; the duration is the write number, so each review in the log is its own.
  accumulating(
    'reviews.record',
    (n) => ({ cardId: deck.cards[n % deck.cards.length]!.id, rating: ratings[n % ratings.length]!, durationMs: n }),
    (doc, input) => doc.reviewLog.some((r) => r.cardId === input.cardId && r.durationMs === input.durationMs && r.rating === input.rating),
  ),
  // An import: the body file and its index entry are written in two steps. After any kill, every
  // acknowledged one is whole (entry and readable body), and nothing half-made is left: no body
  // without an entry, no entry without a body.
  {
    method: 'library.paste',
    input: (n) => ({ title: `Crash import ${n}`, author: 'Harness', text: `Paragraph one of import ${n}.\n\n${'A sentence of real length for the body. '.repeat(40 + (n % 60))}` }),
    verify: (doc, writes, dataDir) => verifyImports(doc, writes, dataDir),
  },
];

function verifyImports(doc: StoreDoc, writes: SentWrite[], dataDir: string): string | null {
  const folder = path.join(dataDir, DOCUMENTS_FOLDER);
  const entries = new Map(doc.documents.map((entry) => [entry.id, entry]));
  const bodies = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
  const strays = bodies.filter((name) => !entries.has(name.replace(/\.json$/, '')));
  if (strays.length > 0) return `library.paste: body files without an index entry: ${strays.join(', ')}`;
  for (const entry of entries.values()) {
    const file = path.join(folder, `${entry.id}.json`);
    if (!existsSync(file)) return `library.paste: "${entry.title}" is in the index without its body file`;
    const parsed = LecternDocument.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success || parsed.data.textHash !== entry.textHash) return `library.paste: the body of "${entry.title}" is not whole`;
  }
  const titles = new Set([...entries.values()].map((entry) => entry.title));
  const missing = writes.filter((write) => write.acked && !titles.has((write.input as { title: string }).title));
  return missing.length === 0 ? null : `library.paste: ${missing.length} acknowledged import(s) missing, first ${(missing[0]!.input as { title: string }).title}`;
}

