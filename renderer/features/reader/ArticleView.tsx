import { Fragment, forwardRef, memo, startTransition, useEffect, useState, type CSSProperties } from 'react';
import { FONT_SIZES_PX, LINE_WIDTH_CH } from '../../../electron/contract/reader-values';
import type { Settings } from '../../../electron/contract/settings';
import type { Block } from '../../../electron/domain/document/document';
import { blockRuns, chapterHeadingBlock, sectionHeadingId } from './document-outline';
import type { ReaderDocument } from './reader-document';

type Props = {
  article: ReaderDocument;
  settings: Settings;
  /** The block the reader opens at (the saved place or a passage to show); the first block if none. */
  opensAt?: string | null;
};

const WORDS_PER_MINUTE = 230;
/** Past this many characters the reader lays out only the blocks near the viewport (reader.css). */
export const LONG_TEXT_CHARS = 50_000;
/** A long text's first screen: blocks this far before and after the one it opens at carry their text. */
const FIRST_SCREEN_BEFORE = 20;
const FIRST_SCREEN_AFTER = 60;

/**
 * Whether every block of a long text carries its text yet. The first frame gives text only to the
 * blocks around where the reader opens (the others are empty blocks of their estimated height, so
 * the page's height and the place are already right); the rest follows right after that frame is
 * painted, before anyone could search or select, in one low-priority update.
 */
function useWholeText(long: boolean): boolean {
  const [whole, setWhole] = useState(!long);
  useEffect(() => {
    if (whole) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setWhole(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [whole]);
  return whole;
}

const tags = { paragraph: 'p', heading: 'h3', quote: 'blockquote', item: 'li' } as const;

type BlockProps = {
  block: Block;
  as?: 'h2';
  className?: string;
  /** A long text's size hint for content-visibility (reader.css). */
  style?: CSSProperties;
  /** False for a long text's block outside its first screen: an empty box of its estimated height, filled a frame later. */
  withText?: boolean;
};

/** One block as its kind says (paragraph, heading, quote, list item), its text as text, never HTML. */
function BlockText({ block, as, className = '', style, withText = true }: BlockProps) {
  const Tag = as ?? tags[block.kind];
  return (
    <Tag id={`paragraph-${block.id}`} data-paragraph-id={block.id} className={['article__paragraph', `article__${block.kind}`, className].filter(Boolean).join(' ')} tabIndex={as ? -1 : undefined} style={style}>
      {withText ? block.text : null}
    </Tag>
  );
}

/**
 * The article itself. Its paragraphs render once and are never rewritten: find matches and (later)
 * highlights are painted over the text nodes with the CSS Custom Highlight API.
 */
export const ArticleView = memo(
  forwardRef<HTMLElement, Props>(function ArticleView({ article, settings, opensAt }, ref) {
    const words = article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
    const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
    const long = article.paragraphs.reduce((n, p) => n + p.text.length, 0) > LONG_TEXT_CHARS;
    const whole = useWholeText(long);
    const opensAtIndex = Math.max(0, article.paragraphs.findIndex((p) => p.id === opensAt));
    const firstScreen = whole ? null : new Set(article.paragraphs.slice(Math.max(0, opensAtIndex - FIRST_SCREEN_BEFORE), opensAtIndex + FIRST_SCREEN_AFTER + 1).map((p) => p.id));
    const style = {
      '--reading-size': `${FONT_SIZES_PX[settings.fontSizeStep]}px`,
      '--reading-measure': `${LINE_WIDTH_CH[settings.lineWidth]}ch`,
      '--measure-chars': LINE_WIDTH_CH[settings.lineWidth],
    } as CSSProperties;
    // A long text's blocks each carry their length, from which reader.css estimates the height of
    // a block it has not laid out yet (so the scrollbar and the reading place are about right).
    const blockStyle = (text: string) => (long ? ({ '--block-chars': text.length } as CSSProperties) : undefined);
    const shows = (block: Block) => !firstScreen || firstScreen.has(block.id);
    return (
      <article ref={ref} className={`article article--${settings.fontFamily}${long ? ' article--long' : ''}`} style={style} aria-labelledby="article-title">
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
            // A chapter line the importer kept as the first block is shown once, as the chapter's heading.
            const heading = chapterHeadingBlock(section);
            const blocks = blockRuns(heading ? section.blocks.slice(1) : section.blocks).map((run) =>
              run.kind === 'list' ? (
                <ul key={run.blocks[0]!.id} className="article__list">
                  {run.blocks.map((block) => <BlockText key={block.id} block={block} style={blockStyle(block.text)} withText={shows(block)} />)}
                </ul>
              ) : (
                <BlockText key={run.block.id} block={run.block} style={blockStyle(run.block.text)} withText={shows(run.block)} />
              ),
            );
            // An untitled section (a text of one part, the built-in article) adds no element around its blocks.
            if (!section.title) return <Fragment key={section.id}>{blocks}</Fragment>;
            return (
              <section key={section.id} className="article__chapter" data-section-id={section.id} aria-labelledby={sectionHeadingId(section)}>
                {heading ? (
                  <BlockText block={heading} as="h2" className="article__chapter-title" />
                ) : (
                  <h2 id={`section-${section.id}`} className="article__chapter-title" tabIndex={-1}>
                    {section.title}
                  </h2>
                )}
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
