/**
 * Exports for other apps: a tab-separated file Anki imports (its header lines name the separator,
 * the guid column that makes a second import update notes instead of duplicating them, the notetype
 * column and the tags column), and a plain CSV.
 */
import type { CardView } from '../../contract/flashcards-values';
import { ankiCloze } from './cloze';

/** The guid Anki keeps for a card, stable across exports. */
export function ankiGuid(cardId: string): string {
  return `lectern-${cardId}`;
}

/** A field quoted when it holds the separator, a quote or a line break (RFC 4180 style, which Anki reads too). */
function field(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Where a card comes from, as one line: the quote and its paragraph. */
export function sourceLine(card: CardView): string {
  return `“${card.source.quote}” (paragraph ${card.source.paragraph.slice(1)})`;
}

/** The Anki import file: guid, notetype, front (or cloze text), back (or extra), source, tags. */
export function toAnkiText(cards: readonly CardView[], deckName: string): string {
  const header = ['#separator:tab', '#html:false', `#deck:${deckName}`, '#guid column:1', '#notetype column:2', '#tags column:6'];
  const lines = cards.map((card) => {
    const columns =
      card.kind === 'cloze'
        ? [ankiGuid(card.id), 'Cloze', ankiCloze(card.back, card.gaps), '', sourceLine(card)]
        : [ankiGuid(card.id), 'Basic', card.front, card.back, sourceLine(card)];
    return [...columns.map((value) => field(value, '\t')), card.tags.join(' ')].join('\t');
  });
  return `${[...header, ...lines].join('\n')}\n`;
}

/** A CSV of every card with its progress, for spreadsheets. */
export function toCsv(cards: readonly CardView[]): string {
  const header = ['id', 'type', 'front', 'back', 'tags', 'state', 'due', 'paragraph', 'quote'];
  const rows = cards.map((card) =>
    [card.id, card.kind, card.front, card.back, card.tags.join(' '), card.suspended ? 'suspended' : card.state, card.due ?? '', card.source.paragraph, card.source.quote]
      .map((value) => field(value, ','))
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
