import { normaliseText } from '../build-sections';
import { htmlToBlocks } from '../html-to-blocks';
import { parsePage } from '../parse-page';
import { attributeNamed, childNamed, elementsNamed, parseXml, resolveHref } from './xml';

/**
 * Chapter titles by content file, from the navigation document (EPUB 3's `<nav epub:type="toc">`)
 * or the NCX of EPUB 2. Where several entries point into one file (sub-chapters by fragment), the
 * first, outermost one names it.
 */
export type ChapterTitles = Map<string, string>;

export function readNavDocument(xhtml: string, navPath: string): ChapterTitles {
  const document = parsePage(xhtml);
  const navs = Array.from(document.querySelectorAll('nav'));
  const toc = navs.find((nav) => (attributeNamed(nav, 'type') ?? '').split(/\s+/).includes('toc')) ?? navs[0];
  const titles: ChapterTitles = new Map();
  for (const link of toc ? Array.from(toc.querySelectorAll('a[href]')) : []) {
    // The label as read: no script or hidden text inside the link.
    addTitle(titles, resolveHref(navPath, link.getAttribute('href') ?? ''), htmlToBlocks(link).map((block) => block.text).join(' '));
  }
  return titles;
}

export function readNcx(xml: string, ncxPath: string): ChapterTitles {
  const titles: ChapterTitles = new Map();
  for (const point of elementsNamed(parseXml(xml), 'navPoint')) {
    // A point's own label and target are its children (navLabel > text, content): searching its
    // whole subtree took a nested point's label for one without its own, and was quadratic in the
    // nesting (8,000 nested points took 98 s).
    const label = childNamed(childNamed(point, 'navLabel'), 'text')?.textContent ?? '';
    const src = childNamed(point, 'content')?.getAttribute('src') ?? '';
    addTitle(titles, resolveHref(ncxPath, src), label);
  }
  return titles;
}

function addTitle(titles: ChapterTitles, path: string, label: string): void {
  const title = normaliseText(label);
  if (path && title && !titles.has(path)) titles.set(path, title);
}
