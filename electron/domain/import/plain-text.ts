import { DOCUMENT_LIMITS } from '../document/document';
import { clip, normaliseText } from './build-sections';

/**
 * Plain text as a person lays it out: paragraphs separated by blank lines (hard-wrapped lines inside
 * a paragraph join with a space), and often a short first line that is the title, perhaps followed by
 * a "by <name>" line.
 */

/** The paragraphs of a text, split at blank lines, each as one line of text. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n/)
    .map(normaliseText)
    .filter((paragraph) => paragraph.length > 0);
}

export interface TitledParagraphs {
  title?: string;
  author?: string;
  paragraphs: string[];
}

/**
 * Takes a first paragraph that looks like a title (one short line, no sentence punctuation at its
 * end, more text after it) off the paragraphs, and a "by <name>" line after it as the author.
 */
export function takeTitle(text: string): TitledParagraphs {
  const paragraphs = paragraphsOf(text);
  const lines = firstParagraphLines(text);
  const [first, second] = paragraphs;
  if (first === undefined || paragraphs.length < 2 || lines !== 1 || !looksLikeTitle(first)) return { paragraphs };
  const byline = second === undefined ? undefined : /^by\s+(\S.{0,98})$/i.exec(second);
  if (byline?.[1] && paragraphs.length > 2) {
    return { title: first, author: byline[1].trim(), paragraphs: paragraphs.slice(2) };
  }
  return { title: first, paragraphs: paragraphs.slice(1) };
}

function looksLikeTitle(line: string): boolean {
  const words = line.split(' ').length;
  return line.length <= 120 && words <= 16 && !/[.,;:]$/.test(line) && /\p{L}/u.test(line);
}

/** How many non-blank lines the first paragraph spans: a title is a single line. */
function firstParagraphLines(text: string): number {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  while (start < lines.length && lines[start]?.trim() === '') start += 1;
  let count = 0;
  while (start + count < lines.length && lines[start + count]?.trim() !== '') count += 1;
  return count;
}

/** A title for the document: the one found, else the fallback, cut to the cap. */
export function titleOr(found: string | undefined, fallback: string): string {
  const title = normaliseText(found ?? '');
  return clip(title.length > 0 ? title : normaliseText(fallback) || 'Untitled', DOCUMENT_LIMITS.title);
}
