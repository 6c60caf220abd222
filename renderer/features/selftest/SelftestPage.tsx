import { useCallback, useEffect, useState } from 'react';
import type { AttemptMode, AttemptSummary, FinishedAttempt, OpenAttempt, SelftestOverview } from '../../../electron/contract/selftest';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { AppHeader } from '../app/AppHeader';
import { useCurrentDocument } from '../app/current-document';
import { navigate, type Route } from '../app/router';
import { HistoryScreen } from './HistoryScreen';
import { ResultsScreen } from './ResultsScreen';
import { StartScreen } from './StartScreen';
import { TakeScreen } from './TakeScreen';

type View =
  | { view: 'loading' }
  | { view: 'start'; overview: SelftestOverview }
  | { view: 'take'; attempt: OpenAttempt }
  | { view: 'results'; attempt: FinishedAttempt; overview: SelftestOverview }
  | { view: 'history'; attempts: AttemptSummary[] };

/** Loads what the route names: `#/selftest` (start), `?view=take`, `?result=<id>`, `?view=history`. */
async function load(route: Route, documentId: string): Promise<View> {
  const result = route.params.get('result');
  const view = route.params.get('view');
  if (result) {
    const [attempt, overview] = await Promise.all([api['selftest.result']({ documentId, attemptId: result }), api['selftest.overview']({ documentId })]);
    return { view: 'results', attempt, overview };
  }
  if (view === 'history') return { view: 'history', attempts: await api['selftest.history']({ documentId }) };
  if (view === 'take') {
    const attempt = await api['selftest.current']({ documentId });
    if (attempt) return { view: 'take', attempt };
  }
  return { view: 'start', overview: await api['selftest.overview']({ documentId }) };
}

/** The open document's self-test; a document without one says so instead of showing an empty test. */
export function SelftestPage({ route }: { route: Route }) {
  const current = useCurrentDocument();
  const body =
    current && current.item.features.selftest ? (
      <DocumentSelftest key={current.item.id} route={route} documentId={current.item.id} />
    ) : (
      <Banner tone="info" title="No self-test">
        This document has no self-test. A study pack can bring one.
      </Banner>
    );
  return (
    <>
      <AppHeader current="selftest" />
      <main className="selftest" id="selftest">
        {body}
      </main>
    </>
  );
}

/** The self-test: start, take an attempt one question at a time, review, results and history. */
function DocumentSelftest({ route, documentId }: { route: Route; documentId: string }) {
  const [state, setState] = useState<View>({ view: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = `${route.params.get('view') ?? ''}|${route.params.get('result') ?? ''}`;

  const reload = useCallback(() => {
    setError(null);
    load(route, documentId).then(setState, (e: Error) => setError(e.message));
    // `key` stands for the route's params.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [key, documentId]);
  useEffect(reload, [reload]);

  useEffect(() => {
    // A new screen starts at its title, for keyboard and screen-reader users alike.
    if (state.view !== 'loading' && state.view !== 'take') document.querySelector<HTMLElement>('.selftest h1')?.focus();
  }, [state.view]);

  const start = (mode: AttemptMode) => {
    setBusy(true);
    setError(null);
    api['selftest.start']({ documentId, mode }).then(
      (attempt) => {
        setBusy(false);
        if (route.params.get('view') === 'take') setState({ view: 'take', attempt });
        else navigate('selftest', { view: 'take' });
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };

  let body;
  switch (state.view) {
    case 'loading':
      body = error ? null : <p className="selftest__loading" role="status">Loading the self-test…</p>;
      break;
    case 'start':
      body = <StartScreen overview={state.overview} busy={busy} onStart={start} onResume={() => navigate('selftest', { view: 'take' })} onHistory={() => navigate('selftest', { view: 'history' })} />;
      break;
    case 'take':
      body = <TakeScreen key={state.attempt.id} attempt={state.attempt} onFinished={(done) => navigate('selftest', { result: done.id })} />;
      break;
    case 'results':
      body = (
        <ResultsScreen
          attempt={state.attempt}
          missedCount={state.overview.missedCount}
          isLatest={state.overview.last?.id === state.attempt.id}
          onRetakeAll={() => start('all')}
          onRetakeMissed={() => start('missed')}
          onHistory={() => navigate('selftest', { view: 'history' })}
        />
      );
      break;
    case 'history':
      body = <HistoryScreen attempts={state.attempts} onOpen={(id) => navigate('selftest', { result: id })} onBack={() => navigate('selftest')} />;
      break;
  }

  return (
    <>
        {error && (
          <Banner
            tone="error"
            title="The self-test could not do that"
            actions={
              <button type="button" className="button" onClick={reload}>
                Try again
              </button>
            }
          >
            {error} Your saved answers and results are unchanged.
          </Banner>
        )}
        {body}
    </>
  );
}
