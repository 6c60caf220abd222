type Props = { current: 'review' | 'cards' | 'new' };

/** The flashcard pages' own navigation: review and the card browser. */
export function FlashcardsTabs({ current }: Props) {
  const tabs = [
    { id: 'review', href: '#/flashcards', label: 'Review' },
    { id: 'cards', href: '#/cards', label: 'Browse cards' },
  ] as const;
  return (
    <nav className="section-tabs" aria-label="Flashcards">
      {tabs.map((tab) => (
        <a key={tab.id} className="section-tabs__link" href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
