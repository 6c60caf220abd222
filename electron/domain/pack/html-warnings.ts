import type { Pack } from './pack-schema';

/**
 * Pack text is plain text: markup in it is shown literally, never interpreted, so `<b>` stays the
 * three characters it is. That is safe, but an author who pasted HTML should hear it will show as
 * text; these warnings say where (one per item, a few at most).
 */

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const MAX_WARNINGS = 10;

function* texts(pack: Pack): Generator<[string, string]> {
  for (const section of pack.document.sections) {
    for (const block of section.blocks) yield [`block ${block.id}`, block.text];
  }
  for (const card of pack.deck?.cards ?? []) yield [`card ${card.id}`, card.kind === 'basic' ? `${card.front}\n${card.back}` : card.cloze];
  for (const q of pack.selfTest?.questions ?? []) yield [`question ${q.id}`, JSON.stringify(q)];
  for (const node of pack.argumentMap?.nodes ?? []) yield [`map node ${node.id}`, `${node.label}\n${node.detail}`];
}

export function htmlWarnings(pack: Pack): string[] {
  const found: string[] = [];
  for (const [item, text] of texts(pack)) {
    const match = TAG.exec(text);
    if (match) found.push(`${item}: contains markup (${match[0].slice(0, 40)}); it is shown as text, not as HTML`);
  }
  if (found.length <= MAX_WARNINGS) return found;
  return [...found.slice(0, MAX_WARNINGS), `and ${found.length - MAX_WARNINGS} more items with markup, shown as text`];
}
