/** Cards as screens show them: a deck or user card joined with its progress, and the browser's filter. */
import type { CardProgress, CardStateName, CardView, FsrsSnapshot } from '../../contract/flashcards-values';

/** A card's content without progress, deck or user alike. */
export type CatalogCard = Omit<CardView, 'state' | 'suspended' | 'due' | 'reps' | 'lapses'>;

const stateNames: Record<FsrsSnapshot['state'], CardStateName> = { 0: 'new', 1: 'learning', 2: 'review', 3: 'relearning' };

/** The state name of a card's FSRS state (no state yet: new). */
export function stateName(fsrs: FsrsSnapshot | null): CardStateName {
  return fsrs ? stateNames[fsrs.state] : 'new';
}

/** A catalog card with its progress, as every screen shows it. */
export function viewOf(card: CatalogCard, progress: CardProgress | undefined): CardView {
  const fsrs = progress?.fsrs ?? null;
  return {
    ...card,
    state: stateName(fsrs),
    suspended: progress?.suspended ?? false,
    due: fsrs && fsrs.state !== 0 ? fsrs.due : null,
    reps: fsrs?.reps ?? 0,
    lapses: fsrs?.lapses ?? 0,
  };
}

export type CardFilter = { search?: string | undefined; tag?: string | undefined; state?: CardStateName | 'suspended' | undefined };

/** Cards matching a browser filter: words searched (case-insensitive) in front, back, tags and quote. */
export function filterCards(cards: readonly CardView[], filter: CardFilter): CardView[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter((card) => {
    if (filter.tag && !card.tags.includes(filter.tag)) return false;
    if (filter.state === 'suspended' && !card.suspended) return false;
    if (filter.state && filter.state !== 'suspended' && (card.suspended || card.state !== filter.state)) return false;
    if (words.length === 0) return true;
    const haystack = `${card.front}\n${card.back}\n${card.tags.join(' ')}\n${card.source.quote}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
