/** Annotations as a Markdown document a person can read anywhere: grouped by paragraph, in reading order. */
import { COLOR_INFO } from '../../contract/annotation-values';
import type { ExportDocument } from '../export/document';
import { groupByParagraph, type PlacedAnnotation } from './placed';

/**
 * The user's text with `&`, `<` and `>` as character references, so a Markdown viewer that passes
 * HTML through (Obsidian, many previewers) shows `<img onerror=…>` as text instead of running it.
 */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A tag as literal text: HTML escaped, and the punctuation Markdown would read as emphasis, code or links backslashed. */
function tagText(tag: string): string {
  return escapeHtml(tag).replace(/[\\`*_[\]]/g, (c) => `\\${c}`);
}

/** Prefixes every line with `> `, so a multi-line quote stays one blockquote. */
function blockquote(text: string): string {
  return escapeHtml(text)
    .split(/\r\n|\r|\n/)
    .map((line) => (line.length > 0 ? `> ${line}` : '>'))
    .join('\n');
}

function entry({ annotation }: PlacedAnnotation): string {
  const { label, cue } = COLOR_INFO[annotation.color];
  const lines = [blockquote(annotation.target.quote.exact), ''];
  const note = annotation.note.trim();
  if (note.length > 0) lines.push(escapeHtml(note), '');
  lines.push(`- Colour: ${label} (${cue})`);
  if (annotation.tags.length > 0) lines.push(`- Tags: ${annotation.tags.map(tagText).join(', ')}`);
  lines.push(`- Created: ${annotation.createdAt}`);
  if (annotation.updatedAt !== annotation.createdAt) lines.push(`- Edited: ${annotation.updatedAt}`);
  return lines.join('\n');
}

/**
 * The Markdown export: a title, then one section per paragraph holding annotations (each quote as a
 * blockquote, its note, colour and tags), then the annotations whose passage is no longer found.
 */
export function toMarkdown(document: ExportDocument, items: readonly PlacedAnnotation[], exportedAt: string): string {
  const count = items.length === 1 ? '1 annotation' : `${items.length} annotations`;
  const parts = [`# Annotations: ${escapeHtml(document.title)}`, '', `${escapeHtml(document.author)} · exported from Lectern on ${exportedAt} · ${count}`];
  const groups = groupByParagraph(document, items);
  if (groups.length === 0) parts.push('', 'No annotations yet.');
  for (const group of groups) {
    const index = document.blocks.findIndex((p) => p.id === group.paragraphId);
    parts.push('', group.paragraphId === null ? '## Not found in the text' : `## Paragraph ${index + 1}`);
    if (group.paragraphId === null) parts.push('', 'The text these were made on has changed; their quotes and notes are kept.');
    for (const item of group.items) parts.push('', entry(item));
  }
  return `${parts.join('\n')}\n`;
}
