import { forwardRef, memo, type CSSProperties } from 'react';
import type { Article } from '../../../data/schemas/article';
import { FONT_SIZES_PX, LINE_WIDTH_CH } from '../../../electron/contract/reader-values';
import type { Settings } from '../../../electron/contract/settings';

type Props = { article: Article; settings: Settings };

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
          <p className="article__section">{article.section}</p>
          <h1 id="article-title" className="article__title" tabIndex={-1}>
            {article.title}
          </h1>
          <p className="article__byline">
            <span>By {article.author}</span>
            <span aria-hidden="true"> · </span>
            <span>{minutes} min read</span>
          </p>
        </header>
        {/* Focusable so the text can be selected from the keyboard (see useKeyboardSelection). */}
        <div className="article__body" tabIndex={0} role="region" aria-label="Article text" aria-describedby="article-text-hint">
          <p id="article-text-hint" className="visually-hidden">
            Select text with Shift and the arrow keys, then press H to highlight or N to add a note.
          </p>
          {article.paragraphs.map((paragraph) => (
            <p key={paragraph.id} id={`paragraph-${paragraph.id}`} data-paragraph-id={paragraph.id} className="article__paragraph">
              {paragraph.text}
            </p>
          ))}
        </div>
        <footer className="article__footer">
          <p className="article__credit">Photo credit: {article.photoCredit}</p>
        </footer>
      </article>
    );
  }),
);
