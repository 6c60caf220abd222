/**
 * The offer shown in the reader of a document that looks like a newer version of one already in the
 * library: replace the older (its annotations, cards, reading place and tags move here) or keep both.
 */
import { useState } from 'react';
import type { LibraryItem } from '../../../electron/contract/library';
import type { ReplaceReport } from '../../../electron/contract/library-versions';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { useFocusOnLeave } from '../../ui/useFocusOnLeave';
import type { ReaderDocument } from '../reader/reader-document';
import { ReplaceReportDialog } from './ReplaceReportDialog';

// Documents whose offer was answered this session: the frame keeps the document it opened (with its
// offer) while the user visits other pages, so coming back must not show the offer again.
const answered = new Set<string>();

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Props = {
  article: ReaderDocument;
  /** Told once the older version's annotations moved here, so the reader shows them. */
  onReplaced: () => void;
};

type Done = { report: ReplaceReport; older: LibraryItem };

/**
 * The offer answered and gone, or its report closed: focus goes to the document's title, where
 * reading goes on, rather than to the page, which would start the next Tab from the top.
 */
const TITLE = '#article-title';
const focusTitle = () =>
  requestAnimationFrame(() => {
    if (document.activeElement === null || document.activeElement === document.body) document.querySelector<HTMLElement>(TITLE)?.focus();
  });

export function NewerVersionBanner({ article, onReplaced }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [, setAnswered] = useState(0);
  // The banner leaving with focus on its button ("Keep both" answered).
  const offer = useFocusOnLeave<HTMLDivElement>(TITLE);
  const older = article.previousVersion;

  if (done)
    return (
      <ReplaceReportDialog
        report={done.report}
        older={done.older}
        onClose={() => {
          setDone(null);
          focusTitle();
        }}
      />
    );
  if (!older || answered.has(article.id)) return null;

  const answer = async (how: 'replace' | 'keep') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const pair = { fromId: older.id, toId: article.id };
      if (how === 'replace') {
        const { report } = await api['library.replace'](pair);
        answered.add(article.id);
        onReplaced();
        setDone({ report, older });
      } else {
        await api['library.keepBoth'](pair);
        answered.add(article.id);
        setAnswered((n) => n + 1);
      }
    } catch (failure) {
      setError(`${how === 'replace' ? 'Nothing was replaced' : 'Not saved'}: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={offer} className="version-offer">
      <Banner
        tone="info"
        title="A newer version?"
        actions={
          <>
            {/* aria-disabled while the answer is on its way: a disabled button would drop focus to the page. */}
            <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void answer('replace')}>
              Replace the older version
            </button>
            <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void answer('keep')}>
              Keep both
            </button>
          </>
        }
      >
        <p className="version-offer__text">
          This looks like a newer version of “{older.title}” (imported {dateFormat.format(new Date(older.importedAt))}): {count(older.annotations, 'annotation', 'annotations')} and{' '}
          {count(older.cards, 'card', 'cards')} could move here.
        </p>
        {error && (
          <p className="version-offer__error" role="alert">
            {error}
          </p>
        )}
      </Banner>
    </div>
  );
}
