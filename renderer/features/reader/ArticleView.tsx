import { Fragment, forwardRef, memo, type CSSProperties } from 'react';
import { FONT_SIZES_PX, LINE_WIDTH_CH } from '../../../electron/contract/reader-values';
import type { Settings } from '../../../electron/contract/settings';
import type { ReaderDocument } from './reader-document';

type Props = { article: ReaderDocument; settings: Settings };

const WORDS_PER_MINUTE = 230;

/**
 * The article itself. Its paragraphs render once and are never rewritten: find matches and (later)
 * highlights are painted over the text nodes with the CSS Custom Highlight API.
 */
export const ArticleView = memo(
  forwardRef<HTMLElement, Props>(function ArticleView({ article, settings }, ref) {
    const words = article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
    const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
    const style = {
      '--reading-size': `${FONT_SIZES_PX[settings.fontSizeStep]}px`,
      '--reading-measure': `${LINE_WIDTH_CH[settings.lineWidth]}ch`,
    } as CSSProperties;
    return (
      <article ref={ref} className={`article article--${settings.fontFamily}`} style={style} aria-labelledby="article-title">
        <header className="article__header">
          {article.kicker && <p className="article__section">{article.kicker}</p>}
          <h1 id="article-title" className="article__title" tabIndex={-1}>
            {article.title}
          </h1>
          <p className="article__byline">
            {article.author && <span>By {article.author}</span>}
            {article.author && <span aria-hidden="true"> · </span>}
            <span>{minutes} min read</span>
          </p>
        </header>
        {/* Focusable so the text can be selected from the keyboard (see useKeyboardSelection). */}
        <div className="article__body" tabIndex={0} role="region" aria-label="Article text" aria-describedby="article-text-hint">
          <p id="article-text-hint" className="visually-hidden">
            Select text with Shift and the arrow keys, then press H to highlight or N to add a note.
          </p>
          {article.sections.map((section) => {
            const blocks = section.blocks.map((block) => {
              const Tag = block.kind === 'heading' ? 'h3' : block.kind === 'quote' ? 'blockquote' : 'p';
              return (
                <Tag key={block.id} id={`paragraph-${block.id}`} data-paragraph-id={block.id} className={`article__paragraph article__${block.kind}`}>
                  {block.text}
                </Tag>
              );
            });
            // An untitled section (a text of one part, the built-in article) adds no element around its blocks.
            if (!section.title) return <Fragment key={section.id}>{blocks}</Fragment>;
            return (
              <section key={section.id} className="article__chapter" aria-labelledby={`section-${section.id}`}>
                <h2 id={`section-${section.id}`} className="article__chapter-title">
                  {section.title}
                </h2>
                {blocks}
              </section>
            );
          })}
        </div>
        {article.credit && (
          <footer className="article__footer">
            <p className="article__credit">{article.credit}</p>
          </footer>
        )}
      </article>
    );
  }),
);
