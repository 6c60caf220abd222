// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/contract/reader-values';
import { currentArticle, tidesDocument } from '../app/fixtures';
import { ArticleView } from './ArticleView';
import type { ReaderDocument } from './reader-document';
import { TableOfContents } from './TableOfContents';

// The open list is its own chunk (React.lazy): loaded once before the tests, so no test waits on a
// module transform, which under a loaded machine outlasted findByRole's second.
beforeAll(async () => {
  await import('./ContentsPanel');
});

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // jsdom lays nothing out: record where the reader was asked to scroll.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  // The first chapter is in view, the second further down.
  const tops: Record<string, number> = { s1: 100, s2: 2000 };
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const top = tops[(this as HTMLElement).dataset?.sectionId ?? ''] ?? 0;
    return { top, bottom: top + 10, left: 0, right: 0, width: 0, height: 10, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
});
afterEach(cleanup);

function Reader({ article }: { article: ReaderDocument }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <>
      <TableOfContents article={article} articleRef={ref} />
      <ArticleView ref={ref} article={article} settings={defaultSettings} />
    </>
  );
}

describe('the reader shows each block as its kind', () => {
  it('renders chapter headings once, quotes, and list items in a list', () => {
    render(<Reader article={tidesDocument()} />);
    const text = screen.getByRole('region', { name: 'Article text' });
    expect(within(text).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Chapter 1 The moon', 'Chapter 2 The coast']);
    expect(within(text).getAllByText('Chapter 1 The moon')).toHaveLength(1);
    expect(screen.getByText('Time and tide wait for no one.').tagName).toBe('BLOCKQUOTE');
    const list = within(text).getByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Spring tides follow a full moon.', 'Neap tides follow a half moon.']);
    // Every block keeps its anchor for highlights, find and the reading place.
    expect(text.querySelectorAll('[data-paragraph-id]')).toHaveLength(7);
    expect(screen.getByRole('region', { name: 'Chapter 2 The coast' })).toBeInTheDocument();
  });

  it('shows markup in a block as text, never as HTML', () => {
    const article = tidesDocument();
    const markup = '<img src=x onerror=alert(1)><b>bold</b>';
    article.sections[0]!.blocks[1] = { id: 's1-b2', kind: 'paragraph', text: markup };
    article.paragraphs = article.sections.flatMap((s) => s.blocks);
    const { container } = render(<Reader article={article} />);
    expect(screen.getByText(markup)).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });
});

describe('the table of contents', () => {
  it('lists the chapters and jumps to one with Enter, focus on its heading', async () => {
    const user = userEvent.setup();
    render(<Reader article={tidesDocument()} />);
    const button = screen.getByRole('button', { name: 'Contents' });
    await user.click(button);
    // What aria-controls names is in the page at once, the list's chunk loading into it or not (axe: aria-valid-attr-value).
    const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(controlled).not.toBeNull();
    const contents = await screen.findByRole('navigation', { name: 'Contents' });
    expect(controlled!.contains(contents)).toBe(true);
    const entries = within(contents).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent)).toEqual(['Chapter 1 The moon', 'Chapter 2 The coast']);
    // Focus moves in the panel's effect, which may run a moment after the list is on screen (it did
    // under a loaded CI run).
    await waitFor(() => expect(entries[0]).toHaveFocus());
    expect(entries[0]).toHaveAttribute('aria-current', 'location');
    await user.keyboard('{ArrowDown}');
    expect(entries[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { level: 2, name: 'Chapter 2 The coast' });
    expect(heading).toHaveFocus();
    expect(scrolled.at(-1)).toBe(heading.closest('section'));
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<Reader article={tidesDocument()} />);
    const button = screen.getByRole('button', { name: 'Contents' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await screen.findByRole('navigation', { name: 'Contents' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('is not offered for a text of one section', () => {
    render(<Reader article={currentArticle().document} />);
    expect(screen.queryByRole('button', { name: 'Contents' })).toBeNull();
  });
});
