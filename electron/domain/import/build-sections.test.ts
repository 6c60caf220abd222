import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../document/document';
import { buildSections, clip, normaliseText, type DraftSection } from './build-sections';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

function sections(drafts: DraftSection[]) {
  const built = buildSections(drafts, 'book.epub');
  if (!built.ok) throw new Error(built.message);
  return built.sections;
}

describe('buildSections', () => {
  it('numbers sections and blocks by position after dropping empty ones', () => {
    const built = sections([
      { title: 'Cover', blocks: [paragraph('  ')] },
      { title: ' One ', blocks: [paragraph('a'), paragraph('\u00ad'), paragraph('b')] },
      { title: 'Two', blocks: [paragraph('c')] },
    ]);
    expect(built.map((section) => [section.id, section.title, section.blocks.map((block) => block.id)])).toEqual([
      ['s1', 'One', ['s1-b1', 's1-b2']],
      ['s2', 'Two', ['s2-b1']],
    ]);
  });

  it('splits a block longer than the cap at spaces, keeping every word', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `word${i}`).join(' ');
    expect(words.length).toBeGreaterThan(DOCUMENT_LIMITS.blockText);
    const blocks = sections([{ title: '', blocks: [paragraph(words)] }])[0]?.blocks ?? [];
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((block) => block.text.length <= DOCUMENT_LIMITS.blockText)).toBe(true);
    expect(blocks.map((block) => block.text).join(' ')).toBe(words);
  });

  it('refuses more sections, blocks or characters than a document may hold, naming the file', () => {
    const tooManySections = Array.from({ length: DOCUMENT_LIMITS.sections + 1 }, () => ({ title: '', blocks: [paragraph('x')] }));
    expect(buildSections(tooManySections, 'book.epub')).toEqual({
      ok: false,
      code: 'too-large',
      message: '“book.epub” could not be imported: it has more than 2,000 chapters, the most a document can hold.',
    });
    const tooManyBlocks = [{ title: '', blocks: Array.from({ length: DOCUMENT_LIMITS.blocks + 1 }, () => paragraph('x')) }];
    expect(buildSections(tooManyBlocks, 'book.epub')).toMatchObject({ ok: false, code: 'too-large', message: expect.stringContaining('more than 100,000 paragraphs') });
    const long = 'y'.repeat(DOCUMENT_LIMITS.blockText);
    const tooLong = [{ title: '', blocks: Array.from({ length: DOCUMENT_LIMITS.text / DOCUMENT_LIMITS.blockText + 1 }, () => paragraph(long)) }];
    expect(buildSections(tooLong, 'book.epub')).toMatchObject({ ok: false, code: 'too-large', message: expect.stringContaining('longer than 20,000,000 characters') });
  });

  it('cuts a title over the cap at a word and marks the cut', () => {
    const title = clip('word '.repeat(200).trim(), DOCUMENT_LIMITS.title);
    expect(title.length).toBeLessThanOrEqual(DOCUMENT_LIMITS.title);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('normalises whitespace, control characters and soft hyphens', () => {
    expect(normaliseText(' a\tb\n\nc\u0007 hy\u00adphen\u00a0end ')).toBe('a b c hyphen end');
  });
});
