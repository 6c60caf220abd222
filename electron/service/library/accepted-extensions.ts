/**
 * The file types an import accepts, known without loading the importers (they load on the first
 * import). A test checks this list against the importers' registry.
 */
export const acceptedExtensions: readonly string[] = ['epub', 'html', 'htm', 'xhtml', 'txt', 'text', 'md', 'markdown', 'json'];
