import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StoreNotice } from '../../../electron/contract/contract';
import type { OpenedDocument } from '../../../electron/contract/library';
import type { ReadingPosition, Settings } from '../../../electron/contract/settings';
import { BookOpen } from 'lucide-react';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { CardBrowserPage } from '../flashcards/CardBrowserPage';
import { MakeCardPage } from '../flashcards/MakeCardPage';
import { ReviewPage } from '../flashcards/ReviewPage';
import { ProgressPage } from '../progress/ProgressPage';
import { ArgumentMapPage } from '../argument-map/ArgumentMapPage';
import { ReaderPage } from '../reader/ReaderPage';
import { SelftestPage } from '../selftest/SelftestPage';
import { readerDocument, type ReaderDocument } from '../reader/reader-document';
import { useSettings } from '../reader/useSettings';
import { parsePassage, useRoute } from './router';

type Ready = { settings: Settings; opened: OpenedDocument | null; notices: StoreNotice[] };
type Boot = { state: 'loading' } | { state: 'failed'; message: string } | ({ state: 'ready' } & Ready);

const noticeTitles: Record<StoreNotice['kind'], string> = {
  migrated: 'Your data was upgraded',
  'newer-version': 'Read-only: data from a newer Lectern',
  'recovered-from-backup': 'Your data file was repaired',
  'started-clean': 'Your data file could not be read',
  'document-recovered': 'A document was repaired',
  'document-damaged': 'A document could not be read',
};

/** Loads what the first screen needs, then shows the app. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  const load = useCallback(() => {
    // The reader's document and its place come in one answer: the document asked for, else the one read last.
    const doc = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('doc');
    // Before anything was read, the library's first document (the built-in article) opens.
    const open = async () => (await api['library.open'](doc ? { id: doc } : {})) ?? api['library.open']({ id: (await api['library.list']({})).items[0]?.id });
    Promise.all([api['app.status']({}), api['settings.get']({}), open()]).then(
      ([status, settings, opened]) => {
        document.documentElement.dataset.theme = settings.theme;
        setBoot({ state: 'ready', settings, opened, notices: status.notices });
      },
      (error: Error) => setBoot({ state: 'failed', message: error.message }),
    );
  }, []);
  useEffect(load, [load]);

  if (boot.state === 'loading') {
    return (
      <p className="boot-message" role="status">
        <BookOpen size={22} aria-hidden="true" />
        Opening Lectern…
      </p>
    );
  }
  if (boot.state === 'failed') {
    const retry = () => {
      setBoot({ state: 'loading' });
      load();
    };
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

/** Shown only before any document can be opened (the library screen takes this place later). */
function NothingToRead() {
  return (
    <main className="boot-failure">
      <Banner tone="info" title="Nothing to read yet">Lectern has no document to open.</Banner>
    </main>
  );
}

/** The frame around every page: notices about the data file, then the page the route names. */
function AppShell({ settings: initialSettings, opened, notices: initialNotices }: Ready) {
  const route = useRoute();
  const settings = useSettings(initialSettings);
  const [notices, setNotices] = useState(initialNotices);
  // The latest saved place, so the reader reopens there after a visit to another page.
  const [place, setPlace] = useState<ReadingPosition | null>(opened?.reading ?? null);
  // Built once: the reader's find and highlights key on the identity of its blocks.
  const article: ReaderDocument | null = useMemo(() => (opened ? readerDocument(opened) : null), [opened]);
  const dismiss = () => {
    void api['app.dismissNotices']({}).then(() => setNotices([]));
  };

  let page: ReactNode;
  switch (route.path) {
    // Each feature adds its page here and its entry in nav.ts.
    case 'flashcards':
      page = <ReviewPage />;
      break;
    case 'flashcards/new':
      page = <MakeCardPage passage={parsePassage(route.params.get('passage'))} />;
      break;
    case 'cards':
      page = <CardBrowserPage key={route.params.get('tag') ?? ''} initialTag={route.params.get('tag') ?? ''} />;
      break;
    case 'progress':
      page = <ProgressPage />;
      break;
    case 'selftest':
      page = <SelftestPage route={route} />;
      break;
    case 'argument-map':
      page = <ArgumentMapPage />;
      break;
    default:
      page = !article ? (
        <NothingToRead />
      ) : (
        <ReaderPage
          article={article}
          settings={settings}
          initialPosition={place}
          focus={parsePassage(route.params.get('focus'))}
          onPlaceSaved={setPlace}
        />
      );
  }

  return (
    <>
      {notices.map((notice) => (
        <Banner
          key={notice.at + notice.kind}
          tone={notice.kind === 'migrated' ? 'info' : 'warning'}
          title={noticeTitles[notice.kind]}
          actions={<button type="button" className="button" onClick={dismiss}>Dismiss</button>}
        >
          {notice.message}
        </Banner>
      ))}
      {page}
    </>
  );
}
