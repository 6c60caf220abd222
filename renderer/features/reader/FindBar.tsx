import { useEffect, useRef } from 'react';
import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { IconButton } from '../../ui/IconButton';

type Props = {
  query: string;
  onQuery: (query: string) => void;
  count: number;
  index: number;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
};

/** The find bar: Enter for next, Shift+Enter for previous, Esc to close. */
export function FindBar({ query, onQuery, count, index, onNext, onPrevious, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const status = query.trim() === '' ? 'Type to search the article' : count === 0 ? 'No matches' : `${index + 1} of ${count}`;

  return (
    <div role="search" className="find-bar" aria-label="Find in article">
      <label className="visually-hidden" htmlFor="find-input">
        Find in article
      </label>
      <input
        id="find-input"
        ref={input}
        className="find-bar__input"
        type="search"
        placeholder="Find in article"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) onPrevious();
            else onNext();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <output className="find-bar__count" aria-live="polite" htmlFor="find-input">
        {status}
      </output>
      <IconButton label="Previous match" icon={<ChevronUp size={18} />} onClick={onPrevious} disabled={count === 0} />
      <IconButton label="Next match" icon={<ChevronDown size={18} />} onClick={onNext} disabled={count === 0} />
      <IconButton label="Close find" icon={<X size={18} />} onClick={onClose} />
    </div>
  );
}
