/** The article's body split into sentences, with paragraph-local offsets, so a quote can be mapped to the sentences it cites. */
import type { Paragraph, Source } from '../schemas/article';

export type Sentence = { id: string; paragraph: string; start: number; end: number; text: string };

// A sentence ends at . ! or ? (a closing quote may follow) before whitespace and a capital or an opening quote.
const BOUNDARY = /(?<=[.!?][”’]?)\s+(?=[“A-Z])/gu;

/** Sentences of one paragraph, numbered `p1.s1`, `p1.s2`, … in reading order. */
export function sentencesOf(paragraph: Paragraph): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const text = paragraph.text.slice(start, end);
    if (text.trim()) sentences.push({ id: `${paragraph.id}.s${sentences.length + 1}`, paragraph: paragraph.id, start, end, text });
  };
  for (const match of paragraph.text.matchAll(BOUNDARY)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(paragraph.text.length);
  return sentences;
}

/** The sentences a source quote overlaps (empty when the quote is not in its paragraph). */
export function sentencesCited(source: Source, sentences: readonly Sentence[], paragraphText: string): Sentence[] {
  const at = paragraphText.indexOf(source.quote);
  if (at < 0) return [];
  const end = at + source.quote.length;
  return sentences.filter((s) => s.paragraph === source.paragraph && s.start < end && at < s.end);
}
