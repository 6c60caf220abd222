import { Plus, X } from 'lucide-react';
import { IconButton } from '../../ui/IconButton';

type Props = {
  legend: string;
  /** What one entry is called, numbered: "Wrong answer 2". */
  itemLabel: string;
  values: string[];
  min: number;
  max: number;
  maxLength: number;
  onChange: (values: string[]) => void;
};

/** A growing list of one-line answers: add one, remove one (never below `min` or above `max`). */
export function TextList({ legend, itemLabel, values, min, max, maxLength, onChange }: Props) {
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  return (
    <fieldset className="text-list">
      <legend className="field__label">{legend}</legend>
      <ol className="text-list__items">
        {values.map((value, index) => (
          <li key={index} className="text-list__item">
            <input type="text" aria-label={`${itemLabel} ${index + 1}`} value={value} maxLength={maxLength} onChange={(e) => set(index, e.target.value)} />
            {values.length > min && (
              <IconButton label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`} icon={<X size={16} />} onClick={() => onChange(values.filter((_, i) => i !== index))} />
            )}
          </li>
        ))}
      </ol>
      {values.length < max && (
        <button type="button" className="button button--quiet" onClick={() => onChange([...values, ''])}>
          <Plus size={16} aria-hidden="true" /> Add {itemLabel.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
