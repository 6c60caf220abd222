/**
 * Import budget (issue 13): importing a 1 MB EPUB takes under 3 s here. Two 1 MB books are timed:
 * a typical one (about 3 million characters of text and a cover image that does not compress, as
 * real EPUBs are) and a worst case of text only (about 8 million characters, compressed 8:1). A
 * book-length plain-text file (about 1 million characters) is timed alongside. Each figure is the
 * median of the runs, printed next to its target and next to a floor measured in the same runs (the
 * bare unzip of every entry, or the bare decoding of the text), since the machine's load moves the
 * absolute figures tenfold. The typical book is also timed as the app imports it, on the import
 * worker thread (dist/electron/import-worker.mjs, so `npm run build` first; `npm run bench` does):
 * on a worker started for it, and on one started ahead while the dialog was open.
 *
 *   npx vitest bench --run --config build/vitest.config.ts electron/domain/import
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { bench, describe } from 'vitest';
import { mulberry32 } from '../seeded-random';
import { bookText, generateBook } from './fixtures/book-text';
import { buildEpub } from './fixtures/epub-fixture';
import { finishDocument, importFile } from './index';
import type { ImportInput, ImportResult } from './importer';
import { importOnThread } from '../../service/library/import-thread';

const OPTIONS = { time: 0, iterations: 5, warmupIterations: 1 };
const TARGET_MS = 3_000;

function noise(bytes: number): Uint8Array {
  const random = mulberry32(7);
  return Uint8Array.from({ length: bytes }, () => Math.floor(random() * 256));
}

const typicalBook = generateBook({ characters: 3_000_000 });
const typical = buildEpub({ ...typicalBook, extraEntries: { 'OEBPS/images/cover.jpg': noise(660 * 1024) } });
const textOnly = buildEpub(generateBook({ characters: 8_600_000, seed: 5 }));
const plain = new TextEncoder().encode(bookText(generateBook({ characters: 1_000_000 })));

const cases = [
  { name: 'EPUB, 3M characters + cover image', input: { bytes: typical, fileName: 'typical.epub' }, floor: unzipAll, samples: [] as number[], floorSamples: [] as number[] },
  { name: 'EPUB, text only (8.6M characters)', input: { bytes: textOnly, fileName: 'text-only.epub' }, floor: unzipAll, samples: [] as number[], floorSamples: [] as number[] },
  { name: 'EPUB, as above, on the import worker', input: { bytes: typical, fileName: 'typical.epub' }, floor: unzipAll, samples: [] as number[], floorSamples: [] as number[], onThread: true },
  // As from the desktop's dialog, which starts the worker while the person picks the file (`prepare`).
  { name: 'EPUB, on a worker started ahead', input: { bytes: typical, fileName: 'typical.epub' }, floor: unzipAll, samples: [] as number[], floorSamples: [] as number[], onThread: true, ahead: true },
  { name: 'plain text, 1M characters', input: { bytes: plain, fileName: 'book.txt' }, floor: decodeAll, samples: [] as number[], floorSamples: [] as number[] },
];

function unzipAll(bytes: Uint8Array): void {
  unzipSync(bytes);
}

function decodeAll(bytes: Uint8Array): void {
  new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

const report: string[] = [];

const workerUrl = new URL('../../../dist/electron/import-worker.mjs', import.meta.url);
if (!existsSync(fileURLToPath(workerUrl))) throw new Error(`${fileURLToPath(workerUrl)} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
const onThread = importOnThread(workerUrl);

async function importOnce(input: ImportInput, thread: boolean): Promise<void> {
  const result: ImportResult = await (thread ? onThread(input) : importFile(input));
  if (!result.ok) throw new Error(result.message);
  await finishDocument(result.document, { id: 'bench', importedAt: '2026-12-01T00:00:00.000Z' });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('import', () => {
  for (const entry of cases) {
    let runs = 0;
    bench(
      `${entry.name} (${(entry.input.bytes.length / (1024 * 1024)).toFixed(2)} MB file)`,
      async () => {
        const floorStart = performance.now();
        entry.floor(entry.input.bytes);
        entry.floorSamples.push(performance.now() - floorStart);
        if ('ahead' in entry) {
          // A person takes seconds to pick a file; the spare has loaded its parsers meanwhile.
          onThread.prepare();
          await new Promise((resolve) => setTimeout(resolve, 1500));
        }
        const start = performance.now();
        await importOnce(entry.input, 'onThread' in entry);
        entry.samples.push(performance.now() - start);
        runs += 1;
        if (runs === OPTIONS.iterations + OPTIONS.warmupIterations) finish(entry);
      },
      OPTIONS,
    );
  }
});

function finish(entry: (typeof cases)[number]): void {
  const measured = median(entry.samples.slice(OPTIONS.warmupIterations));
  const floor = median(entry.floorSamples.slice(OPTIONS.warmupIterations));
  const size = (entry.input.bytes.length / (1024 * 1024)).toFixed(2);
  report.push(
    `${entry.name.padEnd(38)} ${size} MB file: ${measured.toFixed(0).padStart(5)} ms (target: under ${TARGET_MS} ms) ${measured < TARGET_MS ? 'ok' : 'OVER'}` +
      ` | floor ${floor.toFixed(0)} ms, ${(measured / floor).toFixed(1)}x`,
  );
  if (report.length === cases.length) console.log(`\nImport budget (median of ${OPTIONS.iterations} imports, to a finished document):\n${report.join('\n')}\n`);
}
