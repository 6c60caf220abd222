import { Check, X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Line } from '../../../../electron/domain/selftest/kinds/kind';

type Props = { yours: Line[]; right: Line[]; rightLabel?: string; yoursNote?: ReactNode };

function Lines({ lines }: { lines: Line[] }) {
  return (
    <ul className="feedback__lines">
      {lines.map((line, i) => (
        <li key={i} className={line.ok === true ? 'is-right' : line.ok === false ? 'is-wrong' : ''}>
          {line.ok === true && <Check size={14} aria-label="right" />}
          {line.ok === false && <X size={14} aria-label="wrong" />}
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** The learner's answer beside the right one, each line marked right or wrong where that is known. */
export function AnswerComparison({ yours, right, rightLabel = 'Right answer', yoursNote }: Props) {
  return (
    <div className="feedback__answers">
      <div>
        <h4 className="feedback__label">Your answer</h4>
        <Lines lines={yours} />
        {yoursNote}
      </div>
      <div>
        <h4 className="feedback__label">{rightLabel}</h4>
        <Lines lines={right} />
      </div>
    </div>
  );
}
