import type { ComponentProps, ReactNode } from 'react';

type Props = ComponentProps<'button'> & {
  /** The accessible name, also shown as a tooltip. */
  label: string;
  icon: ReactNode;
  /** Shows the label beside the icon (wide layouts). */
  showLabel?: boolean;
  pressed?: boolean;
};

/** A square icon button with an accessible name; `pressed` makes it a toggle. */
export function IconButton({ label, icon, showLabel = false, pressed, className = '', ...rest }: Props) {
  return (
    <button
      type="button"
      className={`icon-button ${showLabel ? 'icon-button--labelled' : ''} ${className}`}
      aria-label={showLabel ? undefined : label}
      aria-pressed={pressed}
      title={label}
      {...rest}
    >
      <span className="icon-button__icon" aria-hidden="true">
        {icon}
      </span>
      {showLabel && <span>{label}</span>}
    </button>
  );
}
