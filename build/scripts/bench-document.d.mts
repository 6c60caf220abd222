import type { OpenedDocument } from '../../electron/contract/library';

/** The bench's Markdown document (deterministic, about 4,000 words). */
export function benchMarkdown(): string;
/** Imports the bench document through a running web host's upload and opens it once. */
export function prepareLastRead(host: { url: string }): Promise<OpenedDocument>;
/** The opened document as a static page in the reader's markup and stylesheets (`cssFiles`, names under assets/), no script. */
export function documentStaticPage(opened: Pick<OpenedDocument, 'document' | 'item'>, cssFiles: readonly string[]): string;
