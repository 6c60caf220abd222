// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryItem } from '../../../electron/contract/library';
import type { ReaderDocument } from '../reader/reader-document';
import { NewerVersionBanner } from './NewerVersionBanner';
import { replaceSummary } from './ReplaceReportDialog';

const replace = vi.fn<(input: unknown) => Promise<unknown>>();
const keepBoth = vi.fn<(input: unknown) => Promise<unknown>>();
vi.mock('../../api/client', () => ({ api: { 'library.replace': (input: unknown) => replace(input), 'library.keepBoth': (input: unknown) => keepBoth(input) } }));

afterEach(cleanup);

const older = { id: 'd-old', title: 'Tides', importedAt: '2026-11-03T10:00:00.000Z', annotations: 12, cards: 1 } as LibraryItem;
const article = (id: string): ReaderDocument => ({ id, title: 'Tides', author: '', kicker: null, credit: null, readingMinutes: 1, paragraphs: [], sections: [], previousVersion: older });

describe('NewerVersionBanner', () => {
  it('says which older version it may replace and what could move', () => {
    render(<NewerVersionBanner article={article('d-a')} onReplaced={() => undefined} />);
    expect(screen.getByText('This looks like a newer version of “Tides” (imported Nov 3, 2026): 12 annotations and 1 card could move here.')).toBeTruthy();
  });

  it('keeps the offer and says nothing was replaced when the replace fails', async () => {
    replace.mockRejectedValueOnce(new Error('Not saved: the data file could not be written (ENOSPC). Your previous data is intact.'));
    const onReplaced = vi.fn<() => void>();
    render(<NewerVersionBanner article={article('d-b')} onReplaced={onReplaced} />);
    await userEvent.click(screen.getByRole('button', { name: 'Replace the older version' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Nothing was replaced: Not saved: .*ENOSPC/);
    expect(screen.getByRole('button', { name: 'Replace the older version' })).toBeTruthy();
    expect(onReplaced).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledWith({ fromId: 'd-old', toId: 'd-b' });
  });

  it('goes away after “Keep both”, and stays away when the reader is shown again', async () => {
    keepBoth.mockResolvedValueOnce({});
    const first = render(<NewerVersionBanner article={article('d-c')} onReplaced={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    expect(keepBoth).toHaveBeenCalledWith({ fromId: 'd-old', toId: 'd-c' });
    expect(screen.queryByRole('button', { name: 'Keep both' })).toBeNull();
    first.unmount();
    render(<NewerVersionBanner article={article('d-c')} onReplaced={() => undefined} />);
    expect(screen.queryByText(/This looks like a newer version/)).toBeNull();
  });
});

describe('the replace report’s first line', () => {
  it('counts what moved and what could not be placed', () => {
    const report = { annotations: { moved: 10, unplaced: 2 }, cards: { moved: 2, unplaced: 0 }, readingPlaceMoved: true, tags: [], unplaced: [] };
    expect(replaceSummary(report)).toBe('12 moved, 2 could not be placed:');
    expect(replaceSummary({ ...report, annotations: { moved: 3, unplaced: 0 } })).toBe('5 moved; every one found its place.');
  });
});
