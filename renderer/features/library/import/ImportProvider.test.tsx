// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, LibraryItem } from '../../../../electron/contract/library';
import type { UploadProgress } from '../../../api/upload';
import { ImportMenu } from './ImportMenu';
import { ImportProvider } from './ImportProvider';

const calls = vi.hoisted(() => ({
  list: vi.fn<() => Promise<{ items: never[]; tags: string[]; accept: string[]; canPickFile: boolean }>>(async () => ({ items: [], tags: [], accept: ['txt', 'md'], canPickFile: false })),
  paste: vi.fn<(input: unknown) => Promise<ImportOutcome>>(),
  remove: vi.fn<(input: { id: string }) => Promise<{ removed: object }>>(async () => ({ removed: {} })),
  pick: vi.fn<() => Promise<unknown>>(),
  importPicked: vi.fn<(input: { token: string }) => Promise<ImportOutcome>>(),
  upload: vi.fn<(file: File, onProgress: (progress: UploadProgress) => void) => Promise<ImportOutcome>>(),
  progress: vi.fn<() => Promise<{ reading: { fileName: string; fraction: number | null; stage: 'reading' | 'saving' } | null }>>(async () => ({ reading: null })),
  confirm: vi.fn<(input: { token: string }) => Promise<ImportOutcome>>(),
  cancel: vi.fn<(input: { token: string }) => Promise<{ outcome: 'cancelled' }>>(async () => ({ outcome: 'cancelled' })),
  stopImport: vi.fn<() => Promise<{ stopped: boolean }>>(async () => ({ stopped: true })),
}));
vi.mock('../../../api/client', () => ({
  api: { 'library.list': calls.list, 'library.paste': calls.paste, 'library.remove': calls.remove, 'library.pickFiles': calls.pick, 'library.importPicked': calls.importPicked, 'library.importProgress': calls.progress, 'library.confirmImport': calls.confirm, 'library.cancelImport': calls.cancel, 'library.stopImport': calls.stopImport },
}));
vi.mock('../../../api/upload', () => ({ importFile: calls.upload }));

const item = (id: string, title: string) => ({ id, title }) as LibraryItem;

function renderApp() {
  return render(
    <ImportProvider>
      <ImportMenu />
    </ImportProvider>,
  );
}

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '#/reader';
  for (const call of Object.values(calls)) call.mockClear();
  calls.progress.mockImplementation(async () => ({ reading: null }));
});

describe('importing a file', () => {
  it('shows the upload’s progress, then “Reading …”, then opens the document with Undo', async () => {
    let progress: (p: UploadProgress) => void = () => undefined;
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.upload.mockImplementation((_file, onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    const { container } = renderApp();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await vi.waitFor(() => expect(input.accept).toBe('.txt,.md'));

    fireEvent.change(input, { target: { files: [new File(['x'], 'book.txt')] } });
    // The upload and the progress line are loaded with the first import.
    await vi.waitFor(() => expect(calls.upload).toHaveBeenCalled());
    act(() => progress({ stage: 'sending', fraction: 0.4 }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Uploading “book.txt” · 40%'));
    act(() => progress({ stage: 'reading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Reading “book.txt”…');
    await act(async () => finish({ outcome: 'imported', item: item('d-7', 'A Book'), warnings: [] }));

    // The toast is its own chunk, loaded with the first import.
    expect(await screen.findByText(/Imported “A Book”/)).toBeVisible();
    expect(window.location.hash).toBe('#/reader?doc=d-7');
    // By keyboard: the toast that had focus goes, and focus goes to the Import button, not the page.
    screen.getByRole('button', { name: 'Undo' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(calls.remove).toHaveBeenCalledWith({ id: 'd-7' });
    expect(await screen.findByText('Removed “A Book” from your library.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus());
  });

  it('names the file when the upload is refused, and opens nothing', async () => {
    calls.upload.mockRejectedValue(new Error('Lectern’s local server did not answer.'));
    const { container } = renderApp();
    fireEvent.change(container.querySelector('input[type=file]')!, { target: { files: [new File(['x'], 'notes.md')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('“notes.md” was not imported: Lectern’s local server did not answer.');
    expect(window.location.hash).toBe('#/reader');
  });
});

describe('the desktop’s dialog', () => {
  const pickedOne = { outcome: 'picked', files: [{ token: 't-1', fileName: 'marsh.epub' }] };

  it('names the file the main side reads and how far it got, stops asking once it ends, and names it when stopped', async () => {
    calls.list.mockResolvedValueOnce({ items: [], tags: [], accept: ['epub'], canPickFile: true });
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.pick.mockResolvedValue(pickedOne);
    calls.importPicked.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Import files…' }));
    // The file picked is named at once, before its reading says how far it got.
    expect(await screen.findByRole('status')).toHaveTextContent('Reading “marsh.epub”…');
    expect(calls.importPicked).toHaveBeenCalledWith({ token: 't-1' });
    // Told nothing yet: the bar has no value (it moves to and fro).
    expect(screen.getByRole('progressbar', { name: 'Reading “marsh.epub”' })).not.toHaveAttribute('value');
    // An answer about another file (one before, in a batch) is not this one's.
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'other.epub', fraction: 0.9, stage: 'reading' } }));
    const askedBefore = calls.progress.mock.calls.length;
    // Two answers about the other file have come back and been handled.
    await vi.waitFor(() => expect(calls.progress.mock.calls.length).toBeGreaterThan(askedBefore + 1), { timeout: 2000 });
    await act(async () => undefined);
    expect(screen.getByRole('status')).toHaveTextContent('Reading “marsh.epub”…');
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'marsh.epub', fraction: 0.25, stage: 'reading' } }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reading “marsh.epub” · 25%'));
    // The percentage is the bar's value; the words a screen reader announces stay as they were.
    expect(screen.getByRole('progressbar', { name: 'Reading “marsh.epub”' })).toHaveAttribute('value', '25');
    expect(screen.getByText('· 25%', { exact: false })).toHaveAttribute('aria-hidden', 'true');

    await act(async () => finish({ outcome: 'stopped', fileName: 'marsh.epub' }));
    expect(await screen.findByText('Import stopped: nothing of “marsh.epub” was saved.')).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const asked = calls.progress.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls.progress.mock.calls.length).toBe(asked);
  });

  it('says the file is being saved once it is read, with Stop no longer offered, and asks no more', async () => {
    calls.list.mockResolvedValueOnce({ items: [], tags: [], accept: ['epub'], canPickFile: true });
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.pick.mockResolvedValue(pickedOne);
    calls.importPicked.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'marsh.epub', fraction: 1, stage: 'saving' } }));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Import files…' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saving “marsh.epub”…'));
    expect(screen.getByRole('progressbar', { name: 'Saving “marsh.epub”' })).toHaveAttribute('value', '100');
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-disabled', 'true');
    // An ask already sent when the answer came (a slow machine) may still be on its way: counted from after it.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    const asked = calls.progress.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls.progress.mock.calls.length).toBe(asked);
    await act(async () => finish({ outcome: 'imported', item: item('d-9', 'A Year on the Marsh'), warnings: [] }));
    expect(await screen.findByText(/Imported “A Year on the Marsh”/)).toBeVisible();
  });

  it('imports the files picked together one after another, each by its token, and shows them in the library', async () => {
    calls.list.mockResolvedValueOnce({ items: [], tags: [], accept: ['txt'], canPickFile: true });
    calls.pick.mockResolvedValue({ outcome: 'picked', files: [{ token: 't-1', fileName: 'a.txt' }, { token: 't-2', fileName: 'b.txt' }] });
    const pending: ((outcome: ImportOutcome) => void)[] = [];
    calls.importPicked.mockImplementation(() => new Promise((resolve) => pending.push(resolve)));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Import files…' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 of 2: Reading “a.txt”…');
    // One at a time: the second is asked for only once the first has answered.
    expect(calls.importPicked.mock.calls).toEqual([[{ token: 't-1' }]]);
    await act(async () => pending[0]!({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 of 2: Reading “b.txt”…'));
    expect(calls.importPicked.mock.calls).toEqual([[{ token: 't-1' }], [{ token: 't-2' }]]);
    await act(async () => pending[1]!({ outcome: 'imported', item: item('d-2', 'Beta'), warnings: [] }));
    expect(await screen.findByText('Imported 2 documents')).toBeVisible();
    expect(window.location.hash).toBe('#/library');
  });

  it('does nothing when the dialog is closed, and names the reason when the pick is refused', async () => {
    calls.list.mockResolvedValueOnce({ items: [], tags: [], accept: ['txt'], canPickFile: true });
    calls.pick.mockResolvedValueOnce({ outcome: 'cancelled' });
    calls.pick.mockRejectedValueOnce(new Error('Choose at most 100 files at a time: 101 were chosen, and none was imported.'));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Import files…' }));
    await vi.waitFor(() => expect(calls.pick).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Import files…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose at most 100 files at a time: 101 were chosen, and none was imported.');
    expect(calls.importPicked).not.toHaveBeenCalled();
  });
});

describe('several files at once', () => {
  const choose = async (container: HTMLElement, names: string[]) => {
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await vi.waitFor(() => expect(input.accept).toBe('.txt,.md'));
    expect(input.multiple).toBe(true);
    fireEvent.change(input, { target: { files: names.map((name) => new File(['x'], name)) } });
  };

  /** Two files chosen, the first read and being saved (its import's answer held): the answer's resolver. */
  const savingFirstOfTwo = async () => {
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'a.txt', fraction: 1, stage: 'saving' } }));
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.upload.mockImplementation((_file, onProgress) => {
      onProgress({ stage: 'reading' });
      return new Promise((resolve) => (finish = resolve));
    });
    const { container } = renderApp();
    await choose(container, ['a.txt', 'b.txt']);
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 2: Saving “a.txt”…'));
    return (outcome: ImportOutcome) => finish(outcome);
  };

  it('imports them one after another, then says in one notice what came of each, with one Undo for the new ones', async () => {
    calls.upload.mockImplementation(async (file) => {
      if (file.name === 'a.txt') return { outcome: 'imported', item: item('d-1', 'Alpha'), warnings: ['Read as Windows-1252.'] };
      if (file.name === 'b.md') return { outcome: 'duplicate', item: item('d-0', 'Old notes') };
      if (file.name === 'c.epub') throw new Error('“c.epub” could not be imported: it is protected by DRM.');
      return { outcome: 'imported', item: item('d-2', 'Delta'), warnings: [] };
    });
    const { container } = renderApp();
    await choose(container, ['a.txt', 'b.md', 'c.epub', 'd.txt']);
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Imported 2 of 4 files');
    expect(notice).toHaveTextContent('“Alpha”: Read as Windows-1252.');
    expect(notice).toHaveTextContent('“Old notes” is already in your library.');
    expect(notice).toHaveTextContent('“c.epub” could not be imported: it is protected by DRM.');
    expect(calls.upload.mock.calls.map(([file]) => file.name)).toEqual(['a.txt', 'b.md', 'c.epub', 'd.txt']);
    expect(window.location.hash).toBe('#/library');

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(calls.remove.mock.calls).toEqual([[{ id: 'd-1' }], [{ id: 'd-2' }]]);
    expect(await screen.findByText('Removed 2 documents from your library.')).toBeVisible();
    expect(window.location.hash).toBe('#/library');
  });

  it('begins no further file once stopped, and says which were not imported', async () => {
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.upload.mockImplementation((file, onProgress) => {
      if (file.name === 'a.txt') return Promise.resolve({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] });
      onProgress({ stage: 'sending', fraction: 0.5 });
      return new Promise((resolve) => (finish = resolve));
    });
    const { container } = renderApp();
    await choose(container, ['a.txt', 'b.md', 'c.md']);
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 of 3: Uploading “b.md” · 50%'));
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await act(async () => finish({ outcome: 'stopped', fileName: 'b.md' }));
    expect(await screen.findByText('Imported 1 of 3 files')).toBeVisible();
    expect(screen.getByText('Stopped: “b.md” and “c.md” were not imported.')).toBeVisible();
    expect(calls.upload).toHaveBeenCalledTimes(2);
  });

  it('keeps Stop for the files after one being saved, and not for the last', async () => {
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'a.txt', fraction: 1, stage: 'saving' } }));
    const finishes: ((outcome: ImportOutcome) => void)[] = [];
    calls.upload.mockImplementation((file, onProgress) => {
      onProgress({ stage: 'reading' });
      return new Promise((resolve) => finishes.push(resolve));
    });
    const { container } = renderApp();
    await choose(container, ['a.txt', 'b.txt']);
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 2: Saving “a.txt”…'));
    expect(screen.getByRole('button', { name: 'Stop' })).not.toHaveAttribute('aria-disabled');
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'b.txt', fraction: 1, stage: 'saving' } }));
    await act(async () => finishes[0]!({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 of 2: Saving “b.txt”…'));
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => finishes[1]!({ outcome: 'imported', item: item('d-2', 'Beta'), warnings: [] }));
    expect(await screen.findByText('Imported 2 documents')).toBeVisible();
  });

  it('says at once that it stops after the file being saved, and begins none after it', async () => {
    const finish = await savingFirstOfTwo();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2: Stopping after “a.txt” is saved…');
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => finish({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    expect(await screen.findByText('Imported 1 of 2 files')).toBeVisible();
    expect(screen.getByText('Stopped: “b.txt” was not imported.')).toBeVisible();
    expect(calls.upload).toHaveBeenCalledTimes(1);
  });

  it('keeps focus on Stop once it no longer applies, and gives it to the Import button when the import ends', async () => {
    const finish = await savingFirstOfTwo();
    const stop = screen.getByRole('button', { name: 'Stop' });
    stop.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2: Stopping after “a.txt” is saved…');
    // Said, and kept focusable: a disabled button would have dropped focus to the page (jsdom does
    // not drop it, so the attribute is what tells here; the e2e sees the focus itself).
    expect(stop).toHaveAttribute('aria-disabled', 'true');
    expect(stop).not.toBeDisabled();
    expect(stop).toHaveFocus();
    // Pressed again, it asks nothing more.
    await userEvent.keyboard('{Enter}');
    expect(calls.stopImport).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2: Stopping after “a.txt” is saved…');
    await act(async () => finish({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    expect(await screen.findByText('Imported 1 of 2 files')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus());
  });

  it('leaves focus where it is when the import ends with focus elsewhere', async () => {
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.upload.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const { container } = render(
      <ImportProvider>
        <ImportMenu />
        <button type="button">Elsewhere</button>
      </ImportProvider>,
    );
    await choose(container, ['a.txt']);
    await screen.findByRole('button', { name: 'Stop' });
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await act(async () => finish({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    expect(await screen.findByText(/Imported “Alpha”/)).toBeVisible();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('tells each pack reviewed after the batch in the batch’s notice, whose one Undo then removes it too', async () => {
    const review = (token: string, title: string) => ({ outcome: 'review', token, title, warnings: ['card c-1: its answer is not in the quote'], counts: { blocks: 3, cards: 1, questions: 0, mapNodes: 0 }, update: null }) as ImportOutcome;
    calls.upload.mockImplementation(async (file) => {
      if (file.name === 'a.txt') return { outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] };
      return file.name === 'p.lectern.json' ? review('t-p', 'Pack P') : review('t-q', 'Pack Q');
    });
    calls.confirm.mockResolvedValue({ outcome: 'imported', item: item('d-p', 'Pack P'), warnings: ['card c-1: its answer is not in the quote'] });
    const { container } = renderApp();
    await choose(container, ['a.txt', 'p.lectern.json', 'q.lectern.json']);
    const notice = await screen.findByText('Imported 1 of 3 files');
    expect(notice.parentElement).toHaveTextContent('“Pack P” is a study pack waiting for your review.“Pack Q” is a study pack waiting for your review.');
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Import “Pack P”?' })).getByRole('button', { name: 'Import anyway' }));
    expect(calls.confirm).toHaveBeenCalledWith({ token: 't-p' });
    // The next pack's review follows; the notice says the first came in, with no repeat of the warnings just accepted.
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Import “Pack Q”?' })).getByRole('button', { name: 'Cancel' }));
    const told = await screen.findByText('Imported 2 of 3 files');
    expect(told.parentElement).toHaveTextContent('Imported 2 of 3 files“Pack Q” was not imported: you cancelled it at its review.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe('#/library');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(calls.remove.mock.calls.map(([input]) => input.id)).toEqual(['d-1', 'd-p']);
    expect(await screen.findByText('Removed 2 documents from your library.')).toBeVisible();
  });

  it('refuses files dropped while a pack waits for review, keeping the review and the batch’s notice', async () => {
    const review = { outcome: 'review', token: 't-p', title: 'Pack P', warnings: ['w'], counts: { blocks: 1, cards: 0, questions: 0, mapNodes: 0 }, update: null } as ImportOutcome;
    calls.upload.mockImplementation(async (file) => (file.name === 'p.lectern.json' ? review : { outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    const { container } = renderApp();
    await choose(container, ['a.txt', 'p.lectern.json']);
    const dialog = await screen.findByRole('dialog', { name: 'Import “Pack P”?' });
    const uploads = calls.upload.mock.calls.length;
    fireEvent.change(container.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [new File(['z'], 'b.txt')] } });
    expect(await screen.findByText('“b.txt” was not imported: a study pack is waiting for your review; answer it first.')).toBeVisible();
    expect(calls.upload.mock.calls.length).toBe(uploads);
    expect(dialog).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const told = await screen.findByText('Imported 1 of 2 files');
    expect(told.parentElement).toHaveTextContent('“Pack P” was not imported: you cancelled it at its review.');
  });

  it('opens a single pack accepted at review without listing again the warnings just accepted', async () => {
    calls.upload.mockResolvedValue({ outcome: 'review', token: 't-p', title: 'Pack P', warnings: ['card c-1: its answer is not in the quote'], counts: { blocks: 1, cards: 1, questions: 0, mapNodes: 0 }, update: null } as ImportOutcome);
    calls.confirm.mockResolvedValue({ outcome: 'imported', item: item('d-p', 'Pack P'), warnings: ['card c-1: its answer is not in the quote'] });
    const { container } = renderApp();
    await choose(container, ['p.lectern.json']);
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Import “Pack P”?' })).getByRole('button', { name: 'Import anyway' }));
    const notice = await screen.findByText(/Imported “Pack P”/);
    expect(notice).not.toHaveTextContent('its answer is not in the quote');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('heads a batch of newer versions only with “Updated”, and gives it no Undo', async () => {
    calls.upload.mockImplementation(async (file) => ({ outcome: 'imported', item: item(`d-${file.name}`, file.name), warnings: [], message: `Updated “${file.name}” from version 1 to 2.` }));
    const { container } = renderApp();
    await choose(container, ['p.lectern.json', 'q.lectern.json']);
    const notice = await screen.findByText('Updated 2 documents');
    expect(notice.parentElement).toHaveTextContent('Updated “p.lectern.json” from version 1 to 2.Updated “q.lectern.json” from version 1 to 2.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says what a newer version of a pack kept, and offers no Undo that would remove the document', async () => {
    calls.upload.mockResolvedValue({ outcome: 'imported', item: item('d-p', 'Pack P'), warnings: [], message: 'Updated “Pack P” from version 1 to 2; your progress on cards whose id is unchanged is kept.' });
    const { container } = renderApp();
    await choose(container, ['p.lectern.json']);
    expect(await screen.findByText('Updated “Pack P” from version 1 to 2; your progress on cards whose id is unchanged is kept.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('refuses more files than one import takes, importing none', async () => {
    const { container } = renderApp();
    await choose(container, Array.from({ length: 101 }, (_, i) => `n${i}.txt`));
    expect(await screen.findByRole('alert')).toHaveTextContent('Import at most 100 files at a time: 101 were given, and none was imported.');
    expect(calls.upload).not.toHaveBeenCalled();
  });
});

describe('the paste dialog', () => {
  it('refuses a paste while files are imported, keeping the text in the dialog, and takes it once they are done', async () => {
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.upload.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    calls.paste.mockResolvedValue({ outcome: 'imported', item: item('d-9', 'Bees'), warnings: [] });
    const { container } = renderApp();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await vi.waitFor(() => expect(input.accept).toBe('.txt,.md'));
    fireEvent.change(input, { target: { files: [new File(['x'], 'a.txt'), new File(['y'], 'b.txt')] } });
    await screen.findByRole('button', { name: 'Stop' });
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Paste text…' }));
    await userEvent.type(await screen.findByLabelText('Title'), 'Bees');
    await userEvent.type(screen.getByLabelText('Text'), 'Bees dance.');
    await userEvent.click(screen.getByRole('button', { name: 'Import text' }));
    expect(await screen.findByText('Another import is still under way: your text is kept here; import it when that one has finished.')).toBeVisible();
    expect(calls.paste).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Text')).toHaveValue('Bees dance.');
    await act(async () => finish({ outcome: 'imported', item: item('d-1', 'Alpha'), warnings: [] }));
    await act(async () => finish({ outcome: 'imported', item: item('d-2', 'Beta'), warnings: [] }));
    expect(await screen.findByText('Imported 2 documents')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Import text' }));
    expect(await screen.findByText(/Imported “Bees”/)).toBeVisible();
    expect(calls.paste).toHaveBeenCalledWith({ title: 'Bees', author: '', text: 'Bees dance.' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps focus inside, shows the contract’s message under its field, and gives focus back on Escape', async () => {
    calls.paste.mockRejectedValue(new Error('Invalid input for library.paste: text: paste some text first'));
    renderApp();
    const importButton = screen.getByRole('button', { name: 'Import' });
    await userEvent.click(importButton);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Paste text…' }));
    const title = await screen.findByLabelText('Title');
    // The dialog gives the field focus in an effect, after the commit that shows it (the dialog's chunk is lazy).
    await waitFor(() => expect(title).toHaveFocus());

    await userEvent.type(title, 'Bees');
    await userEvent.click(screen.getByRole('button', { name: 'Import text' }));
    expect(await screen.findByText('Paste some text first.')).toBeVisible();
    expect(screen.getByLabelText('Text')).toHaveFocus();
    expect(screen.getByLabelText('Text')).toHaveAccessibleDescription(/Paste some text first\./);

    screen.getByRole('button', { name: 'Import text' }).focus();
    await userEvent.tab();
    expect(title).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Import text' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(importButton).toHaveFocus();
  });
});
