import { useEffect, useState, type RefObject } from 'react';
import { MessageSquareText } from 'lucide-react';
import type { AnnotationView } from '../../../electron/contract/annotations';
import { shorten } from './annotation-ranges';
import { rangesOf } from './paint';
import { onTextFilled } from '../reader/text-filled';

type Marker = { id: string; top: number; left: number; label: string };

type Props = {
  articleRef: RefObject<HTMLElement | null>;
  items: readonly AnnotationView[];
  onOpen: (id: string) => void;
};

function measure(article: HTMLElement, items: readonly AnnotationView[]): Marker[] {
  const noted = items.filter((a) => a.placement.status === 'anchored' && a.note.trim().length > 0);
  const container = article.parentElement;
  // Without a note there is nothing to place, and no box to ask for: asking would lay out, in the
  // middle of a scroll, the chunks of a long text that have just been filled.
  if (!container || noted.length === 0) return [];
  const box = container.getBoundingClientRect();
  const right = article.getBoundingClientRect().right - box.left + 6;
  const markers: Marker[] = [];
  for (const a of noted) {
    if (a.placement.status !== 'anchored') continue;
    const last = a.placement.ranges.at(-1);
    const range = last ? rangesOf(article, [last])[0] : undefined;
    const rect = range ? [...range.getClientRects()].at(-1) : undefined;
    if (!rect) continue;
    markers.push({ id: a.id, top: rect.top - box.top + rect.height / 2 - 12, left: right, label: `Open note on “${shorten(a.target.quote.exact, 48)}”` });
  }
  // Markers on the same line are nudged apart, so each stays clickable.
  markers.sort((x, y) => x.top - y.top);
  for (let i = 1; i < markers.length; i += 1) {
    const previous = markers[i - 1]!;
    const marker = markers[i]!;
    if (marker.top < previous.top + 26) marker.top = previous.top + 26;
  }
  return markers;
}

/** A note icon in the margin beside each highlight that has a note; it opens the note. */
export function NoteMarkers({ articleRef, items, onOpen }: Props) {
  const [markers, setMarkers] = useState<Marker[]>([]);
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const update = () => {
      const next = measure(article, items);
      setMarkers((now) => (next.length === 0 && now.length === 0 ? now : next));
    };
    update();
    const observer = new ResizeObserver(update);
    // The article's box keeps its size when the sidebar opens, but moves: watch its container too.
    observer.observe(article);
    if (article.parentElement) observer.observe(article.parentElement);
    void document.fonts.ready.then(update);
    const unsubscribe = onTextFilled(article, update);
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [articleRef, items]);
  return (
    <div className="note-markers">
      {markers.map((m) => (
        <button key={m.id} type="button" className="note-marker" style={{ top: `${m.top}px`, left: `${m.left}px` }} aria-label={m.label} title={m.label} onClick={() => onOpen(m.id)}>
          <MessageSquareText size={15} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
