import { describe, expect, it, vi } from 'vitest';
import { documentToOpen, type OpenAsks } from './first-screen';
import type { OpenedDocument } from './library';

/** A library of `shown` and `hidden` documents, `last` the one read last (null: none read yet). */
function library(docs: { id: string; hidden?: boolean }[], last: string | null) {
  const opened = (id: string) => ({ item: { id, hidden: docs.find((doc) => doc.id === id)?.hidden ?? false } }) as unknown as OpenedDocument;
  const open = vi.fn<OpenAsks['open']>(async ({ id }) => {
    const wanted = id ?? last;
    return wanted && docs.some((doc) => doc.id === wanted) ? opened(wanted) : null;
  });
  const list = vi.fn<OpenAsks['list']>(async () => ({ items: docs.map((doc) => opened(doc.id).item) }));
  return { open, list };
}

describe('the document the reader opens', () => {
  it('is the one the address names, hidden or not, with one call', async () => {
    const ask = library([{ id: 'japan-nato', hidden: true }, { id: 'tides' }], 'tides');
    expect((await documentToOpen(ask, 'japan-nato'))?.item.id).toBe('japan-nato');
    expect(ask.list).not.toHaveBeenCalled();
  });

  it('is the one read last when the address names none', async () => {
    const ask = library([{ id: 'japan-nato' }, { id: 'tides' }], 'tides');
    expect((await documentToOpen(ask))?.item.id).toBe('tides');
    expect(ask.open).toHaveBeenCalledWith({});
  });

  it('is the first shown one when the one read last is hidden, or none was read', async () => {
    expect((await documentToOpen(library([{ id: 'japan-nato', hidden: true }, { id: 'tides' }], 'japan-nato')))?.item.id).toBe('tides');
    expect((await documentToOpen(library([{ id: 'japan-nato' }, { id: 'tides' }], null)))?.item.id).toBe('japan-nato');
  });

  it('is none when the library shows none', async () => {
    await expect(documentToOpen(library([{ id: 'japan-nato', hidden: true }], null))).resolves.toBeNull();
    await expect(documentToOpen(library([], null))).resolves.toBeNull();
  });
});
