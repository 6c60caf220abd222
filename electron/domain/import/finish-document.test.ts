import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../document/document';
import { documentText, finishDocument, sha256Hex } from './finish-document';

const parsed: ParsedDocument = {
  title: 'Two Chapters',
  author: 'A. Writer',
  source: { kind: 'txt', fileName: 'two.txt' },
  sections: [
    { id: 's1', title: 'One', blocks: [{ id: 's1-b1', kind: 'heading', text: 'One' }, { id: 's1-b2', kind: 'paragraph', text: 'First.' }] },
    { id: 's2', title: 'Two', blocks: [{ id: 's2-b1', kind: 'paragraph', text: 'Second.' }] },
  ],
};

describe('finishDocument', () => {
  it('hashes the blocks’ text joined by a blank line with SHA-256', async () => {
    expect(documentText(parsed.sections)).toBe('One\n\nFirst.\n\nSecond.');
    // The well-known digest of "abc", so the hex encoding itself is checked.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const document = await finishDocument(parsed, { id: 'doc-1', importedAt: '2026-12-01T10:00:00.000Z' });
    expect(document.textHash).toBe(await sha256Hex('One\n\nFirst.\n\nSecond.'));
    expect(document).toMatchObject({ id: 'doc-1', importedAt: '2026-12-01T10:00:00.000Z', title: 'Two Chapters', author: 'A. Writer' });
  });

  it('gives the same hash to the same text whatever the title or source', async () => {
    const a = await finishDocument(parsed, { id: 'a', importedAt: '2026-12-01T10:00:00.000Z' });
    const b = await finishDocument({ ...parsed, title: 'Renamed', source: { kind: 'paste' } }, { id: 'b', importedAt: '2026-12-02T10:00:00.000Z' });
    expect(a.textHash).toBe(b.textHash);
    const changed = await finishDocument({ ...parsed, sections: [parsed.sections[0]!] }, { id: 'c', importedAt: '2026-12-01T10:00:00.000Z' });
    expect(changed.textHash).not.toBe(a.textHash);
  });

  it('refuses what the schema refuses (an id with a slash)', async () => {
    await expect(finishDocument(parsed, { id: '../x', importedAt: '2026-12-01T10:00:00.000Z' })).rejects.toThrow();
  });
});
