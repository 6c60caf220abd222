import { Suspense, lazy, useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { NotebookPen, Search, Type } from 'lucide-react';
import { FONT_SIZES_PX, defaultSettings } from '../../../electron/contract/reader-values';
import type { ReadingPosition } from '../../../electron/contract/settings';
import { AppHeader } from '../app/AppHeader';
import type { Passage } from '../app/router';
import { IconButton } from '../../ui/IconButton';
import { Banner } from '../../ui/Banner';
import { AnnotationToast } from '../annotations/AnnotationToast';
import { NoteMarkers } from '../annotations/NoteMarkers';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { useKeyboardSelection } from '../annotations/useKeyboardSelection';
import { useReaderAnnotations } from '../annotations/useReaderAnnotations';
import { ArticleView } from './ArticleView';
import type { ReaderDocument } from './reader-document';
import { FindBar } from './FindBar';
import { ReadingProgress } from './ReadingProgress';
import { TableOfContents } from './TableOfContents';
import { useFind } from './useFind';
import { useReadingPosition } from './useReadingPosition';
import { useFocusPassage } from './useFocusPassage';
import { NewerVersionBanner } from '../versions/NewerVersionBanner';
import type { useSettings } from './useSettings';

// Opened on demand, so not part of the reader's first screen: loaded on first use.
const AnnotationsSidebar = lazy(() => import('../annotations/AnnotationsSidebar').then((m) => ({ default: m.AnnotationsSidebar })));
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
  const { settings, update, error, retry, clearError } = settingsState;
  const [saveError, setSaveError] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const find = useFind(articleRef, article.paragraphs, query, findOpen);

  useReadingPosition(articleRef, article.id, focus ? null : initialPosition, setSaveError, onPlaceSaved);
  useFocusPassage(articleRef, focus);
  useKeyboardSelection(articleRef);
  const annotations = useReaderAnnotations(articleRef, article.id);

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
              pressed={annotations.sidebarOpen}
              aria-controls={annotations.sidebarOpen ? 'annotations-sidebar' : undefined}
              onClick={() => annotations.setSidebarOpen((open) => !open)}
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
        <FindBar
          query={query}
          onQuery={setQuery}
          count={find.count}
          index={find.index}
          onNext={find.next}
          onPrevious={find.previous}
          onClose={() => setFindOpen(false)}
        />
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
      <NewerVersionBanner article={article} onReplaced={() => void annotations.notes.reload()} />
      <div className={`reader-layout ${annotations.sidebarOpen ? 'reader-layout--sidebar' : ''}`}>
        <main id="reader" className="reader" onClick={() => settingsOpen && setSettingsOpen(false)}>
          <ArticleView ref={articleRef} article={article} settings={settings} />
          <NoteMarkers articleRef={articleRef} items={annotations.notes.items} onOpen={annotations.open} />
          {annotations.selection && <SelectionToolbar rect={annotations.selection.rect} onColor={(c) => void annotations.highlight(c)} onAction={annotations.runAction} />}
          <AnnotationToast notes={annotations.notes} />
        </main>
        {annotations.sidebarOpen && (
          <Suspense fallback={null}>
            <AnnotationsSidebar
              documentId={article.id}
              items={annotations.notes.items}
              editingId={annotations.editing.id}
              focusNote={annotations.editing.focusNote}
              currentId={annotations.currentId}
              onEdit={annotations.setEditing}
              onJump={annotations.jump}
              onSave={annotations.notes.update}
              onDelete={annotations.remove}
              onImport={annotations.notes.importFile}
              onMessage={annotations.notes.tell}
              onClose={() => annotations.setSidebarOpen(false)}
            />
          </Suspense>
        )}
      </div>
    </>
  );
}
