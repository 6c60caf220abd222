import { Suspense, lazy, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { StoreNotice } from '../../../electron/contract/contract';
import { BookOpen } from '../../ui/first-screen-icons';
import { appClockReady, syncAppClock } from '../../api/app-clock';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { ImportProvider } from '../library/import/ImportProvider';
import { ReaderPage } from '../reader/ReaderPage';
import { withEntry } from '../reader/reader-document';
import { openDocumentOf, useReaderBoot, type OpenDocument, type ReaderBoot } from '../reader/useReaderBoot';
import { useSettings } from '../reader/useSettings';
import { CurrentDocumentContext, OpenDocumentEventsContext, type CurrentDocument, type OpenDocumentEvents } from './current-document';
import { parsePassage, useRoute, type Route } from './router';
import { whenStill } from './when-still';

/**
 * Every page but the reader is its own chunk, loaded when its route is first opened, so the reader's
 * first screen parses only what it shows. Those pages show times, so they also wait for the app's clock.
 * `preload()` fetches a chunk ahead of its first visit; a page mounted once its chunk is in renders it
 * at once, without the Suspense fallback's extra frame (each mount decides once, so it never remounts).
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= Promise.all([load(), appClockReady]).then(([component]) => (loaded = component)).catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page(props: P) {
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Page, { preload });
}
const ReviewPage = page(() => import('../flashcards/ReviewPage').then((m) => m.ReviewPage));
const MakeCardPage = page(() => import('../flashcards/MakeCardPage').then((m) => m.MakeCardPage));
const CardBrowserPage = page(() => import('../flashcards/CardBrowserPage').then((m) => m.CardBrowserPage));
const ProgressPage = page(() => import('../progress/ProgressPage').then((m) => m.ProgressPage));
// Shown only for a document that has them; the gate that explains otherwise comes with each chunk.
const gate = () => import('./DocumentFeatureGate').then((m) => m.gated);
const SelftestPage = page(() => Promise.all([gate(), import('../selftest/SelftestPage')]).then(([gated, m]) => gated('selftest', m.SelftestPage)));
const ArgumentMapPage = page(() => Promise.all([gate(), import('../argument-map/ArgumentMapPage')]).then(([gated, m]) => gated('argumentMap', m.ArgumentMapPage)));
const QuestionsPage = page(() => import('../questions/QuestionsPage').then((m) => m.QuestionsPage));
const LibraryPage = page(() => import('../library/LibraryPage').then((m) => m.LibraryPage));

// Notices about the data file are rare: their banners load with the first one.
const StoreNotices = lazy(() => import('./StoreNotices').then((m) => ({ default: m.StoreNotices })));

function Opening() {
  return (
    <p className="boot-message" role="status">
      <BookOpen size={22} aria-hidden="true" />
      Opening Lectern…
    </p>
  );
}

/** Loads what the first screen needs (useReaderBoot), then shows the app; `initial` when already loaded. */
export function App({ initial = null }: { initial?: ReaderBoot | null }) {
  const { boot, retry } = useReaderBoot(initial);
  if (boot.state === 'loading') return <Opening />;
  if (boot.state === 'failed') {
    return (
      <main className="boot-failure">
        <Banner tone="error" title="Lectern could not load your data" actions={<button type="button" className="button" onClick={retry}>Try again</button>}>
          {boot.message} Nothing was changed.
        </Banner>
      </main>
    );
  }
  return <AppShell {...boot} />;
}

/** Notices about the data file, which arrive with `app.status` and never hold up the text. */
function useNotices() {
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  useEffect(() => {
    api['app.status']({}).then(
      (status) => {
        syncAppClock(status.now);
        setNotices(status.notices);
      },
      () => syncAppClock(null),
    );
  }, []);
  const dismiss = () => {
    void api['app.dismissNotices']({}).then(() => setNotices([]));
  };
  return { notices, dismiss };
}

type Failure = { id: string; message: string; dismissed: boolean };

/**
 * The open document: the one the reader booted on, replaced when the address names another
 * (`#/reader?doc=<id>`). Other pages keep studying it until another is opened.
 */
function useOpenDocument(initial: OpenDocument | null, route: Route) {
  const [open, setOpen] = useState(initial);
  const [failure, setFailure] = useState<Failure | null>(null);
  const wanted = route.path === 'reader' ? route.params.get('doc') : null;
  const openId = open?.item.id ?? null;
  useEffect(() => {
    if (!wanted || wanted === openId) return;
    let current = true;
    const fail = (message: string) => current && setFailure({ id: wanted, message, dismissed: false });
    api['library.open']({ id: wanted }).then(
      (opened) => {
        if (!current) return;
        if (opened) setOpen(openDocumentOf(opened));
        else fail('That document is no longer in your library.');
      },
      (error: Error) => fail(error.message),
    );
    return () => {
      current = false;
    };
  }, [wanted, openId]);
  const opening = wanted !== null && wanted !== openId && failure?.id !== wanted;
  const shownFailure = failure && failure.id === wanted && !failure.dismissed ? failure : null;
  // The latest saved place, so the reader reopens there after a visit to another page.
  const savePlace = (position: OpenDocument['position']) => setOpen((was) => (was ? { ...was, position } : was));
  const dismissFailure = () => setFailure((was) => (was ? { ...was, dismissed: true } : was));
  const events = useMemo<OpenDocumentEvents>(
    () => ({
      changed: (item) => setOpen((was) => (was?.item.id === item.id ? { ...was, item, article: withEntry(was.article, item) } : was)),
      removed: (id) => setOpen((was) => (was?.item.id === id ? null : was)),
    }),
    [],
  );
  return { open, opening, failure: shownFailure, savePlace, dismissFailure, events };
}

/**
 * The library is the home screen, one click from anywhere: its chunk is fetched and evaluated once the
 * first screen is up and the reader is still (whenStill: the evaluation is one long task, kept out of
 * a flick through the text), so its first visit costs what a later one does.
 */
function usePreloadedHome() {
  useEffect(() => whenStill(() => void LibraryPage.preload().catch(() => undefined)), []);
}

/** The frame around every page: notices about the data file, then the page the route names. */
function AppShell({ opened, settings: initialSettings }: ReaderBoot) {
  const route = useRoute();
  const settings = useSettings(initialSettings);
  const { notices, dismiss } = useNotices();
  const { open, opening, failure, savePlace, dismissFailure, events } = useOpenDocument(opened, route);
  usePreloadedHome();
  const current = useMemo<CurrentDocument | null>(() => (open ? { item: open.item, document: open.article } : null), [open]);
  let content: ReactNode;
  switch (route.path) {
    // Each feature adds its page here (a lazy chunk) and its entry in nav.ts.
    case 'flashcards':
      content = <ReviewPage />;
      break;
    case 'flashcards/new':
      content = <MakeCardPage passage={parsePassage(route.params.get('passage'))} />;
      break;
    case 'cards':
      content = <CardBrowserPage key={route.params.get('tag') ?? ''} initialTag={route.params.get('tag') ?? ''} />;
      break;
    case 'progress':
      content = <ProgressPage />;
      break;
    case 'selftest':
      content = <SelftestPage path={route.path} route={route} />;
      break;
    case 'argument-map':
      content = <ArgumentMapPage path={route.path} />;
      break;
    case 'questions':
    case 'questions/new':
    case 'questions/edit':
      content = <QuestionsPage key={route.path + (route.params.get('passage') ?? route.params.get('id') ?? '')} route={route} />;
      break;
    case 'library':
      content = <LibraryPage />;
      break;
    default:
      content =
        opening ? (
          <Opening />
        ) : !open ? (
          // Nothing to open (the built-in document hidden, nothing imported): the library says what to do.
          <LibraryPage />
        ) : (
          <ReaderPage
            key={open.item.id}
            article={open.article}
            settings={settings}
            initialPosition={open.position}
            focus={parsePassage(route.params.get('focus'))}
            onPlaceSaved={savePlace}
          />
        );
  }

  return (
    <>
      {notices.length > 0 && (
        <Suspense fallback={null}>
          <StoreNotices notices={notices} onDismiss={dismiss} />
        </Suspense>
      )}
      {failure && (
        <Banner tone="error" title="The document could not be opened" actions={<button type="button" className="button" onClick={dismissFailure}>Dismiss</button>}>
          {failure.message} {open ? `“${open.item.title}” is still open.` : ''}
        </Banner>
      )}
      <CurrentDocumentContext.Provider value={current}>
        <OpenDocumentEventsContext.Provider value={events}>
          <ImportProvider>
            <Suspense fallback={<Opening />}>{content}</Suspense>
          </ImportProvider>
        </OpenDocumentEventsContext.Provider>
      </CurrentDocumentContext.Provider>
    </>
  );
}
