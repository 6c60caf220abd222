/**
 * Every export format, listed once. The export menus, the contract's format check and the file
 * names all come from this list; adding a format is its module and one line here.
 */
import { toJsonLd } from '../annotations/export-jsonld';
import { toMarkdown } from '../annotations/export-markdown';
import { toAnkiText, toCsv } from '../flashcards/export';
import { toApkg } from './apkg/apkg';
import { defineExporter, type Exporter, type ExportSubject } from './exporter';

export const markdownExporter = defineExporter({
  id: 'markdown',
  subject: 'annotations',
  label: 'Export Markdown',
  extension: 'md',
  mimeType: 'text/markdown',
  write: ({ document, annotations, exportedAt }) => toMarkdown(document, annotations, exportedAt),
});

export const jsonLdExporter = defineExporter({
  id: 'jsonld',
  subject: 'annotations',
  label: 'Export JSON-LD',
  extension: 'jsonld',
  mimeType: 'application/ld+json',
  write: ({ document, annotations, exportedAt }) => toJsonLd(document, annotations, exportedAt),
});

export const apkgExporter = defineExporter({
  id: 'apkg',
  subject: 'cards',
  label: 'Export Anki package (.apkg)',
  extension: 'apkg',
  mimeType: 'application/octet-stream',
  carriesHistory: true,
  write: toApkg,
});

export const ankiTextExporter = defineExporter({
  id: 'anki',
  subject: 'cards',
  label: 'Export for Anki (text)',
  extension: 'txt',
  mimeType: 'text/plain;charset=utf-8',
  write: ({ cards, deckName, documentOf }) => toAnkiText(cards, deckName, documentOf),
});

export const csvExporter = defineExporter({
  id: 'csv',
  subject: 'cards',
  label: 'Export CSV',
  extension: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  write: ({ cards }) => toCsv(cards),
});

export type AnyExporter = { [S in ExportSubject]: Exporter<S> }[ExportSubject];

export const exporters: readonly AnyExporter[] = [markdownExporter, jsonLdExporter, apkgExporter, ankiTextExporter, csvExporter];

/** The exporter of a subject by its id, or undefined. */
export function findExporter<S extends ExportSubject>(list: readonly AnyExporter[], subject: S, id: string): Exporter<S> | undefined {
  return list.find((e): e is Extract<AnyExporter, Exporter<S>> => e.subject === subject && e.id === id) as Exporter<S> | undefined;
}
