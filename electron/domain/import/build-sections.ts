import { DOCUMENT_LIMITS, type BlockKind, type Section } from '../document/document';
import { importError } from './import-error';
import type { ImportError } from './importer';

/**
 * Turns what an importer found (sections of kinded text, in reading order) into the document's
 * sections: text normalised, empty blocks and sections dropped, over-long blocks split, ids given by
 * position (`s1`, `s1-b3`) so the same text always gets the same ids, and DOCUMENT_LIMITS enforced.
 */

export interface DraftBlock {
  kind: BlockKind;
  text: string;
}

export interface DraftSection {
  title: string;
  blocks: DraftBlock[];
}

export type BuiltSections = { ok: true; sections: Section[] } | ImportError;

/** The refusal of a document past one of DOCUMENT_LIMITS, given its counts so far; undefined within them. */
export function overLimits(counts: { sections: number; blocks: number; text: number }, fileName: string): ImportError | undefined {
  if (counts.sections > DOCUMENT_LIMITS.sections) {
    return importError('too-large', fileName, `it has more than ${formatCount(DOCUMENT_LIMITS.sections)} chapters, the most a document can hold.`);
  }
  if (counts.blocks > DOCUMENT_LIMITS.blocks) {
    return importError('too-large', fileName, `it has more than ${formatCount(DOCUMENT_LIMITS.blocks)} paragraphs, the most a document can hold.`);
  }
  if (counts.text > DOCUMENT_LIMITS.text) {
    return importError('too-large', fileName, `its text is longer than ${formatCount(DOCUMENT_LIMITS.text)} characters, the most a document can hold.`);
  }
  return undefined;
}

export function buildSections(drafts: readonly DraftSection[], fileName: string): BuiltSections {
  const sections: Section[] = [];
  let blockCount = 0;
  let textLength = 0;
  for (const draft of drafts) {
    const texts = draft.blocks.flatMap((block) =>
      splitLongText(normaliseText(block.text)).map((text) => ({ kind: block.kind, text })),
    );
    if (texts.length === 0) continue;
    const sectionId = `s${sections.length + 1}`;
    sections.push({
      id: sectionId,
      title: clip(normaliseText(draft.title), DOCUMENT_LIMITS.title),
      blocks: texts.map((block, i) => ({ id: `${sectionId}-b${i + 1}`, kind: block.kind, text: block.text })),
    });
    blockCount += texts.length;
    textLength += texts.reduce((sum, block) => sum + block.text.length, 0);
    const over = overLimits({ sections: sections.length, blocks: blockCount, text: textLength }, fileName);
    if (over) return over;
  }
  if (sections.length === 0) return importError('empty', fileName, 'it holds no text to read.');
  return { ok: true, sections };
}

/**
 * One line of plain text: whitespace runs (line breaks of hard-wrapped text included) become one
 * space; control characters and soft hyphens, which only get in the way of find and quotes, go.
 */
export function normaliseText(text: string): string {
  // Three cheap passes instead of one `\s+` replace that rewrites every single space of a book:
  // removals only when there is something to remove, then only runs and non-space whitespace.
  const kept = UNWANTED.test(text) ? text.replace(UNWANTED_ALL, '') : text;
  return kept.replace(LOOSE_WHITESPACE, ' ').trim();
}

// oxlint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const UNWANTED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad]/;
// oxlint-disable-next-line no-control-regex -- as above
const UNWANTED_ALL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad]/g;
const LOOSE_WHITESPACE = /\s{2,}|[^\S ]/g;

/** A title or author cut to its cap at a word boundary when one is near. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max * 0.8 ? cut : max - 1).trimEnd()}…`;
}

/** A block longer than the cap is split at spaces into blocks that fit (a text without blank lines). */
function splitLongText(text: string): string[] {
  if (text.length === 0) return [];
  const max = DOCUMENT_LIMITS.blockText;
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space : max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
