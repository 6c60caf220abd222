import { useState } from 'react';
import type { CardView } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { AppHeader } from '../app/AppHeader';
import { useCurrentDocument } from '../app/current-document';
import { showInArticle, type Passage } from '../app/router';
import { placeOfBlock } from './block-place';
import { CardForm } from './CardForm';

type Props = { passage: Passage | null };

/** "Make card" from a passage of the open document (`#/flashcards/new?passage=s2-b3:10-80`): a basic or a cloze card. */
export function MakeCardPage({ passage }: Props) {
  const open = useCurrentDocument();
  const paragraph = passage && open ? open.document.paragraphs.find((p) => p.id === passage.paragraphId) : undefined;
  const quote = passage && paragraph && passage.end <= paragraph.text.length ? paragraph.text.slice(passage.start, passage.end) : null;
  return (
    <>
      <AppHeader current="flashcards" />
      <main className="flashcards-page flashcards-page--narrow" id="main">
        <h1 className="page-title">Make a card</h1>
        {open && passage && quote?.trim() ? (
          <MakeCard
            key={`${open.item.id}:${passage.paragraphId}:${passage.start}-${passage.end}`}
            documentId={open.item.id}
            place={placeOfBlock(open.document, passage.paragraphId) ?? ''}
            passage={passage}
            quote={quote}
          />
        ) : (
          <div className="empty-state">
            <p>{open?.item.builtin === false ? `This link does not point at a passage of “${open.item.title}”.` : 'This link does not point at a passage of the article.'}</p>
            <p>
              Select words in the <a href="#/reader">reader</a> and choose “Make card”, or browse the <a href="#/cards">cards you have</a>.
            </p>
          </div>
        )}
      </main>
    </>
  );
}

type MakeCardProps = { documentId: string; place: string; passage: Passage; quote: string };

function MakeCard({ documentId, place, passage, quote }: MakeCardProps) {
  const [saved, setSaved] = useState<CardView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  if (saved) {
    return (
      <section className="make-card__saved" aria-labelledby="saved-title">
        <h2 id="saved-title" tabIndex={-1} ref={(el) => el?.focus()}>Card saved</h2>
        <p>“{saved.front}” is in your deck and will come up as a new card in your next review.</p>
        <p className="review-end__actions">
          <a className="button button--primary" href="#/flashcards">Review now</a>
          <a className="button" href="#/cards">Browse cards</a>
          <button type="button" className="button" onClick={() => showInArticle(passage)}>Back to the article</button>
          <button type="button" className="button" onClick={() => { setSaved(null); setFormKey((k) => k + 1); }}>Make another from this passage</button>
        </p>
      </section>
    );
  }

  return (
    <>
      <figure className="passage">
        <blockquote>“{quote}”</blockquote>
        <figcaption>
          {place} ·{' '}
          <button type="button" className="link-button" onClick={() => showInArticle(passage)}>Show in article</button>
        </figcaption>
      </figure>
      {error && <Banner tone="error" title="The card was not saved">{error} Your card is still here; try again.</Banner>}
      <CardForm
        key={formKey}
        quote={quote}
        submitLabel="Save card"
        onSubmit={async (draft) => {
          const source = { paragraph: passage.paragraphId, start: passage.start, end: passage.end, quote };
          try {
            const card =
              draft.kind === 'basic'
                ? await api['cards.create']({ documentId, kind: 'basic', front: draft.front, back: draft.back, tags: draft.tags, source })
                : await api['cards.create']({ documentId, kind: 'cloze', gaps: draft.gaps, tags: draft.tags, source });
            setError(null);
            setSaved(card);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      />
    </>
  );
}
