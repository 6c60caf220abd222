import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article } from '../../data/article';
import type { Method, Output, Reply } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import type { AnnotationImporter } from '../domain/annotations/import/importer';
import { annotationImporters } from '../domain/annotations/import/registry';
import { defineExporter } from '../domain/export/exporter';
import { exporters } from '../domain/export/registry';
import { openStore } from '../store/store';
import type { ServiceDeps } from './deps';
import { createService } from './service';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-transfer-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function serviceOver(deps: Partial<ServiceDeps> = {}) {
  const store = await openStore({ dataDir: dir });
  const handlers = createService({ store, now: () => new Date('2026-03-01T09:00:00.000Z'), ...deps });
  return async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const reply = (await dispatch(handlers, method, input)) as Reply<Output<M>>;
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };
}

/** A format that exists only in this test: one line per annotation, its quote in capitals. */
const shoutExporter = defineExporter({
  id: 'shout',
  subject: 'annotations',
  label: 'Export shouting',
  extension: 'shout',
  mimeType: 'text/plain',
  write: ({ document, annotations }) => `${document.title}\n${annotations.map((a) => a.annotation.target.quote.exact.toUpperCase()).join('\n')}`,
});

/** An import format that exists only in this test: `{ "quotes": ["…"] }`. */
const quotesImporter: AnnotationImporter = {
  id: 'quotes',
  label: 'Quote list',
  extensions: ['quotes'],
  mimeTypes: ['application/x-quotes'],
  sniff: (json) => typeof json === 'object' && json !== null && Array.isArray((json as { quotes?: unknown }).quotes),
  parse: (json) => ({
    ok: true,
    format: 'Quote list',
    items: (json as { quotes: string[] }).quotes.map((exact, index) => ({
      kind: 'annotation' as const,
      index,
      label: `“${exact}”`,
      candidate: { lecternId: null, sourceId: `urn:test:${index}`, target: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } }, color: 'green' as const, note: '', tags: [], createdAt: null, updatedAt: null, changes: [] },
    })),
  }),
};

describe('export and import registries', () => {
  it('lists every format of the registries, for the menus and the file chooser', async () => {
    const call = await serviceOver();
    const formats = await call('transfer.formats', {});
    expect(formats.exporters.map((e) => [e.subject, e.id, e.carriesHistory])).toEqual([
      ['annotations', 'markdown', false],
      ['annotations', 'jsonld', false],
      ['cards', 'apkg', true],
      ['cards', 'anki', false],
      ['cards', 'csv', false],
    ]);
    expect(formats.annotationImporters.map((i) => i.id)).toEqual(['w3c', 'hypothesis']);
  });

  it('offers, runs and refuses formats by the list alone: a toy exporter and importer added in the test', async () => {
    const call = await serviceOver({ exporters: [...exporters, shoutExporter], annotationImporters: [...annotationImporters, quotesImporter] });
    const formats = await call('transfer.formats', {});
    expect(formats.exporters.at(-1)).toEqual({ id: 'shout', subject: 'annotations', label: 'Export shouting', extension: 'shout', carriesHistory: false });
    expect(formats.annotationImporters.at(-1)).toEqual({ id: 'quotes', label: 'Quote list', extensions: ['quotes'], mimeTypes: ['application/x-quotes'] });

    const report = await call('annotations.import', { documentId: article.id, text: JSON.stringify({ quotes: ['liaison office'] }) });
    expect(report).toMatchObject({ format: 'Quote list', added: 1, entries: [{ label: '“liaison office”', outcome: 'added' }] });
    const again = await call('annotations.import', { documentId: article.id, text: JSON.stringify({ quotes: ['liaison office'] }) });
    expect(again).toMatchObject({ added: 0, unchanged: 1 });

    const file = await call('annotations.export', { documentId: article.id, format: 'shout' });
    expect(file).toEqual({ fileName: 'lectern-annotations-japan-nato-2026-03-01.shout', mimeType: 'text/plain', content: `${article.title}\nLIAISON OFFICE` });
    const without = await serviceOver();
    await expect(without('annotations.export', { documentId: article.id, format: 'shout' })).rejects.toThrow('There is no annotation export format "shout".');
    await expect(without('annotations.import', { documentId: article.id, text: '{"quotes":["x"]}' })).rejects.toThrow(/not in a format Lectern reads/);
  });

  it('sends the Anki package as base64 bytes and text formats as text', async () => {
    const call = await serviceOver();
    const apkg = await call('cards.export', { format: 'apkg', includeHistory: true });
    expect(apkg).toMatchObject({ fileName: 'lectern-flashcards-2026-03-01.apkg', mimeType: 'application/octet-stream', encoding: 'base64' });
    expect(Object.keys(unzipSync(Buffer.from(apkg.content, 'base64'))).sort()).toEqual(['collection.anki2', 'media']);
    const tsv = await call('cards.export', { format: 'anki' });
    expect(tsv).toMatchObject({ fileName: 'lectern-flashcards-2026-03-01.txt', encoding: 'utf8' });
    expect(tsv.content).toContain('(paragraph 1, Japan Deepens Its Cooperation');
    await expect(call('cards.export', { format: 'markdown' })).rejects.toThrow('There is no card export format "markdown".');
  });
});
