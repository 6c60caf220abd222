import type { Gap } from '../../../electron/contract/flashcards-values';
import { clozeRuns } from './text-parts';

type Props = { text: string; gaps: readonly Gap[]; revealed: boolean };

/** A cloze quote: gaps shown as "[…]" (or "[hint]", as Anki shows a hinted gap) until revealed, then marked. Text only, never HTML. */
export function ClozeText({ text, gaps, revealed }: Props) {
  return (
    <>
      {clozeRuns(text, gaps).map((run, index) =>
        !run.gap ? (
          <span key={index}>{run.text}</span>
        ) : revealed ? (
          <mark key={index} className="cloze-gap cloze-gap--revealed">
            {run.text}
          </mark>
        ) : (
          <span key={index} className="cloze-gap">
            <span aria-hidden="true">{run.hint ? `[${run.hint}]` : '[…]'}</span>
            <span className="visually-hidden">{run.hint ? `blank, hint: ${run.hint}` : 'blank'}</span>
          </span>
        ),
      )}
    </>
  );
}
