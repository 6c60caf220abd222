import { useId } from 'react';

type Option<T extends string> = { value: T; label: string; hint?: string };

type Props<T extends string> = {
  legend: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  /** A line under the choices saying what the chosen one means; read with the group. */
  description?: string;
};

/** A row of mutually exclusive choices built on native radios, so arrow keys work as users expect. */
export function SegmentedControl<T extends string>({ legend, value, options, onChange, description }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" aria-describedby={description ? `${name}-description` : undefined}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option" data-value={option.value} title={option.hint}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {description && (
        <p id={`${name}-description`} className="segmented__description">
          {description}
        </p>
      )}
    </fieldset>
  );
}
