/**
 * A newer version of a document: recognising the older one it may replace (shown in `library.open`),
 * the replace itself (one store update, so a crash leaves the old state or the new, never half a
 * move) and "Keep both". The move is planned by electron/domain/versions over the two texts.
 */
import { CallError } from '../../contract/dispatch';
import type { LibraryItem } from '../../contract/library';
import type { LibraryEntry } from '../../contract/library-values';
import type { ReplaceReport, versionsContract } from '../../contract/library-versions';
import type { FeatureHandlers } from '../../contract/spec';
import { normalizeTags } from '../../domain/annotations/tags';
import { previousVersion } from '../../domain/versions/previous-version';
import { planReplace, type ReplacePlan } from '../../domain/versions/replace-version';
import type { StoreDoc } from '../../store/schema';
import type { ServiceContext } from '../deps';
import { documentQuestions } from '../selftest-questions';
import { createCardCatalog } from '../flashcards-catalog';
import { libraryItems } from './library-items';

/** The most tags a document holds (DocumentTags). */
const MAX_DOCUMENT_TAGS = 20;

export interface Versions {
  handlers: FeatureHandlers<typeof versionsContract>;
  /** The older document `id` offers to replace, or null (none, or the user already answered). */
  previousVersionOf(doc: StoreDoc, id: string): LibraryItem | null;
}

export function createVersions(context: ServiceContext): Versions {
  const { store, now, documents } = context;
  const cards = createCardCatalog(documents);
  const itemOf = (doc: StoreDoc, id: string): LibraryItem => {
    const entry = documents.storedEntry(doc, id);
    if (!entry) throw new CallError('invalid-input', `There is no document “${id}” in your library.`);
    return libraryItems(doc, [entry], documents, cards, now(), (id) => documentQuestions(context, id))[0]!;
  };
  const ownEntry = (doc: StoreDoc, id: string): LibraryEntry => {
    const entry = documents.entry(doc, id);
    if (!entry) throw new CallError('invalid-input', `There is no document “${id}” in your library; it may have been removed.`);
    if (documents.pack(id)) throw new CallError('invalid-input', `“${entry.title}” is built in: it is never replaced. Import your version as a document of its own.`);
    return entry;
  };
  const pair = async (fromId: string, toId: string) => {
    await documents.ready;
    if (fromId === toId) throw new CallError('invalid-input', 'A document cannot replace itself.');
    const doc = store.read();
    return { from: ownEntry(doc, fromId), to: ownEntry(doc, toId) };
  };

  const previousVersionOf = (doc: StoreDoc, id: string): LibraryItem | null => {
    const entry = documents.entry(doc, id);
    if (!entry || documents.pack(id) || doc.versionDecisions.some((d) => d.documentId === id)) return null;
    const older = previousVersion(entry, documents.entries(doc).filter((candidate) => !documents.pack(candidate.id)));
    return older ? itemOf(doc, older.id) : null;
  };

  const handlers: FeatureHandlers<typeof versionsContract> = {
    'library.replace': async ({ fromId, toId }) => {
      const { from, to } = await pair(fromId, toId);
      const [fromText, toText] = await Promise.all([documents.load(from.id), documents.load(to.id)]);
      let plan: ReplacePlan | null = null;
      let tags: string[] = [];
      // One update: everything moves, and the older document is marked removed, in the same durable write.
      const doc = await store.update((draft, base) => {
        const at = now().toISOString();
        const reading = (id: string) => (Object.hasOwn(base.reading, id) ? (base.reading[id] ?? null) : null);
        plan = planReplace({
          from: fromText,
          to: toText,
          toId: to.id,
          annotations: base.annotations.filter((a) => a.documentId === from.id),
          cards: base.userCards.filter((card) => card.documentId === from.id),
          reading: { from: reading(from.id), to: reading(to.id) },
          at,
        });
        const annotations = new Map(plan.annotations.map((m) => [m.annotation.id, m.annotation]));
        draft.annotations = base.annotations.map((a) => annotations.get(a.id) ?? a);
        const moved = new Map(plan.cards.map((m) => [m.card.id, m.card]));
        draft.userCards = base.userCards.map((card) => moved.get(card.id) ?? card);
        // The whole log follows, deleted cards' reviews too, so the new document's statistics are the old one's.
        draft.reviewLog = base.reviewLog.map((entry) => (entry.documentId === from.id ? { ...entry, documentId: to.id } : entry));
        if (plan.reading) draft.reading[to.id] = plan.reading;
        // From the committed document the update starts from: tags changed since `pair` read them are kept.
        const tagsOf = (id: string) => base.documents.find((entry) => entry.id === id)?.tags ?? [];
        tags = normalizeTags([...tagsOf(to.id), ...tagsOf(from.id)]).slice(0, MAX_DOCUMENT_TAGS);
        draft.documents = base.documents.map((entry) => {
          if (entry.id === to.id) return { ...entry, tags, updatedAt: at };
          if (entry.id === from.id) return { ...entry, removedAt: at, updatedAt: at };
          return entry;
        });
        draft.versionDecisions.push({ documentId: to.id, olderId: from.id, decision: 'replaced', at });
      });
      const done = plan as ReplacePlan | null;
      if (!done) throw new Error('the replace ran no update');
      const report: ReplaceReport = {
        annotations: { moved: done.annotations.filter((m) => m.placed).length, unplaced: done.annotations.filter((m) => !m.placed).length },
        cards: { moved: done.cards.filter((m) => m.placed).length, unplaced: done.cards.filter((m) => !m.placed).length },
        readingPlaceMoved: done.reading !== null,
        tags,
        unplaced: done.unplaced,
      };
      return { item: itemOf(doc, to.id), removed: itemOf(doc, from.id), report };
    },
    'library.keepBoth': async ({ fromId, toId }) => {
      const { from, to } = await pair(fromId, toId);
      const doc = await store.update((draft) => {
        draft.versionDecisions.push({ documentId: to.id, olderId: from.id, decision: 'kept-both', at: now().toISOString() });
      });
      return itemOf(doc, to.id);
    },
  };
  return { handlers, previousVersionOf };
}
