import { attributeNamed, elementsNamed, firstNamed, parseXml, resolveHref } from './xml';

/**
 * The parts of an EPUB's package that an import needs: where the package document is
 * (META-INF/container.xml), the book's title and authors, its manifest and its spine (reading
 * order), and where the navigation document (EPUB 3) or NCX (EPUB 2) is.
 */

export const CONTAINER_PATH = 'META-INF/container.xml';

export interface SpineItem {
  path: string;
  mediaType: string;
  linear: boolean;
}

export interface EpubPackage {
  title: string;
  authors: string[];
  spine: SpineItem[];
  navPath?: string;
  ncxPath?: string;
}

/** The package document's path from container.xml, or undefined when it names none. */
export function readContainer(xml: string): string | undefined {
  const rootfiles = elementsNamed(parseXml(xml), 'rootfile');
  const opf = rootfiles.find((rootfile) => rootfile.getAttribute('media-type') === 'application/oebps-package+xml') ?? rootfiles[0];
  const path = opf?.getAttribute('full-path');
  return path ? resolveHref('', path) : undefined;
}

export function readPackage(xml: string, opfPath: string): EpubPackage {
  const document = parseXml(xml);
  const metadata = firstNamed(document, 'metadata');
  const title = metadata ? (firstNamed(metadata, 'title')?.textContent ?? '') : '';
  const authors = metadata ? elementsNamed(metadata, 'creator').map((creator) => creator.textContent ?? '') : [];

  const manifest = new Map<string, { path: string; mediaType: string; properties: string[] }>();
  for (const item of elementsNamed(document, 'item')) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (!id || !href) continue;
    manifest.set(id, {
      path: resolveHref(opfPath, href),
      mediaType: item.getAttribute('media-type') ?? '',
      properties: (item.getAttribute('properties') ?? '').split(/\s+/).filter(Boolean),
    });
  }

  const spineElement = firstNamed(document, 'spine');
  const spine: SpineItem[] = [];
  for (const itemref of spineElement ? elementsNamed(spineElement, 'itemref') : []) {
    const item = manifest.get(itemref.getAttribute('idref') ?? '');
    if (item) spine.push({ path: item.path, mediaType: item.mediaType, linear: attributeNamed(itemref, 'linear') !== 'no' });
  }

  const nav = [...manifest.values()].find((item) => item.properties.includes('nav'));
  const tocId = spineElement?.getAttribute('toc');
  const ncx = (tocId ? manifest.get(tocId) : undefined) ?? [...manifest.values()].find((item) => item.mediaType === 'application/x-dtbncx+xml');
  return {
    title,
    authors,
    spine,
    ...(nav ? { navPath: nav.path } : {}),
    ...(ncx ? { ncxPath: ncx.path } : {}),
  };
}
