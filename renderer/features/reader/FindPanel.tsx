import type { RefObject } from 'react';
import { FindBar } from './FindBar';
import { useFind } from './useFind';

type Props = {
  articleRef: RefObject<HTMLElement | null>;
  paragraphs: readonly { id: string; text: string }[];
  query: string;
  onQuery: (query: string) => void;
  onClose: () => void;
};

/** Find in the article while its bar is open (the query outlives the bar, kept by the reader). */
export function FindPanel({ articleRef, paragraphs, query, onQuery, onClose }: Props) {
  const find = useFind(articleRef, paragraphs, query, true);
  return <FindBar query={query} onQuery={onQuery} count={find.count} index={find.index} onNext={find.next} onPrevious={find.previous} onClose={onClose} />;
}
