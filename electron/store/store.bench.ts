/**
 * Store budget (DESIGN.md): a durable save costs at most 2x the bare floor of write + fsync +
 * rename + fsync folder of the same bytes. Each size compares the floor with a `store.update` of one
 * setting and with one of a single entry inside the large section, then prints the medians and ratios.
 *
 * Each size fills both large sections: `reading` with that many small entries (about 170 bytes of
 * JSON each) and `annotations` with that many notes (a 120-character quote with its context, a
 * 200-character note and two tags: about 700 bytes each). The note save edits one note in the
 * middle of the list, as the annotations service does.
 *
 *   npx vitest bench --run --config build/vitest.config.ts electron/store
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bench, describe } from 'vitest';
import type { Annotation, AnnotationId } from '../contract/annotations';
import { openStore } from './store';

const SIZES = [0, 1_000, 10_000];
const OPTIONS = { time: 1_500, iterations: 30, warmupIterations: 3 };
const THEMES = ['light', 'sepia', 'dark'] as const;

/** The bare floor: the same bytes, already encoded, made durable with nothing else around it. */
async function floorWrite(file: string, bytes: Buffer): Promise<void> {
  const temp = `${file}.floor.tmp`;
  const handle = await open(temp, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(temp, file);
  const folder = await open(path.dirname(file), 'r');
  await folder.sync();
  await folder.close();
}

function entries(count: number) {
  return Array.from({ length: count }, (_, i) => [
    `article-${String(i).padStart(6, '0')}`,
    { paragraphId: `p${i}-${'x'.repeat(58 - String(i).length)}`, offset: i * 7, percent: (i % 100) + 0.5, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() },
  ] as const);
}

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as AnnotationId,
      documentId: 'japan-nato',
      target: { quote: { exact: `quote ${i} `.padEnd(120, 'q'), prefix: 'p'.repeat(32), suffix: 's'.repeat(32) }, position: { start: i, end: i + 120 } },
      color: 'yellow' as const,
      note: `note ${i} `.padEnd(200, 'n'),
      tags: ['nato', `tag-${i % 50}`],
      createdAt: at,
      updatedAt: at,
    };
  });
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const timed = async (samples: number[], run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  samples.push(performance.now() - start);
};

const report: string[] = [];

// Vitest's bench mode runs no beforeAll/afterAll hooks, so each size is set up here, at load.
const cases = await Promise.all(
  SIZES.map(async (size) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
    const store = await openStore({ dataDir: dir });
    await store.update((draft) => {
      for (const [id, position] of entries(size)) draft.reading[id] = { ...position };
      draft.annotations = annotations(size);
    });
    const bytes = Buffer.from(JSON.stringify(store.read()));
    return { size, dir, store, bytes, floorSamples: [] as number[], storeSamples: [] as number[], entrySamples: [] as number[], noteSamples: [] as number[] };
  }),
);

/** Prints one size's pair of medians and their ratio, and the whole table after the last size. */
function finish(entry: (typeof cases)[number]): void {
  const floor = median(entry.floorSamples);
  const save = median(entry.storeSamples);
  const entrySave = median(entry.entrySamples);
  const noteSave = median(entry.noteSamples);
  report.push(
    `${String(entry.size).padStart(6)} entries and notes, ${(entry.bytes.length / 1024).toFixed(0).padStart(5)} KiB: ` +
      `floor ${floor.toFixed(2)} ms | one setting ${save.toFixed(2)} ms, ratio ${(save / floor).toFixed(2)}x` +
      ` | one reading entry ${entrySave.toFixed(2)} ms, ratio ${(entrySave / floor).toFixed(2)}x` +
      ` | one note ${noteSave.toFixed(2)} ms, ratio ${(noteSave / floor).toFixed(2)}x`,
  );
  rmSync(entry.dir, { recursive: true, force: true });
  if (report.length === cases.length) console.log(`\nStore budget (median per durable save; target: at most 2x the floor):\n${report.join('\n')}\n`);
}

for (const entry of cases) {
  describe(`${entry.size} entries`, () => {
    let turn = 0;
    bench(
      'floor: write + fsync + rename + fsync folder',
      () => timed(entry.floorSamples, () => floorWrite(path.join(entry.dir, 'floor.json'), entry.bytes)),
      OPTIONS,
    );
    bench(
      'store.update of one reading entry',
      () =>
        timed(entry.entrySamples, () =>
          entry.store.update((draft) => {
            turn += 1;
            draft.reading['article-000000'] = { paragraphId: 'p0', offset: turn, percent: 1, updatedAt: new Date(0).toISOString() };
          }),
        ),
      OPTIONS,
    );
    bench(
      'store.update of one note (annotations)',
      () =>
        timed(entry.noteSamples, () =>
          entry.store.update((draft) => {
            turn += 1;
            const index = Math.floor(draft.annotations.length / 2);
            const current = draft.annotations[index];
            if (current) draft.annotations[index] = { ...current, note: `edited ${turn}`, updatedAt: new Date(turn).toISOString() };
          }),
        ),
      OPTIONS,
    );
    bench(
      'store.update of one setting',
      () =>
        timed(entry.storeSamples, () =>
          entry.store.update((draft) => {
            turn += 1;
            draft.settings.theme = THEMES[turn % THEMES.length] ?? 'light';
          }),
        ),
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
