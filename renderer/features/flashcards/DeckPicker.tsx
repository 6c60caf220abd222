import type { DeckScope } from '../../../electron/contract/flashcards-values';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { useCurrentDocument } from '../app/current-document';
import { deckDescription } from './deck-scope';

const options = [
  { value: 'document', label: 'This document' },
  { value: 'all', label: 'All documents' },
] as const satisfies readonly { value: DeckScope; label: string }[];

type Props = { value: DeckScope; onChange: (scope: DeckScope) => void };

/** The deck the flashcard pages work on: the open document's cards or every document's (remembered). */
export function DeckPicker({ value, onChange }: Props) {
  const open = useCurrentDocument();
  return (
    <div className="deck-picker">
      <SegmentedControl legend="Deck" value={value} options={options} onChange={onChange} description={deckDescription(value, open)} />
    </div>
  );
}
