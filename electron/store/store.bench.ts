/**
 * Store budget (DESIGN.md): every kind of durable save costs at most 1.5x the bare floor of write +
 * fsync + rename + fsync folder of the same bytes. At each size, one iteration runs the floor and
 * each kind of save in turn (one setting, one reading place, one note edited, one note deleted,
 * one review), so a change in the machine's load moves them all alike; the medians and ratios are
 * printed after the last size.
 *
 * Each size fills every large section with that many entries: `reading` (about 170 bytes of JSON
 * each), `annotations` (a 120-character quote with its context, a 200-character note and two tags:
 * about 700 bytes), `cardProgress` and `reviewLog` (an FSRS state; a rating with the states before
 * and after). The saves are the ones the services make: a note in the middle of the list found by
 * its id through the draft, then replaced or removed; a review that sets one card's progress and
 * appends to the log. The library at scale (100 documents) is service/library/library-scale.bench.ts.
 *
 *   npx vitest bench --run --config build/vitest.config.ts electron/store
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bench, describe } from 'vitest';
import type { Annotation, AnnotationId } from '../contract/annotations';
import type { CardId, FsrsSnapshot, ReviewEntry } from '../contract/flashcards-values';
import { SAVE_TARGET, floorWrite, loadNote, median, ratioCell, timed } from './save-floor';
import { openStore, type Store } from './store';

const SIZES = [0, 1_000, 10_000];
const OPTIONS = { time: 4_000, iterations: 30, warmupIterations: 3 };
const THEMES = ['light', 'sepia', 'dark'] as const;
const KINDS = ['setting', 'reading place', 'note', 'note deleted', 'review'] as const;
type Kind = (typeof KINDS)[number];

const iso = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
const articleId = (i: number) => `article-${String(i).padStart(6, '0')}`;

function readingPlaces(count: number) {
  return Array.from({ length: count }, (_, i) => [
    articleId(i),
    { paragraphId: `p${i}-${'x'.repeat(58 - String(i).length)}`, offset: i * 7, percent: (i % 100) + 0.5, updatedAt: iso(i) },
  ] as const);
}

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as AnnotationId,
    documentId: 'japan-nato',
    target: { quote: { exact: `quote ${i} `.padEnd(120, 'q'), prefix: 'p'.repeat(32), suffix: 's'.repeat(32) }, position: { start: i, end: i + 120 } },
    color: 'yellow' as const,
    note: `note ${i} `.padEnd(200, 'n'),
    tags: ['nato', `tag-${i % 50}`],
    createdAt: iso(i),
    updatedAt: iso(i),
  }));
}

const fsrs = (i: number): FsrsSnapshot => ({
  due: iso(i + 86_400),
  stability: 3.1 + (i % 7),
  difficulty: 5.2,
  elapsed_days: i % 30,
  scheduled_days: 4,
  learning_steps: 0,
  reps: 3,
  lapses: i % 2,
  state: 2,
  last_review: iso(i),
});
const cardId = (i: number) => `card-${String(i).padStart(6, '0')}` as CardId;
const review = (i: number): ReviewEntry => ({ id: `r-${i}`, cardId: cardId(i), documentId: 'japan-nato', rating: 3, at: iso(i), durationMs: 2_000, before: fsrs(i), after: fsrs(i + 1) });

function fill(store: Store, size: number) {
  return store.update((draft) => {
    for (const [id, place] of readingPlaces(size)) draft.reading[id] = { ...place };
    draft.annotations = annotations(size);
    for (let i = 0; i < size; i += 1) draft.cardProgress[cardId(i)] = { fsrs: fsrs(i), suspended: false };
    draft.reviewLog = Array.from({ length: size }, (_, i) => review(i));
  });
}

const middleNote = (store: Store): Annotation | undefined => store.read().annotations[Math.floor(store.read().annotations.length / 2)];

/** One save of each kind, as the services make it; `turn` makes every save a real change. */
const saves: Record<Kind, (store: Store, turn: number) => Promise<unknown>> = {
  setting: (store, turn) =>
    store.update((draft) => {
      draft.settings.theme = THEMES[turn % THEMES.length] ?? 'light';
    }),
  'reading place': (store, turn) =>
    store.update((draft) => {
      draft.reading[articleId(0)] = { paragraphId: 'p0', offset: turn, percent: 1, updatedAt: iso(turn) };
    }),
  // Found by id through the draft, as annotations.update and annotations.delete do.
  note: (store, turn) =>
    store.update((draft) => {
      const current = middleNote(store);
      const index = current ? draft.annotations.findIndex((a) => a.id === current.id) : -1;
      if (current && index >= 0) draft.annotations[index] = { ...current, note: `edited ${turn}`, updatedAt: iso(turn) };
      else draft.annotations.push(annotations(1)[0] as Annotation);
    }),
  'note deleted': (store) =>
    store.update((draft) => {
      const current = middleNote(store);
      const index = current ? draft.annotations.findIndex((a) => a.id === current.id) : -1;
      if (index >= 0) draft.annotations.splice(index, 1);
    }),
  review: (store, turn) =>
    store.update((draft) => {
      draft.cardProgress[cardId(turn % 50)] = { fsrs: fsrs(turn), suspended: false };
      draft.reviewLog.push(review(turn));
    }),
};

const report: string[] = [];

// Vitest's bench mode runs no beforeAll/afterAll hooks, so each size is set up here, at load.
const cases = await Promise.all(
  SIZES.map(async (size) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
    const store = await openStore({ dataDir: dir });
    await fill(store, size);
    const samples = { floor: [] as number[], ...Object.fromEntries(KINDS.map((kind) => [kind, [] as number[]])) } as Record<'floor' | Kind, number[]>;
    return { size, dir, store, samples, turn: 0, bytes: Buffer.alloc(0) };
  }),
);

/** Prints one size's medians and ratios, and the whole table after the last size. */
function finish(entry: (typeof cases)[number]): void {
  const floor = median(entry.samples.floor);
  const bytes = entry.bytes.length;
  const cells = KINDS.map((kind) => ratioCell(kind, entry.samples[kind], floor));
  report.push(`${String(entry.size).padStart(6)} entries, ${(bytes / 1024).toFixed(0).padStart(5)} KiB: floor ${floor.toFixed(2)} ms | ${cells.join(' | ')}`);
  rmSync(entry.dir, { recursive: true, force: true });
  if (report.length === cases.length) {
    console.log(`\nStore budget (median per durable save, ratio to the floor; target: at most ${SAVE_TARGET}x; ${loadNote()}):\n${report.join('\n')}\n`);
  }
}

for (const entry of cases) {
  describe(`${entry.size} entries`, () => {
    bench(
      'floor, then one save of each kind',
      async () => {
        // The document's bytes, refreshed now and then as the review log grows: the floor writes
        // what the saves rewrite, without serialising megabytes right before every timed write.
        if (entry.turn % 40 === 0) entry.bytes = Buffer.from(JSON.stringify(entry.store.read()));
        const bytes = entry.bytes;
        await timed(entry.samples.floor, () => floorWrite(path.join(entry.dir, 'floor.json'), bytes));
        for (const kind of KINDS) {
          entry.turn += 1;
          await timed(entry.samples[kind], () => saves[kind](entry.store, entry.turn));
        }
      },
      {
        ...OPTIONS,
        // The few warm-up samples are kept; the median is not moved by them.
        teardown: (_task, mode) => {
          if (mode === 'run') finish(entry);
        },
      },
    );
  });
}
