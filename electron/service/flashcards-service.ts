/** Flashcards methods over the store and the domain's ts-fsrs wiring. */
import { CallError } from '../contract/dispatch';
import type { flashcardsContract } from '../contract/flashcards';
import type { CardProgress, CardView, FlashcardSettings, UserCard } from '../contract/flashcards-values';
import type { FeatureHandlers } from '../contract/spec';
import type { StoreDoc } from '../store/schema';
import { filterCards, viewOf } from '../domain/flashcards/cards';
import type { ExportDocument } from '../domain/export/document';
import { findExporter } from '../domain/export/registry';
import { forgetCard, previewRatings, rate } from '../domain/flashcards/scheduler';
import { canUndo, planSession } from '../domain/flashcards/session';
import { computeStats } from '../domain/flashcards/stats';
import type { ServiceContext } from './deps';
import { exportDocumentOf } from './export-document';
import { checkedGaps, checkedPassage, createCardCatalog, deckName, userCatalogCard } from './flashcards-catalog';

function progressOf(doc: StoreDoc, id: string): CardProgress | undefined {
  return Object.hasOwn(doc.cardProgress, id) ? doc.cardProgress[id] : undefined;
}

export function flashcardsHandlers({ store, now, documents, saveFile, exporters }: ServiceContext): FeatureHandlers<typeof flashcardsContract> {
  const catalog = createCardCatalog(documents);
  const allViews = (doc: StoreDoc, documentId?: string): CardView[] => catalog.cards(doc, documentId).map((card) => viewOf(card, progressOf(doc, card.id)));
  const viewById = (doc: StoreDoc, id: string): CardView => {
    const found = catalog.cards(doc).find((card) => card.id === id);
    if (!found) throw new CallError('invalid-input', `There is no card "${id}"; it may have been deleted.`);
    return viewOf(found, progressOf(doc, id));
  };
  const ownCardIndex = (doc: StoreDoc, id: string): number => {
    const index = doc.userCards.findIndex((card) => card.id === id);
    if (index < 0) {
      throw new CallError('invalid-input', catalog.isDeckCard(doc, id) ? 'Cards of a curated deck cannot be edited or deleted; suspend it instead.' : `There is no card "${id}".`);
    }
    return index;
  };
  const exportDeckName = (views: readonly CardView[], documentId: string | undefined): string => {
    const ids = new Set(views.map((card) => card.documentId));
    const only = documentId ?? (ids.size === 1 ? [...ids][0] : undefined);
    if (only === undefined) return 'Lectern';
    // A pack's deck is named after the pack; any other document's after its title.
    return deckName(documents.pack(only)?.deckName ?? documents.pack(only)?.manifest.title ?? documents.entry(store.read(), only)?.title ?? only);
  };

  /** Ids of every card there is now; progress under any other id belongs to a retired deck card. */
  const liveIds = (doc: StoreDoc): Set<string> => new Set(catalog.cards(doc).map((card) => card.id));
  /** The cards written in a registry format: text, or bytes for the Anki package. */
  const exportFile = async (format: string, includeHistory: boolean, documentId: string | undefined) => {
    const exporter = findExporter(exporters, 'cards', format);
    if (!exporter) throw new CallError('invalid-input', `There is no card export format "${format}".`);
    await documents.ready;
    const doc = store.read();
    const cards = allViews(doc, documentId);
    const cited = new Map<string, ExportDocument>();
    for (const id of new Set(cards.map((card) => card.documentId))) cited.set(id, exportDocumentOf(await documents.load(id)));
    const at = now();
    const content = await exporter.write({
      documentOf: (card) => cited.get(card.documentId)!,
      cards,
      progress: doc.cardProgress,
      reviews: documentId === undefined ? doc.reviewLog : doc.reviewLog.filter((entry) => entry.documentId === documentId),
      deckName: exportDeckName(cards, documentId),
      includeHistory,
      desiredRetention: doc.flashcardSettings.desiredRetention,
      exportedAt: at.toISOString(),
    });
    const fileName = `lectern-flashcards-${at.toISOString().slice(0, 10)}.${exporter.extension}`;
    return { fileName, mimeType: exporter.mimeType, content };
  };
  const settings = (): FlashcardSettings => store.read().flashcardSettings;
  const setProgress = async (id: string, change: (current: CardProgress) => CardProgress): Promise<CardView> => {
    viewById(store.read(), id);
    const doc = await store.update((draft) => {
      const current = Object.hasOwn(draft.cardProgress, id) ? draft.cardProgress[id]! : { fsrs: null, suspended: false };
      draft.cardProgress[id] = change(current);
    });
    return viewById(doc, id);
  };

  return {
    'flashcards.session': async ({ documentId }) => {
      await documents.ready;
      const doc = store.read();
      const at = now();
      const plan = planSession(catalog.cards(doc, documentId), doc.cardProgress, doc.reviewLog, doc.flashcardSettings, at);
      const retention = doc.flashcardSettings.desiredRetention;
      const cards = plan.cards.map((card) => ({ ...card, previews: previewRatings(progressOf(doc, card.id)?.fsrs ?? null, at, retention) }));
      return { ...plan, cards, canUndo: canUndo(doc.reviewLog, doc.cardProgress, liveIds(doc)) };
    },
    'flashcards.settings': async () => settings(),
    'flashcards.updateSettings': async (patch) => {
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const doc = await store.update((draft) => {
        draft.flashcardSettings = { ...draft.flashcardSettings, ...given };
      });
      return doc.flashcardSettings;
    },
    // Each change below is built from the data as it stands when its write's turn comes (`current`),
    // so one still being written is never undone.
    'reviews.record': async ({ cardId, rating, durationMs }) => {
      const at = now();
      const reviewId = `r-${at.getTime().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
      const due = await store.change((draft, current) => {
        const card = viewById(current, cardId);
        if (card.suspended) throw new CallError('invalid-input', 'That card is suspended; unsuspend it in the card browser to review it.');
        const before = progressOf(current, cardId)?.fsrs ?? null;
        const after = rate(before, rating, at, settings().desiredRetention);
        draft.cardProgress[cardId] = { fsrs: after, suspended: false };
        draft.reviewLog.push({ id: reviewId, cardId, documentId: card.documentId, rating, at: at.toISOString(), durationMs, before, after });
        return after.due;
      });
      return { reviewId, due };
    },
    'reviews.undo': async () => {
      const cardId = await store.change((draft, current) => {
        const last = current.reviewLog.at(-1);
        if (!last || !canUndo(current.reviewLog, current.cardProgress, liveIds(current))) throw new CallError('invalid-input', 'There is no rating to undo.');
        const progress = draft.cardProgress[last.cardId]!;
        draft.cardProgress[last.cardId] = { ...progress, fsrs: last.before };
        draft.reviewLog.pop();
        return last.cardId;
      });
      return { cardId };
    },
    'cards.list': async ({ documentId, ...filter }) => {
      await documents.ready;
      const views = allViews(store.read(), documentId);
      const tags = [...new Set(views.flatMap((card) => card.tags))].sort();
      return { cards: filterCards(views, filter), tags };
    },
    'cards.create': async (input) => {
      const source = checkedPassage(await documents.load(input.documentId), input.source);
      const at = now().toISOString();
      const base = { id: `u-${now().getTime().toString(36)}-${crypto.randomUUID().slice(0, 6)}`, documentId: input.documentId, tags: input.tags ?? [], source, createdAt: at, updatedAt: at };
      const card: UserCard =
        input.kind === 'basic'
          ? { ...base, kind: 'basic', front: input.front ?? '', back: input.back ?? source.quote }
          : { ...base, kind: 'cloze', gaps: checkedGaps(source.quote, input.gaps ?? []) };
      await store.update((draft) => {
        draft.userCards.push(card);
      });
      return viewOf(userCatalogCard(card), undefined);
    },
    'cards.update': async ({ id, ...patch }) => {
      const at = now().toISOString();
      const doc = await store.update((draft, current) => {
        const index = ownCardIndex(current, id);
        const card = current.userCards[index]!;
        draft.userCards[index] =
          card.kind === 'basic'
            ? { ...card, front: patch.front ?? card.front, back: patch.back ?? card.back, tags: patch.tags ?? card.tags, updatedAt: at }
            : { ...card, gaps: patch.gaps ? checkedGaps(card.source.quote, patch.gaps) : card.gaps, tags: patch.tags ?? card.tags, updatedAt: at };
      });
      return viewById(doc, id);
    },
    'cards.delete': async ({ id }) => {
      await store.update((draft, current) => {
        draft.userCards.splice(ownCardIndex(current, id), 1);
        delete draft.cardProgress[id];
        draft.reviewLog = draft.reviewLog.filter((entry) => entry.cardId !== id);
      });
      return { ok: true as const };
    },
    'cards.suspend': async ({ id }) => setProgress(id, (current) => ({ ...current, suspended: true })),
    'cards.unsuspend': async ({ id }) => setProgress(id, (current) => ({ ...current, suspended: false })),
    'cards.reset': async ({ id }) =>
      setProgress(id, (current) => ({ ...current, fsrs: current.fsrs ? forgetCard(current.fsrs, now(), settings().desiredRetention) : null })),
    'stats.get': async ({ documentId }) => {
      await documents.ready;
      const doc = store.read();
      const log = documentId === undefined ? doc.reviewLog : doc.reviewLog.filter((entry) => entry.documentId === documentId);
      return computeStats(allViews(doc, documentId), log, now());
    },
    'cards.export': async ({ format, includeHistory, documentId }) => {
      const written = await exportFile(format, includeHistory, documentId);
      // Both transports speak JSON: bytes travel as base64 and the renderer turns them back into a file.
      return typeof written.content === 'string'
        ? { ...written, content: written.content, encoding: 'utf8' as const }
        : { ...written, content: Buffer.from(written.content).toString('base64'), encoding: 'base64' as const };
    },
    'cards.saveExport': async ({ format, includeHistory, documentId }) => {
      if (!saveFile) return { outcome: 'unavailable' as const };
      return saveFile({ ...(await exportFile(format, includeHistory, documentId)), title: 'Export flashcards' });
    },
  };
}
