import { useCallback, useEffect, useState, type ReactNode } from 'react';
import articleJson from '../../../data/article.json';
import type { Article } from '../../../data/schemas/article';
import type { StoreNotice } from '../../../electron/contract/contract';
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
import { useSettings } from '../reader/useSettings';
import { parsePassage, useRoute } from './router';

// The article ships with the app and is validated by a test; the renderer only displays it.
const article = articleJson as Article;

type Ready = { settings: Settings; position: ReadingPosition | null; notices: StoreNotice[] };
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
    Promise.all([api['app.status']({}), api['settings.get']({}), api['reading.get']({ documentId: article.id })]).then(
      ([status, settings, position]) => {
        document.documentElement.dataset.theme = settings.theme;
        setBoot({ state: 'ready', settings, position, notices: status.notices });
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

/** The frame around every page: notices about the data file, then the page the route names. */
function AppShell({ settings: initialSettings, position, notices: initialNotices }: Ready) {
  const route = useRoute();
  const settings = useSettings(initialSettings);
  const [notices, setNotices] = useState(initialNotices);
  // The latest saved place, so the reader reopens there after a visit to another page.
  const [place, setPlace] = useState(position);
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
      page = (
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
