import { Fragment, Suspense, forwardRef, memo, useImperativeHandle, useMemo, useRef } from 'react';
import type { Settings } from '../../../electron/contract/settings';
import type { Block, Section } from '../../../electron/domain/document/document';
import { blockRuns, chapterHeadingBlock, sectionHeadingId, type BlockRun } from './document-outline';
import { BLOCKS_ATTRIBUTE, CHARS_ATTRIBUTE, CHUNK_ATTRIBUTE, CHUNK_GROUP_CLASS, PARTIAL_ATTRIBUTE, groupChunks, layoutLongText, type Chunk } from './long-text-chunks';
import { ChunkFiller, useChunkFill } from './useChunkFill';
import type { ReaderDocument } from './reader-document';

type Props = {
  article: ReaderDocument;
  settings: Settings;
  /** The block the reader opens at (the saved place or a passage to show); the first block if none. */
  opensAt?: string | null;
};

/** Past this many characters the reader lays out only the blocks near the viewport (reader.css). */
export const LONG_TEXT_CHARS = 50_000;
const tags = { paragraph: 'p', heading: 'h3', quote: 'blockquote', item: 'li' } as const;

type BlockProps = { block: Block; as?: 'h2'; className?: string };

/** One block as its kind says (paragraph, heading, quote, list item), its text as text, never HTML. */
function BlockText({ block, as, className = '' }: BlockProps) {
  const Tag = as ?? tags[block.kind];
  return (
    <Tag id={`paragraph-${block.id}`} data-paragraph-id={block.id} className={['article__paragraph', `article__${block.kind}`, className].filter(Boolean).join(' ')} tabIndex={as ? -1 : undefined}>
      {block.text}
    </Tag>
  );
}

/** Blocks in reading order, consecutive list items in one list. */
function Runs({ runs }: { runs: readonly BlockRun[] }) {
  return runs.map((run) =>
    run.kind === 'list' ? (
      <ul key={run.blocks[0]!.id} className="article__list">
        {run.blocks.map((block) => <BlockText key={block.id} block={block} />)}
      </ul>
    ) : (
      <BlockText key={run.block.id} block={run.block} />
    ),
  );
}

/**
 * A long text's chunk (long-text-chunks.ts): it carries its length, from which reader.css estimates
 * its height before it is laid out (so the scrollbar and the reading place are about right), and
 * holds its blocks once `filled` (useChunkFill). The length is in attributes, which reader.css reads
 * with typed attr(): a pre-rendered page (first-screen/pre-render.tsx) has the right heights from its
 * first byte, where a style attribute would be dropped by the CSP (style-src 'self').
 */
const ChunkBox = memo(function ChunkBox({ chunk, filled }: { chunk: Chunk & { index: number }; filled: boolean }) {
  return (
    <div className="article__chunk" {...{ [CHUNK_ATTRIBUTE]: chunk.index, [CHARS_ATTRIBUTE]: chunk.chars, [BLOCKS_ATTRIBUTE]: chunk.blocks }} data-chunk-empty={filled ? undefined : ''}>
      {filled && <Runs runs={chunk.runs} />}
    </div>
  );
});

type Chunks = readonly (Chunk & { index: number })[];
const sum = (chunks: Chunks, key: 'chars' | 'blocks') => chunks.reduce((n, chunk) => n + chunk[key], 0);

/**
 * One group of chunks (long-text-chunks.ts), sized by reader.css from its chunks' totals as a chunk
 * is. `filled` says, chunk by chunk, which hold their blocks ('1'): a group renders again only when
 * one of its own chunks is filled, not each time any chunk of the text is.
 */
const ChunkGroup = memo(function ChunkGroup({ group, filled }: { group: Chunks; filled: string }) {
  return (
    <div className={CHUNK_GROUP_CLASS} {...{ [CHARS_ATTRIBUTE]: sum(group, 'chars'), [BLOCKS_ATTRIBUTE]: sum(group, 'blocks') }}>
      {group.map((chunk, i) => (
        <ChunkBox key={chunk.key} chunk={chunk} filled={filled[i] === '1'} />
      ))}
    </div>
  );
});

/** A section's chunks, in their groups. */
function ChunkGroups({ groups, isFilled }: { groups: readonly Chunks[]; isFilled: (index: number) => boolean }) {
  return groups.map((group) => <ChunkGroup key={group[0]!.key} group={group} filled={group.map((chunk) => (isFilled(chunk.index) ? '1' : '0')).join('')} />);
}

/** The runs a section shows: all its blocks but a chapter line, which is shown as its heading. */
function shownRuns(section: Section): BlockRun[] {
  return blockRuns(chapterHeadingBlock(section) ? section.blocks.slice(1) : section.blocks);
}

/**
 * The article itself. Its paragraphs render once and are never rewritten: find matches and (later)
 * highlights are painted over the text nodes with the CSS Custom Highlight API.
 */
export const ArticleView = memo(
  forwardRef<HTMLElement, Props>(function ArticleView({ article, settings, opensAt }, ref) {
    const own = useRef<HTMLElement>(null);
    useImperativeHandle(ref, () => own.current!, []);
    const long = article.paragraphs.reduce((n, p) => n + p.text.length, 0) > LONG_TEXT_CHARS;
    const layout = useMemo(() => (long ? layoutLongText(article.sections, shownRuns) : null), [long, article.sections]);
    // Each section's groups, made once: the same arrays each render, so a group's memo holds.
    const groups = useMemo(() => (layout ? new Map([...layout.bySection].map(([id, chunks]) => [id, groupChunks(chunks)])) : null), [layout]);
    const { filled, setFilled, center, isFilled } = useChunkFill(layout, opensAt);
    const whole = filled === 'all';
    // The size and measure are rules in reader.css, one per setting (FONT_SIZES_PX, LINE_WIDTH_CH),
    // not a style attribute, which the CSP drops from a pre-rendered page.
    return (
      <article
        ref={own}
        className={`article article--${settings.fontFamily}${long ? ' article--long' : ''}`}
        data-size-step={settings.fontSizeStep}
        data-line-width={settings.lineWidth}
        aria-labelledby="article-title"
        {...(whole ? {} : { [PARTIAL_ATTRIBUTE]: '' })}
      >
        <header className="article__header">
          {article.kicker && <p className="article__section">{article.kicker}</p>}
          <h1 id="article-title" className="article__title" tabIndex={-1}>
            {article.title}
          </h1>
          <p className="article__byline">
            {article.author && <span>By {article.author}</span>}
            {article.author && <span aria-hidden="true"> · </span>}
            <span>{article.readingMinutes} min read</span>
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
            const blocks = groups ? <ChunkGroups groups={groups.get(section.id)!} isFilled={isFilled} /> : <Runs runs={shownRuns(section)} />;
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
        {layout && (
          <Suspense fallback={null}>
            <ChunkFiller articleRef={own} filled={filled} center={center} setFilled={setFilled} lines={`${settings.fontFamily} ${settings.fontSizeStep} ${settings.lineWidth}`} />
          </Suspense>
        )}
        {article.credit && (
          <footer className="article__footer">
            <p className="article__credit">{article.credit}</p>
          </footer>
        )}
      </article>
    );
  }),
);
