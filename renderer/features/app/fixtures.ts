/** Open documents for component tests: the built-in article's shape and an imported text of several sections. */
import type { LibraryItem } from '../../../electron/contract/library';
import type { Block, Section } from '../../../electron/domain/document/document';
import type { ReaderDocument } from '../reader/reader-document';
import type { CurrentDocument } from './current-document';

const at = '2026-03-01T09:00:00.000Z';

export function libraryItem(overrides: Partial<LibraryItem> = {}): LibraryItem {
  return {
    id: 'doc-tides',
    title: 'Notes on tides',
    author: 'A. Student',
    source: { kind: 'paste' },
    importedAt: at,
    textHash: 'a'.repeat(64),
    words: 40,
    characters: 240,
    sections: 2,
    tags: [],
    hidden: false,
    removedAt: null,
    createdAt: at,
    updatedAt: at,
    builtin: false,
    readingMinutes: 1,
    progress: 0,
    lastReadAt: null,
    annotations: 0,
    cards: 0,
    cardsDue: 0,
    lastSelftestPercent: null,
    features: { selftest: false, argumentMap: false },
    ...overrides,
  };
}

/** A document of two chapters: a heading, paragraphs, a quote and list items. */
export function tidesDocument(): ReaderDocument {
  const sections: Section[] = [
    {
      id: 's1',
      title: 'Chapter 1 The moon',
      blocks: [
        { id: 's1-b1', kind: 'heading', text: 'Chapter 1 The moon' },
        { id: 's1-b2', kind: 'paragraph', text: 'The moon pulls the sea toward it.' },
        { id: 's1-b3', kind: 'quote', text: 'Time and tide wait for no one.' },
      ],
    },
    {
      id: 's2',
      title: 'Chapter 2 The coast',
      blocks: [
        { id: 's2-b1', kind: 'heading', text: 'Chapter 2 The coast' },
        { id: 's2-b2', kind: 'paragraph', text: 'Two high tides reach each coast every day.' },
        { id: 's2-b3', kind: 'item', text: 'Spring tides follow a full moon.' },
        { id: 's2-b4', kind: 'item', text: 'Neap tides follow a half moon.' },
      ],
    },
  ];
  return { id: 'doc-tides', title: 'Notes on tides', author: 'A. Student', kicker: null, credit: null, readingMinutes: 1, previousVersion: null, paragraphs: sections.flatMap((s) => s.blocks), sections };
}

export function currentTides(): CurrentDocument {
  return { item: libraryItem(), document: tidesDocument() };
}

/** The built-in article as the app frame sees it: one untitled section, with a self-test and a map. */
export function currentArticle(): CurrentDocument {
  const blocks: Block[] = [
    { id: 'p1', kind: 'paragraph', text: 'Japan deepens its cooperation with NATO.' },
    { id: 'p2', kind: 'paragraph', text: 'The alliance looks to the Indo-Pacific.' },
  ];
  return {
    item: libraryItem({ id: 'japan-nato', title: 'Japan Deepens Its Cooperation with NATO', builtin: true, sections: 1, features: { selftest: true, argumentMap: true } }),
    document: { id: 'japan-nato', title: 'Japan Deepens Its Cooperation with NATO', author: 'Writer', kicker: 'World', credit: null, readingMinutes: 1, previousVersion: null, paragraphs: blocks, sections: [{ id: 'main', title: '', blocks }] },
  };
}
