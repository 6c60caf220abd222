/** Character ranges of the words (runs of non-space) of `text`, in order. */
export function wordSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/\S+/g)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** Index of the word containing or following `offset` (the last word when past the end). */
export function wordAt(spans: readonly { start: number; end: number }[], offset: number): number {
  const index = spans.findIndex((s) => s.end > offset);
  return index < 0 ? Math.max(0, spans.length - 1) : index;
}
