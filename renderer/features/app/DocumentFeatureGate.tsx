import type { ComponentType, ReactNode } from 'react';
import { AppHeader } from './AppHeader';
import { useCurrentDocument } from './current-document';
import type { DocumentFeature } from './nav';

const names: Record<DocumentFeature, { page: string; what: string }> = {
  selftest: { page: 'Self-test', what: 'a self-test' },
  argumentMap: { page: 'Argument map', what: 'an argument map' },
};

type Props = { feature: DocumentFeature; path: string; children: ReactNode };

/**
 * A screen only some documents have. The navigation hides it for the others, but an address, a
 * bookmark or the desktop's View menu can still lead here: then the page says why there is nothing
 * to show and how to go on, never an empty screen.
 */
export function DocumentFeatureGate({ feature, path, children }: Props) {
  const open = useCurrentDocument();
  if (open?.item.features[feature]) return <>{children}</>;
  const { page, what } = names[feature];
  return (
    <>
      <AppHeader current={path} />
      <main className="feature-missing" id="main">
        <h1 className="page-title">{page}</h1>
        <div className="empty-state">
          <p>{open ? `“${open.item.title}” has no ${page.toLowerCase()}: only a study pack can bring ${what}.` : `There is no document open, so there is no ${page.toLowerCase()} to show.`}</p>
          <p>
            <a href="#/reader">Back to the reader</a>, or review the cards you made in <a href="#/flashcards">Flashcards</a>.
          </p>
        </div>
      </main>
    </>
  );
}

/** A page shown only for a document that has `feature`, loaded with it (the gate is not on the first screen). */
export function gated<P extends object>(feature: DocumentFeature, Page: ComponentType<P>) {
  return function GatedPage({ path, ...props }: P & { path: string }) {
    return (
      <DocumentFeatureGate feature={feature} path={path}>
        <Page {...(props as P)} />
      </DocumentFeatureGate>
    );
  };
}
