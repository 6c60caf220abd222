import { useBlockText } from './content';

type Range = { start: number; end: number };
type Props = { paragraph: string; expected: Range; selection: Range | null };

/**
 * A find-the-evidence paragraph with both spans drawn on it: the evidence underlined, the learner's
 * selection shaded, so the overlap that was graded can be seen. Text only, never HTML.
 */
export function SpanCompare({ paragraph, expected, selection }: Props) {
  const text = useBlockText()(paragraph);
  const cuts = new Set([0, text.length, expected.start, expected.end]);
  if (selection) {
    cuts.add(Math.min(selection.start, text.length));
    cuts.add(Math.min(selection.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (r: Range | null, at: number) => r !== null && at >= r.start && at < r.end;
  return (
    <figure className="span-compare">
      <p className="span-compare__text">
        {points.slice(0, -1).map((start, i) => {
          const end = points[i + 1]!;
          const classes = [inside(expected, start) && 'is-expected', inside(selection, start) && 'is-yours'].filter(Boolean).join(' ');
          return classes ? (
            <span key={start} className={classes}>
              {text.slice(start, end)}
            </span>
          ) : (
            text.slice(start, end)
          );
        })}
      </p>
      <figcaption className="span-compare__legend">
        <span className="span-compare__key is-expected">the evidence</span>
        {selection && <span className="span-compare__key is-yours">your selection</span>}
      </figcaption>
    </figure>
  );
}
