import type { ReactNode } from 'react';

type Props = {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
};

/** A full-width message under the header: what happened, and what the user can do about it. */
export function Banner({ tone, title, children, actions }: Props) {
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="banner__body">
        <p className="banner__title">{title}</p>
        {children && <div className="banner__text">{children}</div>}
      </div>
      {actions && <div className="banner__actions">{actions}</div>}
    </div>
  );
}
