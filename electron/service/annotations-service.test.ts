import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article } from '../../data/article';
import type { AnnotationView } from '../contract/annotations';
import type { Method, Reply } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { FaultyFs } from '../store/faulty-fs';
import { DATA_FILE_NAME, openStore } from '../store/store';
import type { SaveFile } from './deps';
import { createService } from './service';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-annotations-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const documentId = article.id;
const p1 = article.paragraphs[0]!.text;
const at = (paragraphId: string, offset: number) => ({ paragraphId, offset });
const phrase = 'liaison office';
const phraseStart = p1.indexOf(phrase);

async function serviceOver(options: { fs?: FaultyFs; saveFile?: SaveFile } = {}) {
  let n = 0;
  const store = await openStore({ dataDir: dir, ...(options.fs ? { fs: options.fs } : {}) });
  const handlers = createService({ store, now: () => new Date('2026-03-01T09:00:00.000Z'), newId: () => `id-${(n += 1)}`, saveFile: options.saveFile ?? null });
  const call = (method: Method, input: unknown = {}): Promise<Reply<unknown>> => dispatch(handlers, method, input);
  const value = async <T>(method: Method, input: unknown): Promise<T> => {
    const reply = await call(method, input);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as T;
  };
  return { store, call, value };
}

const createInput = (extra: Record<string, unknown> = {}) => ({
  documentId,
  from: at('p1', phraseStart),
  to: at('p1', phraseStart + phrase.length),
  color: 'green',
  ...extra,
});

describe('annotations', () => {
  it('creates a highlight with W3C selectors and places it in its paragraph', async () => {
    const { value } = await serviceOver();
    const view = await value<AnnotationView>('annotations.create', createInput({ note: 'first', tags: [' nato ', 'NATO', 'x'] }));
    expect(view).toMatchObject({
      id: 'id-1',
      color: 'green',
      note: 'first',
      tags: ['nato', 'x'],
      target: { quote: { exact: phrase, prefix: p1.slice(phraseStart - 32, phraseStart), suffix: p1.slice(phraseStart + phrase.length, phraseStart + phrase.length + 32) } },
      placement: { status: 'anchored', method: 'position', ranges: [{ paragraphId: 'p1', start: phraseStart, end: phraseStart + phrase.length }] },
    });
  });

  it('trims whitespace picked up at the ends of a selection and accepts it backwards', async () => {
    const { value } = await serviceOver();
    const view = await value<AnnotationView>('annotations.create', { ...createInput(), from: at('p1', phraseStart + phrase.length + 1), to: at('p1', phraseStart - 1) });
    expect(view.target.quote.exact).toBe(phrase);
  });

  it('splits a highlight across paragraphs into one range per paragraph', async () => {
    const { value } = await serviceOver();
    const view = await value<AnnotationView>('annotations.create', { ...createInput(), from: at('p1', p1.length - 10), to: at('p2', 12) });
    expect(view.placement).toMatchObject({ ranges: [{ paragraphId: 'p1', start: p1.length - 10, end: p1.length }, { paragraphId: 'p2', start: 0, end: 12 }] });
  });

  it('keeps annotations across a reopen, and edits, deletes and restores them', async () => {
    const first = await serviceOver();
    const created = await first.value<AnnotationView>('annotations.create', createInput());
    const second = await serviceOver();
    expect(await second.value<AnnotationView[]>('annotations.list', { documentId })).toHaveLength(1);
    const edited = await second.value<AnnotationView>('annotations.update', { id: created.id, note: 'line 1\nline 2', color: 'pink', tags: ['a'] });
    expect(edited).toMatchObject({ note: 'line 1\nline 2', color: 'pink', tags: ['a'], createdAt: created.createdAt });
    const { deleted } = await second.value<{ deleted: AnnotationView }>('annotations.delete', { id: created.id });
    expect(await second.value<AnnotationView[]>('annotations.list', { documentId })).toEqual([]);
    await second.value('annotations.restore', { annotation: deleted });
    const third = await serviceOver();
    expect(await third.value<AnnotationView[]>('annotations.list', { documentId })).toMatchObject([{ id: created.id, note: 'line 1\nline 2' }]);
  });

  it('opens a data file saved before annotations existed, and adds them to it', async () => {
    await writeFile(path.join(dir, DATA_FILE_NAME), JSON.stringify({ schemaVersion: 1, settings: { theme: 'dark', fontSizeStep: 2, lineWidth: 'medium', fontFamily: 'serif' }, reading: {}, window: null }));
    const { value, store } = await serviceOver();
    expect(await value('annotations.list', { documentId })).toEqual([]);
    await value('annotations.create', createInput());
    const onDisk = JSON.parse(await readFile(store.file, 'utf8')) as { settings: { theme: string }; annotations: unknown[] };
    expect(onDisk.settings.theme).toBe('dark');
    expect(onDisk.annotations).toHaveLength(1);
  });

  it('answers a clear error for an unknown id', async () => {
    const { call } = await serviceOver();
    await expect(call('annotations.update', { id: 'gone', note: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('no longer exists') } });
    await expect(call('annotations.delete', { id: 'gone' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('reports write-failed and keeps nothing half-saved when the disk refuses', async () => {
    const fs = new FaultyFs();
    const { call, value } = await serviceOver({ fs });
    fs.fail('writeFile', 'ENOSPC');
    await expect(call('annotations.create', createInput({ note: 'precious' }))).resolves.toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(await value<AnnotationView[]>('annotations.list', { documentId })).toEqual([]);
  });
});

describe('annotations contract limits', () => {
  const limits: [string, Method, Record<string, unknown>, RegExp][] = [
    ['a note over 10,000 characters', 'annotations.create', createInput({ note: 'n'.repeat(10_001) }), /note: a note holds at most 10,000/],
    ['a tag over 64 characters', 'annotations.create', createInput({ tags: ['t'.repeat(65)] }), /tags\.0: a tag holds at most 64/],
    ['33 tags', 'annotations.create', createInput({ tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }), /tags: an annotation holds at most 32 tags/],
    ['a blank tag', 'annotations.update', { id: 'x', tags: ['  '] }, /tags\.0: a tag cannot be empty/],
    ['a tag with a line break', 'annotations.update', { id: 'x', tags: ['a\nb'] }, /a tag is one line/],
    ['an unknown colour', 'annotations.create', createInput({ color: 'red' }), /color/],
    ['an id with a slash', 'annotations.delete', { id: '../x' }, /id/],
    ['an unknown field', 'annotations.update', { id: 'x', html: '<b>' }, /html/],
  ];
  it.each(limits)('refuses %s', async (_name, method, input, message) => {
    const { call } = await serviceOver();
    const reply = await call(method, input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) } });
  });

  it('accepts exactly 10,000 characters of note, 64-character tags and 32 tags', async () => {
    const { call } = await serviceOver();
    const reply = await call('annotations.create', createInput({ note: 'n'.repeat(10_000), tags: Array.from({ length: 32 }, (_, i) => `${i}`.padEnd(64, 't')) }));
    expect(reply.ok).toBe(true);
  });

  it('refuses a highlight over 2,000 characters, and one of only whitespace', async () => {
    const { call } = await serviceOver();
    await expect(call('annotations.create', { ...createInput(), from: at('p1', 0), to: at('p2', 900) })).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/at most 2,000 characters; this selection has 2,\d{3}/) },
    });
    await expect(call('annotations.create', { ...createInput(), from: at('p1', p1.length), to: at('p2', 0) })).resolves.toMatchObject({
      ok: false,
      error: { message: 'The selection holds no text to highlight.' },
    });
    await expect(call('annotations.create', { ...createInput(), from: at('p9', 0), to: at('p1', 3) })).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('unknown paragraph: p9') },
    });
  });
});

describe('annotations import and export', () => {
  it('exports Markdown and JSON-LD, and a re-import updates rather than duplicates', async () => {
    const { value } = await serviceOver();
    const created = await value<AnnotationView>('annotations.create', createInput({ note: 'mine', tags: ['t'] }));
    const md = await value<{ fileName: string; mimeType: string; content: string }>('annotations.export', { documentId, format: 'markdown' });
    expect(md).toMatchObject({ fileName: 'lectern-annotations-japan-nato-2026-03-01.md', mimeType: 'text/markdown' });
    expect(md.content).toContain(`## Paragraph 1\n\n> ${phrase}\n\nmine\n\n- Colour: Green (double underline)\n- Tags: t`);
    const json = await value<{ content: string; fileName: string }>('annotations.export', { documentId, format: 'jsonld' });
    expect(json.fileName).toMatch(/\.jsonld$/);

    await value('annotations.update', { id: created.id, note: 'changed since' });
    const report = await value<{ added: number; updated: number }>('annotations.import', { documentId, text: json.content });
    expect(report).toMatchObject({ format: 'W3C Web Annotations', added: 0, updated: 1, unchanged: 0, skipped: 0 });
    const list = await value<AnnotationView[]>('annotations.list', { documentId });
    expect(list).toMatchObject([{ id: created.id, note: 'mine', tags: ['t'], createdAt: created.createdAt }]);
  });

  it('rejects a file that holds no annotations with a message naming the problem, and changes nothing', async () => {
    const { call, value } = await serviceOver();
    await value('annotations.create', createInput());
    const reply = await call('annotations.import', { documentId, text: '{"type":"AnnotationCollection"}' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Nothing was imported: the collection has no list of annotations/) } });
    expect(await value<AnnotationView[]>('annotations.list', { documentId })).toHaveLength(1);
  });

  it('skips an annotation it cannot use, saying why, and imports the rest', async () => {
    const { value } = await serviceOver();
    const text = JSON.stringify({
      type: 'AnnotationPage',
      items: [{ type: 'Annotation' }, { type: 'Annotation', bodyValue: 'kept', target: { selector: { type: 'TextQuoteSelector', exact: phrase } } }],
    });
    const report = await value('annotations.import', { documentId, text });
    expect(report).toMatchObject({
      added: 1,
      skipped: 1,
      entries: [
        { label: 'Annotation 1', outcome: 'skipped', detail: 'it has no target' },
        { label: `“${phrase}”`, outcome: 'added', detail: null },
      ],
    });
    expect(await value<AnnotationView[]>('annotations.list', { documentId })).toMatchObject([{ note: 'kept', placement: { status: 'anchored' } }]);
  });

  it('keeps an imported annotation whose text is gone as an orphan', async () => {
    const { value } = await serviceOver();
    const text = JSON.stringify([{ id: 'lost', type: 'Annotation', body: { value: 'keep me' }, target: { selector: { type: 'TextQuoteSelector', exact: 'a sentence the article never had, about submarines' } } }]);
    await value('annotations.import', { documentId, text });
    expect(await value<AnnotationView[]>('annotations.list', { documentId })).toMatchObject([{ id: 'lost', note: 'keep me', placement: { status: 'orphaned', reason: 'not-found' } }]);
  });

  it('saves through the save dialog where there is one, and says unavailable where there is not', async () => {
    const saved: string[] = [];
    const withDialog = await serviceOver({ saveFile: async (file) => (saved.push(file.fileName), { outcome: 'saved', path: `/home/me/${file.fileName}` }) });
    await expect(withDialog.call('annotations.saveExport', { documentId, format: 'markdown' })).resolves.toEqual({ ok: true, value: { outcome: 'saved', path: '/home/me/lectern-annotations-japan-nato-2026-03-01.md' } });
    expect(saved).toEqual(['lectern-annotations-japan-nato-2026-03-01.md']);
    const web = await serviceOver();
    await expect(web.call('annotations.saveExport', { documentId, format: 'jsonld' })).resolves.toEqual({ ok: true, value: { outcome: 'unavailable' } });
  });
});
