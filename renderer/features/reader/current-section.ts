import { currentSectionIndex } from './document-outline';

const headerBottom = () => document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;

/**
 * The id of the titled section being read, for the contents to mark when they open (read then,
 * not followed on every scrolled frame). Reads the sections' tops by binary search, so a book of
 * many chapters costs a few layout reads.
 */
export function currentSectionOf(article: HTMLElement | null): string | null {
  const sections = article?.querySelectorAll<HTMLElement>('[data-section-id]') ?? [];
  if (sections.length === 0) return null;
  // At the end of the page the last chapter is the one being read, however short it is.
  const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2 && window.scrollY > 0;
  const line = headerBottom() + window.innerHeight / 3;
  const index = atEnd ? sections.length - 1 : currentSectionIndex((i) => sections[i]!.getBoundingClientRect().top, sections.length, line);
  return sections[index]!.dataset.sectionId ?? null;
}
