import { useEffect } from 'react';

/**
 * The reader's parts that are not on its first screen, each its own chunk. Asked for once the first
 * screen has been committed, so they arrive while it paints and are there by the time anyone selects
 * text or presses Ctrl+F; the lazy components share the same (cached) imports.
 */
export const readerExtras = {
  annotations: () => import('../annotations/ReaderAnnotations'),
  find: () => import('./FindPanel'),
};

export function useReaderExtras() {
  useEffect(() => {
    void readerExtras.find().catch(() => undefined);
  }, []);
}
