import { useState } from 'react';
import articleJson from '../../../data/article.json';
import type { Article } from '../../../data/schemas/article';
import type { CardView } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { AppHeader } from '../app/AppHeader';
import { showInArticle, type Passage } from '../app/router';
import { CardForm } from './CardForm';

const article = articleJson as Article;

type Props = { passage: Passage | null };

/** "Make card" from a passage (`#/flashcards/new?passage=p3:10-80`): a basic or a cloze card. */
export function MakeCardPage({ passage }: Props) {
  const paragraph = passage ? article.paragraphs.find((p) => p.id === passage.paragraphId) : undefined;
  const quote = passage && paragraph && passage.end <= paragraph.text.length ? paragraph.text.slice(passage.start, passage.end) : null;
  return (
    <>
      <AppHeader current="flashcards" />
      <main className="flashcards-page flashcards-page--narrow" id="main">
        <h1 className="page-title">Make a card</h1>
        {passage && paragraph && quote?.trim() ? (
          <MakeCard key={`${passage.paragraphId}:${passage.start}-${passage.end}`} passage={passage} quote={quote} />
        ) : (
          <div className="empty-state">
            <p>This link does not point at a passage of the article.</p>
            <p>
              Select words in the <a href="#/reader">reader</a> and choose “Make card”, or browse the <a href="#/cards">cards you have</a>.
            </p>
          </div>
        )}
      </main>
    </>
  );
}

function MakeCard({ passage, quote }: { passage: Passage; quote: string }) {
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
          Paragraph {passage.paragraphId.slice(1)} ·{' '}
          <button type="button" className="link-button" onClick={() => showInArticle(passage)}>Show in article</button>
        </figcaption>
      </figure>
      {error && <Banner tone="error" title="The card was not saved">{error} Your card is still here; try again.</Banner>}
      <CardForm
        key={formKey}
        quote={quote}
        submitLabel="Save card"
        onSubmit={async (draft) => {
          const source = { paragraph: passage.paragraphId as Article['paragraphs'][number]['id'], start: passage.start, end: passage.end, quote };
          try {
            const card =
              draft.kind === 'basic'
                ? await api['cards.create']({ documentId: article.id, kind: 'basic', front: draft.front, back: draft.back, tags: draft.tags, source })
                : await api['cards.create']({ documentId: article.id, kind: 'cloze', gaps: draft.gaps, tags: draft.tags, source });
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
