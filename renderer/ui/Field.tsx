import { useId, type ReactNode } from 'react';

type ControlProps = { id: string; 'aria-describedby'?: string };
type Props = { label: string; hint?: string; children: (control: ControlProps) => ReactNode };

/** A labelled form control: the label names only the control (not its value), the hint describes it. */
export function Field({ label, hint, children }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(hint ? { id, 'aria-describedby': `${id}-hint` } : { id })}
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
