import { Suspense, lazy, useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { NotebookPen, Search, Type } from '../../ui/first-screen-icons';
import { FONT_SIZES_PX, defaultSettings } from '../../../electron/contract/reader-values';
import type { ReadingPosition } from '../../../electron/contract/settings';
import { AppHeader } from '../app/AppHeader';
import type { Passage } from '../app/router';
import { IconButton } from '../../ui/IconButton';
import { Banner } from '../../ui/Banner';
import { ArticleView } from './ArticleView';
import type { ReaderDocument } from './reader-document';
import { ReadingProgress } from './ReadingProgress';
import { TableOfContents } from './TableOfContents';
import { useReadingPosition } from './useReadingPosition';
import { useFocusPassage } from './useFocusPassage';
import { readerExtras, useReaderExtras } from './reader-extras';
import type { useSettings } from './useSettings';

// Not part of the reader's first screen (the first-screen JS budget): the annotations layer and find
// load while the text paints (see readerExtras), the settings panel on first use.
const ReaderAnnotations = lazy(() => readerExtras.annotations().then((m) => ({ default: m.ReaderAnnotations })));
const FindPanel = lazy(() => readerExtras.find().then((m) => ({ default: m.FindPanel })));
// Only a document with an older version to replace shows the offer: its code loads then.
const NewerVersionBanner = lazy(() => import('../versions/NewerVersionBanner').then((m) => ({ default: m.NewerVersionBanner })));
const ReaderSettingsPanel = lazy(() => import('./ReaderSettingsPanel').then((m) => ({ default: m.ReaderSettingsPanel })));

type Props = {
  article: ReaderDocument;
  settings: ReturnType<typeof useSettings>;
  initialPosition: ReadingPosition | null;
  /** A passage to scroll to and highlight ("Show in article"); it wins over the saved place. */
  focus: Passage | null;
  /** Told each saved place, so the reader reopens there when the user comes back to it. */
  onPlaceSaved: (position: ReadingPosition) => void;
};

const isModifier = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;

/** The reader: the article, its settings, find, and the remembered reading place. */
export function ReaderPage({ article, settings: settingsState, initialPosition, focus, onPlaceSaved }: Props) {
  const articleRef = useRef<HTMLElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const { settings, update: apply, error, retry, clearError } = settingsState;
  const [saveError, setSaveError] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [sidebarSlot, setSidebarSlot] = useState<HTMLDivElement | null>(null);
  const [annotationsEpoch, setAnnotationsEpoch] = useState(0);

  const holdPlace = useReadingPosition(articleRef, article.id, focus ? null : initialPosition, setSaveError, onPlaceSaved);
  // A setting may break the lines anew: the reader's place is read first, from the lines on screen.
  const update = useCallback(
    (patch: Parameters<typeof apply>[0]) => {
      holdPlace();
      apply(patch);
    },
    [apply, holdPlace],
  );
  useFocusPassage(articleRef, focus);
  useReaderExtras();

  const changeSize = useCallback(
    (delta: number | 'reset') => {
      const next = delta === 'reset' ? defaultSettings.fontSizeStep : settings.fontSizeStep + delta;
      if (next >= 0 && next < FONT_SIZES_PX.length && next !== settings.fontSizeStep) update({ fontSizeStep: next });
    },
    [settings.fontSizeStep, update],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isModifier(event)) return;
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault();
        setFindOpen(true);
        // Re-focus the field if the bar is already open.
        document.getElementById('find-input')?.focus();
      } else if (event.key === '=' || event.key === '+') {
        event.preventDefault();
        changeSize(1);
      } else if (event.key === '-' || event.key === '_') {
        event.preventDefault();
        changeSize(-1);
      } else if (event.key === '0') {
        event.preventDefault();
        changeSize('reset');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [changeSize]);

  // The app routes by the URL's hash, so the skip link moves focus itself instead of changing it.
  const skipToArticle = (event: MouseEvent) => {
    event.preventDefault();
    const title = document.getElementById('article-title');
    // The article's header (section, title, byline) comes into view whole, below the app's bar.
    (title?.parentElement ?? title)?.scrollIntoView({ block: 'start' });
    title?.focus({ preventScroll: true });
  };

  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };

  const shownError = error ?? saveError;

  return (
    <>
      <a className="skip-link" href="#article-title" onClick={skipToArticle}>
        Skip to article
      </a>
      <AppHeader
        current="reader"
        actions={
          <>
            <TableOfContents article={article} articleRef={articleRef} />
            <IconButton
              label="Annotations"
              icon={<NotebookPen size={18} />}
              pressed={sidebarOpen}
              aria-controls={sidebarOpen ? 'annotations-sidebar' : undefined}
              onClick={() => setSidebarOpen((open) => !open)}
            />
            <IconButton label="Find in article (Ctrl+F)" icon={<Search size={18} />} pressed={findOpen} onClick={() => setFindOpen((open) => !open)} />
            <div className="popover-anchor">
              <IconButton
                ref={settingsButton}
                label="Reading settings"
                icon={<Type size={18} />}
                aria-expanded={settingsOpen}
                aria-haspopup="dialog"
                onClick={() => setSettingsOpen((open) => !open)}
              />
              {settingsOpen && (
                <Suspense fallback={null}>
                  <ReaderSettingsPanel settings={settings} onChange={update} onClose={closeSettings} />
                </Suspense>
              )}
            </div>
          </>
        }
      >
        <ReadingProgress />
      </AppHeader>
      {findOpen && (
        <Suspense fallback={null}>
          <FindPanel articleRef={articleRef} paragraphs={article.paragraphs} query={query} onQuery={setQuery} onClose={() => setFindOpen(false)} />
        </Suspense>
      )}
      {shownError && (
        <Banner
          tone="error"
          title="Not saved"
          actions={
            <>
              {error && (
                <button type="button" className="button" onClick={retry}>
                  Try again
                </button>
              )}
              <button
                type="button"
                className="button"
                onClick={() => {
                  clearError();
                  setSaveError(null);
                }}
              >
                Dismiss
              </button>
            </>
          }
        >
          {shownError}
        </Banner>
      )}
      {/* After a replace the annotations layer starts again, so it loads the moved annotations. */}
      {article.previousVersion && (
        <Suspense fallback={null}>
          <NewerVersionBanner article={article} onReplaced={() => setAnnotationsEpoch((epoch) => epoch + 1)} />
        </Suspense>
      )}
      <div className={`reader-layout ${sidebarOpen ? 'reader-layout--sidebar' : ''}`}>
        <main id="reader" className="reader" onClick={() => settingsOpen && setSettingsOpen(false)}>
          <ArticleView ref={articleRef} article={article} settings={settings} opensAt={focus?.paragraphId ?? initialPosition?.paragraphId} />
          <Suspense fallback={null}>
            <ReaderAnnotations key={annotationsEpoch} articleRef={articleRef} documentId={article.id} sidebarOpen={sidebarOpen} setSidebarOpen={setSidebarOpen} sidebarSlot={sidebarSlot} />
          </Suspense>
        </main>
        <div ref={setSidebarSlot} className="reader-layout__side" />
      </div>
    </>
  );
}
