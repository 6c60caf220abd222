/** Annotations as a Markdown document a person can read anywhere: grouped by paragraph, in reading order. */
import { COLOR_INFO } from '../../contract/annotation-values';
import { groupByParagraph, type ExportArticle, type PlacedAnnotation } from './placed';

/** Prefixes every line with `> `, so a multi-line quote stays one blockquote. */
function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.length > 0 ? `> ${line}` : '>'))
    .join('\n');
}

/** A tag in backticks; a backtick inside it gets a longer fence, as CommonMark allows. */
function code(tag: string): string {
  const fence = tag.includes('`') ? '`` ' : '`';
  return `${fence}${tag}${fence.split('').reverse().join('')}`;
}

function entry({ annotation }: PlacedAnnotation): string {
  const { label, cue } = COLOR_INFO[annotation.color];
  const lines = [blockquote(annotation.target.quote.exact), ''];
  const note = annotation.note.trim();
  if (note.length > 0) lines.push(note, '');
  lines.push(`- Colour: ${label} (${cue})`);
  if (annotation.tags.length > 0) lines.push(`- Tags: ${annotation.tags.map(code).join(', ')}`);
  lines.push(`- Created: ${annotation.createdAt}`);
  if (annotation.updatedAt !== annotation.createdAt) lines.push(`- Edited: ${annotation.updatedAt}`);
  return lines.join('\n');
}

/**
 * The Markdown export: a title, then one section per paragraph holding annotations (each quote as a
 * blockquote, its note, colour and tags), then the annotations whose passage is no longer found.
 */
export function toMarkdown(article: ExportArticle, items: readonly PlacedAnnotation[], exportedAt: string): string {
  const count = items.length === 1 ? '1 annotation' : `${items.length} annotations`;
  const parts = [`# Annotations: ${article.title}`, '', `${article.author} · exported from Lectern on ${exportedAt} · ${count}`];
  const groups = groupByParagraph(article, items);
  if (groups.length === 0) parts.push('', 'No annotations yet.');
  for (const group of groups) {
    const index = article.paragraphs.findIndex((p) => p.id === group.paragraphId);
    parts.push('', group.paragraphId === null ? '## Not found in the article' : `## Paragraph ${index + 1}`);
    if (group.paragraphId === null) parts.push('', 'The text these were made on has changed; their quotes and notes are kept.');
    for (const item of group.items) parts.push('', entry(item));
  }
  return `${parts.join('\n')}\n`;
}
