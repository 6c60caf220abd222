/** The article as one string (paragraphs joined by a blank line) and the mapping to paragraph-local offsets. */

/** What joins paragraphs in the article text; selectors' offsets count it. */
export const ARTICLE_SEPARATOR = '\n\n';

/** The least a paragraph needs for layout: its id and its text. */
export interface ParagraphText<Id extends string = string> {
  id: Id;
  text: string;
}

/** Where a paragraph sits in the article text: global offsets, end exclusive. */
export interface ParagraphOffsets<Id extends string = string> {
  id: Id;
  start: number;
  end: number;
}

/** A piece of a range inside one paragraph: offsets local to that paragraph's text, end exclusive. */
export interface ParagraphRange<Id extends string = string> {
  id: Id;
  start: number;
  end: number;
}

/** The article text that selectors refer to: paragraph texts joined by `ARTICLE_SEPARATOR`. */
export function articleText(paragraphs: readonly ParagraphText[]): string {
  return paragraphs.map((p) => p.text).join(ARTICLE_SEPARATOR);
}

/** Global offsets of each paragraph in `articleText(paragraphs)`, in order. */
export function paragraphOffsets<Id extends string>(
  paragraphs: readonly ParagraphText<Id>[],
): ParagraphOffsets<Id>[] {
  const offsets: ParagraphOffsets<Id>[] = [];
  let start = 0;
  for (const { id, text } of paragraphs) {
    offsets.push({ id, start, end: start + text.length });
    start += text.length + ARTICLE_SEPARATOR.length;
  }
  return offsets;
}

/**
 * Splits the global range [start, end) into paragraph-local ranges, one per paragraph it overlaps,
 * in reading order. Separators are dropped, so a range covering only a separator (or an empty or
 * inverted range) yields `[]`.
 */
export function toParagraphRange<Id extends string>(
  offsets: readonly ParagraphOffsets<Id>[],
  start: number,
  end: number,
): ParagraphRange<Id>[] {
  const ranges: ParagraphRange<Id>[] = [];
  for (const p of offsets) {
    const from = Math.max(start, p.start);
    const to = Math.min(end, p.end);
    if (to > from) ranges.push({ id: p.id, start: from - p.start, end: to - p.start });
  }
  return ranges;
}

/**
 * The global offset of `offset` within paragraph `paragraphId`. The paragraph's length itself is
 * allowed (a range end). Throws a RangeError for an unknown paragraph or an offset outside it.
 */
export function fromParagraphOffset<Id extends string>(
  offsets: readonly ParagraphOffsets<Id>[],
  paragraphId: Id,
  offset: number,
): number {
  const p = offsets.find((o) => o.id === paragraphId);
  if (!p) throw new RangeError(`unknown paragraph: ${paragraphId}`);
  if (!Number.isInteger(offset) || offset < 0 || offset > p.end - p.start) {
    throw new RangeError(`offset ${offset} is outside paragraph ${paragraphId} (length ${p.end - p.start})`);
  }
  return p.start + offset;
}
