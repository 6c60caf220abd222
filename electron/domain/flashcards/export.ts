/**
 * Text exports of the cards: a tab-separated file Anki imports (its header lines name the
 * separator, the guid column that makes a second import update notes instead of duplicating them,
 * the notetype column and the tags column), and a plain CSV for spreadsheets.
 */
import type { CardView } from '../../contract/flashcards-values';
import type { ExportDocument } from '../export/document';
import { ankiCloze } from './cloze';

/** The guid Anki keeps for a card, stable across exports. */
export function ankiGuid(cardId: string): string {
  return `lectern-${cardId}`;
}

/** A field quoted when it holds the separator, a quote or a line break (RFC 4180 style, which Anki reads too). */
function field(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The block's number in the document (1-based), as a reader counts paragraphs. */
function paragraphNumber(document: ExportDocument, blockId: string): string {
  const index = document.blocks.findIndex((block) => block.id === blockId);
  return index >= 0 ? String(index + 1) : blockId;
}

/** Where a card comes from, as one line: the quote, its paragraph and the document's title. */
export function sourceLine(card: CardView, document: ExportDocument): string {
  return `“${card.source.quote}” (paragraph ${paragraphNumber(document, card.source.paragraph)}, ${document.title})`;
}

/**
 * The Anki import file: guid, notetype, front (or cloze text), back (or Back Extra), tags. Anki's
 * stock Basic and Cloze have two fields and drop any further column, so the source goes into the
 * second field, after a blank line.
 */
export function toAnkiText(cards: readonly CardView[], deckName: string, documentOf: (card: CardView) => ExportDocument): string {
  const header = ['#separator:tab', '#html:false', `#deck:${deckName}`, '#guid column:1', '#notetype column:2', '#tags column:5'];
  const lines = cards.map((card) => {
    const source = sourceLine(card, documentOf(card));
    const columns =
      card.kind === 'cloze'
        ? [ankiGuid(card.id), 'Cloze', ankiCloze(card.back, card.gaps), source]
        : [ankiGuid(card.id), 'Basic', card.front, `${card.back}\n\n${source}`];
    return [...columns.map((value) => field(value, '\t')), card.tags.join(' ')].join('\t');
  });
  return `${[...header, ...lines].join('\n')}\n`;
}

/**
 * A cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe (OWASP, CSV injection), then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
  return field(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value, ',');
}

/** A CSV of every card with its progress, with a UTF-8 BOM so Excel reads “ ’ and non-Latin text right. */
export function toCsv(cards: readonly CardView[]): string {
  const header = ['id', 'type', 'front', 'back', 'tags', 'state', 'due', 'paragraph', 'quote'];
  const rows = cards.map((card) =>
    [card.id, card.kind, card.front, card.back, card.tags.join(' '), card.suspended ? 'suspended' : card.state, card.due ?? '', card.source.paragraph, card.source.quote]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
