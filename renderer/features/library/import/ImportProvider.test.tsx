// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
  upload: vi.fn<(file: File, onProgress: (progress: UploadProgress) => void) => Promise<ImportOutcome>>(),
  progress: vi.fn<() => Promise<{ reading: { fileName: string; fraction: number | null; stage: 'reading' | 'saving' } | null }>>(async () => ({ reading: null })),
}));
vi.mock('../../../api/client', () => ({
  api: { 'library.list': calls.list, 'library.paste': calls.paste, 'library.remove': calls.remove, 'library.pickAndImport': calls.pick, 'library.importProgress': calls.progress },
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
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(calls.remove).toHaveBeenCalledWith({ id: 'd-7' });
    expect(await screen.findByText('Removed “A Book” from your library.')).toBeVisible();
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
  it('names the file the main side reads and how far it got, stops asking once it ends, and names it when stopped', async () => {
    calls.list.mockResolvedValueOnce({ items: [], tags: [], accept: ['epub'], canPickFile: true });
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    calls.pick.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /file/i }));
    // The dialog is open: nothing says which file yet.
    expect(await screen.findByRole('status')).toHaveTextContent('Importing…');
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'marsh.epub', fraction: 0, stage: 'reading' } }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reading “marsh.epub”…'));
    // Told nothing yet: the bar has no value (it moves to and fro).
    expect(screen.getByRole('progressbar', { name: 'Reading “marsh.epub”' })).not.toHaveAttribute('value');
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
    calls.pick.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    calls.progress.mockImplementation(async () => ({ reading: { fileName: 'marsh.epub', fraction: 1, stage: 'saving' } }));
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /file/i }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saving “marsh.epub”…'));
    expect(screen.getByRole('progressbar', { name: 'Saving “marsh.epub”' })).toHaveAttribute('value', '100');
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
    const asked = calls.progress.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls.progress.mock.calls.length).toBe(asked);
    await act(async () => finish({ outcome: 'imported', item: item('d-9', 'A Year on the Marsh'), warnings: [] }));
    expect(await screen.findByText(/Imported “A Year on the Marsh”/)).toBeVisible();
  });
});

describe('the paste dialog', () => {
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
