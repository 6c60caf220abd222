/**
 * The library at scale (issue 13): 100 imported documents and 10,000 annotations in the store. A note
 * save through the service (`annotations.update`, as the sidebar makes it) against the bare floor of
 * write + fsync + rename + fsync folder of the same bytes, interleaved in one loop (target: at most
 * 1.5x), the same edit as a bare `store.update`, and `library.list`'s time, printed together.
 *
 *   npx vitest bench --run --config build/vitest.config.ts electron/service/library
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bench, describe } from 'vitest';
import type { Annotation, AnnotationId } from '../../contract/annotations';
import { bookText, generateBook } from '../../domain/import/fixtures/book-text';
import { SAVE_TARGET, floorWrite, loadNote, median, ratioCell, timed } from '../../store/save-floor';
import { openStore } from '../../store/store';
import { createService } from '../service';

const DOCUMENTS = 100;
const ANNOTATIONS = 10_000;

// Vitest's bench mode runs no beforeAll hooks, so the library is built here, at load: 100 pasted
// documents of ~20,000 characters, one annotation made on each through the service, then copies of
// those (new ids, same passages) up to 10,000, written in one update.
const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-library-bench-'));
const store = await openStore({ dataDir: dir });
const handlers = createService({ store });
const ids: string[] = [];
for (let i = 0; i < DOCUMENTS; i += 1) {
  const outcome = await handlers['library.paste']({ title: `Book ${i + 1}`, author: 'Bench', text: bookText(generateBook({ seed: i + 1, characters: 20_000 })) });
  if (outcome.outcome !== 'imported') throw new Error(`bench: book ${i + 1} was not imported (${outcome.outcome})`);
  ids.push(outcome.item.id);
}
for (const id of ids) {
  const opened = await handlers['library.open']({ id });
  const block = opened!.document.sections[0]!.blocks.find((b) => b.text.length > 80)!;
  await handlers['annotations.create']({ documentId: id, from: { paragraphId: block.id, offset: 10 }, to: { paragraphId: block.id, offset: 70 }, color: 'yellow', note: 'first', tags: ['bench'] });
}
await store.update((draft) => {
  const made = [...draft.annotations];
  for (let i = made.length; i < ANNOTATIONS; i += 1) {
    const base = made[i % made.length] as Annotation;
    draft.annotations.push({ ...base, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as AnnotationId, note: `note ${i} `.padEnd(200, 'n') });
  }
});
const target = store.read().annotations[Math.floor(ANNOTATIONS / 2)]!.id;
const samples = { floor: [] as number[], note: [] as number[], list: [] as number[], raw: [] as number[] };
let turn = 0;
let bytes = Buffer.from(JSON.stringify(store.read()));

describe(`library of ${DOCUMENTS} documents and ${ANNOTATIONS} annotations`, () => {
  bench(
    'floor, a note save, library.list',
    async () => {
      turn += 1;
      if (turn % 40 === 0) bytes = Buffer.from(JSON.stringify(store.read()));
      await timed(samples.floor, () => floorWrite(path.join(dir, 'floor.json'), bytes));
      await timed(samples.note, () => handlers['annotations.update']({ id: target, note: `edited ${turn}` }));
      await timed(samples.list, () => handlers['library.list']({}));
      // The same edit straight on the store: tells the service's share from the store's.
      await timed(samples.raw, () =>
        store.update((draft) => {
          const index = draft.annotations.findIndex((a) => a.id === target);
          draft.annotations[index] = { ...draft.annotations[index]!, note: `direct ${turn}` };
        }),
      );
    },
    {
      time: 4_000,
      iterations: 30,
      warmupIterations: 3,
      teardown: (_task, mode) => {
        if (mode !== 'run') return;
        const floor = median(samples.floor);
        const cells = [ratioCell('note save', samples.note, floor), ratioCell('the same edit as a bare store.update', samples.raw, floor)];
        console.log(
          `\nLibrary at scale (${DOCUMENTS} documents, ${ANNOTATIONS.toLocaleString('en')} annotations, ${(bytes.length / 1024).toFixed(0)} KiB store; target: at most ${SAVE_TARGET}x; ${loadNote()}): floor ${floor.toFixed(2)} ms | ${cells.join(' | ')} | library.list ${median(samples.list).toFixed(2)} ms (median of ${samples.list.length})\n`,
        );
        rmSync(dir, { recursive: true, force: true });
      },
    },
  );
});
