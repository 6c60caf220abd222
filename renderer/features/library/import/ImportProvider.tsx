import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FileDown } from '../../../ui/first-screen-icons';
import { IMPORT_DOCUMENT_EVENT } from '../../../../electron/contract/shell-events';
import { IMPORT_BUTTON, ImportContext, type ImportControls } from './import-context';
import { useFileDrop } from './useFileDrop';
import { useImportFlow } from './useImportFlow';

// Shown only once someone imports: loaded then, not with the reader's first screen.
const ImportStatus = lazy(() => import('./ImportStatus').then((m) => ({ default: m.ImportStatus })));
const ImportToast = lazy(() => import('./ImportToast').then((m) => ({ default: m.ImportToast })));
const PasteDialog = lazy(() => import('./PasteDialog').then((m) => ({ default: m.PasteDialog })));
const PackReview = lazy(() => import('../PackReview').then((m) => ({ default: m.PackReview })));

/**
 * Imports for the whole app frame: the controls the header's menu uses, the hidden file chooser of
 * the web version, the drop overlay, the progress and the toast. It lives above the pages, so an
 * import carries on (and its Undo stays) while the page changes under it.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const flow = useImportFlow();
  const { offer, busy, importFiles, pickFiles, review } = flow;
  const input = useRef<HTMLInputElement>(null);
  const [pasteOpener, setPasteOpener] = useState<HTMLElement | null | false>(false);
  const { notice, noticeKey } = flow;

  const chooseFile = useCallback(() => {
    if (offer?.canPickFile) void pickFiles();
    else input.current?.click();
  }, [offer, pickFiles]);
  // The main side lists extensions ("epub"); a file input's accept wants them with the dot.
  const accept = (offer?.accept ?? []).map((extension) => (extension.startsWith('.') ? extension : `.${extension}`));
  const controls = useMemo<ImportControls>(() => ({ busy, chooseFile, openPaste: (opener) => setPasteOpener(opener) }), [busy, chooseFile]);

  // The desktop's File > Import Document… arrives as a DOM event from the preload.
  useEffect(() => {
    window.addEventListener(IMPORT_DOCUMENT_EVENT, chooseFile);
    return () => window.removeEventListener(IMPORT_DOCUMENT_EVENT, chooseFile);
  }, [chooseFile]);

  const dragging = useFileDrop((files) => void importFiles(files));

  const closePaste = () => {
    const opener = pasteOpener;
    setPasteOpener(false);
    // The header is rebuilt when the import opened another document; its Import button then takes focus.
    const target = opener && opener.isConnected ? opener : document.querySelector<HTMLElement>(IMPORT_BUTTON);
    target?.focus();
  };

  return (
    <ImportContext.Provider value={controls}>
      {children}
      <input
        ref={input}
        type="file"
        className="import-file-input"
        tabIndex={-1}
        aria-hidden="true"
        accept={accept.join(',')}
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void importFiles(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__panel">
            <FileDown size={40} />
            <p className="drop-overlay__title">Drop to import</p>
            <p className="drop-overlay__hint">Plain text, Markdown, saved web pages and EPUB books{accept.length > 0 ? ` (${accept.join(' ')})` : ''}</p>
          </div>
        </div>
      )}
      <Suspense fallback={null}>{busy && <ImportStatus busy={busy} stopping={flow.stopAsked} onStop={() => void flow.stop()} />}</Suspense>
      <Suspense fallback={null}>{notice && <ImportToast key={noticeKey} notice={notice} onDismiss={flow.dismissNotice} onUndo={(documents) => void flow.undo(documents)} />}</Suspense>
      <Suspense fallback={null}>
        {pasteOpener !== false && <PasteDialog onImport={flow.paste} onClose={closePaste} />}
        {/* After the paste dialog, so drawn above it: a batch that ends while it is open shows its packs' review over it (the paste's text stays beneath). */}
        {review && <PackReview key={review.token} review={review} onDone={(outcome) => flow.finishReview(outcome, review.token)} />}
      </Suspense>
    </ImportContext.Provider>
  );
}
