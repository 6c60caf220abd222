import { useState } from 'react';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { AppHeader } from '../app/AppHeader';
import { CardRow, type CardAction } from './CardRow';
import { CardExports } from './CardExports';
import { DeckPicker } from './DeckPicker';
import { FlashcardsTabs } from './FlashcardsTabs';
import { useCards, type StateFilter } from './useCards';
import { useDeck } from './useDeck';
import { useFlashcardSettings } from './useFlashcardSettings';
import { appNow } from '../../api/app-clock';

const states: { value: StateFilter; label: string }[] = [
  { value: '', label: 'Any state' },
  { value: 'new', label: 'New' },
  { value: 'learning', label: 'Learning' },
  { value: 'review', label: 'Review' },
  { value: 'relearning', label: 'Relearning' },
  { value: 'suspended', label: 'Suspended' },
];

/**
 * The deck's cards (the open document's or all, as the deck picker says), deck and own: search,
 * filter, open one to suspend, reset, edit or delete; export them.
 */
export function CardBrowserPage({ initialTag = '' }: { initialTag?: string }) {
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState(initialTag);
  const [state, setState] = useState<StateFilter>('');
  const deck = useDeck(useFlashcardSettings());
  const { cards, tags, error, reload } = useCards(search, tag, state, deck.ready ? deck.documentId : null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [now] = useState(appNow);

  const run = async (what: string, call: () => Promise<unknown>): Promise<boolean> => {
    try {
      await call();
      setMessage({ tone: 'ok', text: what });
      await reload();
      return true;
    } catch (e) {
      setMessage({ tone: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
  };
  const act = (card: { id: string }, action: CardAction) => {
    const done = { suspend: 'Card suspended.', unsuspend: 'Card unsuspended.', reset: 'Progress reset; the card is new again.', delete: 'Card deleted.' }[action];
    const method = ({ suspend: 'cards.suspend', unsuspend: 'cards.unsuspend', reset: 'cards.reset', delete: 'cards.delete' } as const)[action];
    return run(done, () => api[method]({ id: card.id }));
  };

  return (
    <>
      <AppHeader current="flashcards" />
      <main className="flashcards-page" id="main">
        <div className="flashcards-page__top">
          <h1 className="page-title">Flashcards</h1>
          <FlashcardsTabs current="cards" />
        </div>
        {deck.ready && <DeckPicker value={deck.scope} onChange={deck.setScope} />}
        <div className="browser-tools">
          <input type="search" className="browser-tools__search" aria-label="Search cards" placeholder="Search cards" value={search} maxLength={200} onChange={(e) => setSearch(e.target.value)} />
          <select aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          <select aria-label="State" value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            {states.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </div>
        <p className={`browser-message ${message?.tone === 'error' ? 'browser-message--error' : ''}`} role="status">{message?.text ?? ''}</p>
        {error && <Banner tone="error" title="The cards could not be listed">{error}</Banner>}
        {cards && (
          <>
            <div className="browser-count-row">
              <p className="browser-count">{cards.length === 1 ? '1 card' : `${cards.length} cards`}</p>
              <CardExports documentId={deck.documentId} onDone={(tone, text) => setMessage({ tone, text })} />
            </div>
            {cards.length === 0 ? (
              <p className="empty-state">No card matches. Clear the search or filters, or make a card from a passage in the <a href="#/reader">reader</a>.</p>
            ) : (
              <ul className="card-list" aria-label="Cards">
                {cards.map((card) => (
                  <CardRow key={card.id} card={card} now={now} onAction={act} onEdit={(c, patch) => run('Card saved.', () => api['cards.update']({ id: c.id, ...patch }))} />
                ))}
              </ul>
            )}
          </>
        )}
      </main>
    </>
  );
}
