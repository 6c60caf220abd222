/** The library screen's rows: each index entry joined with what the user did on that document. */
import type { LibraryItem } from '../../contract/library';
import { WORDS_PER_MINUTE, type LibraryEntry } from '../../contract/library-values';
import type { StoreDoc } from '../../store/schema';
import type { CardCatalog } from '../flashcards-catalog';
import type { DocumentCatalog } from './documents';

const countBy = <T>(list: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** Builds rows for many entries in one pass over the user's data (the library has 100 documents and 10,000 annotations). */
export function libraryItems(
  doc: StoreDoc,
  entries: readonly LibraryEntry[],
  documents: DocumentCatalog,
  cards: CardCatalog,
  now: Date,
  questionsOf: (documentId: string) => unknown | null,
): LibraryItem[] {
  const annotations = countBy(doc.annotations, (a) => a.documentId);
  const allCards = cards.cards(doc);
  const cardCounts = countBy(allCards, (card) => card.documentId);
  const due = countBy(
    allCards.filter((card) => {
      const progress = Object.hasOwn(doc.cardProgress, card.id) ? doc.cardProgress[card.id] : undefined;
      if (progress?.suspended) return false;
      return !progress?.fsrs || Date.parse(progress.fsrs.due) <= now.getTime();
    }),
    (card) => card.documentId,
  );
  const lastAttempt = new Map(doc.selftestFinished.map((attempt) => [attempt.documentId, attempt]));
  return entries.map((entry) => {
    const pack = documents.pack(entry.id, doc);
    const selftest = questionsOf(entry.id) !== null;
    const reading = Object.hasOwn(doc.reading, entry.id) ? doc.reading[entry.id] : undefined;
    return {
      ...entry,
      builtin: documents.isBuiltin(entry.id),
      readingMinutes: Math.max(1, Math.round(entry.words / WORDS_PER_MINUTE)),
      progress: reading?.percent ?? 0,
      lastReadAt: reading?.updatedAt ?? null,
      annotations: annotations.get(entry.id) ?? 0,
      cards: cardCounts.get(entry.id) ?? 0,
      cardsDue: due.get(entry.id) ?? 0,
      lastSelftestPercent: selftest ? (lastAttempt.get(entry.id)?.percent ?? null) : null,
      features: { selftest, argumentMap: (pack?.argumentMap ?? null) !== null },
    };
  });
}
