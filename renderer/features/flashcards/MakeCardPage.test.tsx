// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../electron/contract/contract';
import type { CardView } from '../../../electron/contract/flashcards-values';
import { CurrentDocumentContext, type CurrentDocument } from '../app/current-document';
import { currentArticle, currentTides } from '../app/fixtures';
import { MakeCardPage } from './MakeCardPage';

const create = vi.hoisted(() => vi.fn<Handlers['cards.create']>());
vi.mock('../../api/client', () => ({ api: { 'cards.create': create } }));

function savedCard(input: Parameters<Handlers['cards.create']>[0]): CardView {
  return {
    id: 'u-1',
    documentId: input.documentId,
    origin: 'user',
    kind: input.kind,
    front: input.front ?? '[…] high tides',
    back: input.source.quote,
    gaps: input.gaps ?? [],
    tags: [],
    source: input.source,
    state: 'new',
    suspended: false,
    due: null,
    reps: 0,
    lapses: 0,
  };
}

function show(open: CurrentDocument, passage: { paragraphId: string; start: number; end: number }) {
  return render(
    <CurrentDocumentContext.Provider value={open}>
      <MakeCardPage passage={passage} />
    </CurrentDocumentContext.Provider>,
  );
}

beforeEach(() => {
  create.mockReset();
  create.mockImplementation(async (input) => savedCard(input));
});

afterEach(cleanup);

describe('making a card from a passage of the open document', () => {
  it('quotes the passage from that document and saves a basic card with its id', async () => {
    show(currentTides(), { paragraphId: 's2-b2', start: 0, end: 14 });
    expect(screen.getByText('“Two high tides”')).toBeTruthy();
    expect(screen.getByText(/Chapter 2 The coast · paragraph 2/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Front: your question'), 'How many high tides a day?');
    await userEvent.click(screen.getByRole('button', { name: 'Save card' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0]).toMatchObject({
      documentId: 'doc-tides',
      kind: 'basic',
      front: 'How many high tides a day?',
      source: { paragraph: 's2-b2', start: 0, end: 14, quote: 'Two high tides' },
    });
    await screen.findByRole('heading', { name: 'Card saved' });
  });

  it('saves a cloze card with the gaps chosen', async () => {
    show(currentTides(), { paragraphId: 's1-b2', start: 4, end: 33 });
    await userEvent.click(screen.getByRole('radio', { name: 'Hide words (cloze)' }));
    await userEvent.click(screen.getByRole('button', { name: 'moon' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save card' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0]).toMatchObject({ documentId: 'doc-tides', kind: 'cloze', gaps: [{ start: 0, end: 4 }], source: { paragraph: 's1-b2', quote: 'moon pulls the sea toward it.' } });
  });

  it('says a passage is not in the open document when its block is elsewhere', () => {
    show(currentTides(), { paragraphId: 'p2', start: 0, end: 5 });
    expect(screen.getByText('This link does not point at a passage of “Notes on tides”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save card' })).toBeNull();
  });

  it('keeps the article’s paragraph numbers', () => {
    show(currentArticle(), { paragraphId: 'p2', start: 0, end: 12 });
    expect(screen.getByText(/^Paragraph 2/)).toBeTruthy();
  });
});
