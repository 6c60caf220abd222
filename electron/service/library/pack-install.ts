/**
 * Saving an imported study pack: checked as a whole first (the importer validated its format and
 * quotes; here, against the library: a newer version of a pack already there, card ids another
 * document's cards use), then the body, then its index entry and pack in one write, so a pack is
 * whole or absent. A newer version keeps the document's id, so progress on unchanged card ids stays.
 */
import { CallError } from '../../contract/dispatch';
import type { LibraryEntry } from '../../contract/library-values';
import type { StoredPack } from '../../contract/pack-values';
import type { LecternDocument } from '../../domain/document/document';
import type { Pack } from '../../domain/pack/pack-schema';
import type { StoreDoc } from '../../store/schema';
import type { ServiceContext } from '../deps';
import { createCardCatalog } from '../flashcards-catalog';
import { entryFor } from './documents';
import { cardStartsOf } from './installed-pack';

/** A validated pack and its finished document, waiting to be saved (or reviewed first). */
export type CheckedPack = { pack: Pack; document: LecternDocument; warnings: string[]; fileName: string };

/** What saving a pack does to the library: a new document, a newer version of one, or nothing new. */
export type PackPlan = { kind: 'new' } | { kind: 'update'; entry: LibraryEntry; from: number } | { kind: 'same'; entry: LibraryEntry };

/** Decides how a pack joins the library; throws a readable CallError when it cannot. */
export function planPack(context: Pick<ServiceContext, 'documents'>, doc: StoreDoc, checked: CheckedPack): PackPlan {
  const { manifest } = checked.pack;
  const named = `“${checked.fileName}” could not be imported:`;
  const installedId = Object.entries(doc.packs).find(([id, stored]) => stored.manifest.id === manifest.id && context.documents.entry(doc, id))?.[0];
  const builtin = context.documents.entries(doc).find((entry) => context.documents.isBuiltin(entry.id) && context.documents.pack(entry.id, doc)?.manifest.id === manifest.id);
  const existing = installedId ?? builtin?.id;
  if (existing !== undefined) {
    const entry = context.documents.entry(doc, existing)!;
    const installed = context.documents.pack(existing, doc)!.manifest.version;
    if (manifest.version === installed || context.documents.isBuiltin(existing)) return { kind: 'same', entry };
    if (manifest.version < installed) throw new CallError('invalid-input', `${named} it is version ${manifest.version} of “${manifest.title}”, and your library has the newer version ${installed}.`);
    checkCardIds(context, doc, checked, existing, named);
    return { kind: 'update', entry, from: installed };
  }
  checkCardIds(context, doc, checked, null, named);
  return { kind: 'new' };
}

/** A deck card's id names its progress across the library, so it may not be another document's card id. */
function checkCardIds(context: Pick<ServiceContext, 'documents'>, doc: StoreDoc, checked: CheckedPack, own: string | null, named: string): void {
  const taken = new Map(
    createCardCatalog(context.documents)
      .cards(doc)
      .filter((card) => card.documentId !== own)
      .map((card) => [card.id, card.documentId]),
  );
  const clashes = (checked.pack.deck?.cards ?? []).filter((card) => taken.has(card.id));
  if (clashes.length === 0) return;
  const first = clashes[0]!;
  const title = context.documents.entry(doc, taken.get(first.id)!)?.title ?? 'another document';
  const more = clashes.length > 1 ? ` (and ${clashes.length - 1} more)` : '';
  throw new CallError('invalid-input', `${named} card ${first.id}: the id is already used by a card of “${title}”${more}; a pack’s card ids must be its own.`);
}

/** The pack's parts as the store keeps them. */
export function storedPack(checked: CheckedPack, at: string, installedAt: string = at): StoredPack {
  const { manifest, deck, selfTest, argumentMap } = checked.pack;
  return {
    manifest,
    ...(deck ? { deck } : {}),
    ...(selfTest ? { selfTest } : {}),
    ...(argumentMap ? { argumentMap } : {}),
    cardStarts: cardStartsOf(checked.pack, checked.document),
    installedAt,
    updatedAt: at,
  };
}

/** Saves a planned pack: the body first, then its entry and pack in one write. Returns the document's id. */
export async function savePack(context: Pick<ServiceContext, 'store' | 'documents'>, checked: CheckedPack, plan: PackPlan, at: string): Promise<string> {
  const { store, documents } = context;
  if (plan.kind === 'same') return plan.entry.id;
  if (plan.kind === 'new') {
    await store.bodies.write(checked.document);
    await store.update((draft) => {
      draft.documents.push(entryFor(checked.document, at));
      draft.packs[checked.document.id] = storedPack(checked, at);
    });
    documents.remember(checked.document);
    return checked.document.id;
  }
  // A newer version: the document keeps its id (and so its notes, cards and attempts); its text and
  // pack are replaced; the user's title, tags and hidden flag are kept.
  const id = plan.entry.id;
  const document: LecternDocument = { ...checked.document, id, importedAt: plan.entry.importedAt };
  await store.bodies.write(document);
  await store.update((draft, current) => {
    const fresh = entryFor(document, at);
    const index = draft.documents.findIndex((entry) => entry.id === id);
    // The user's fields as they stand now: a rename or a tag saved while the pack was read stays.
    const mine = current.documents[index] ?? plan.entry;
    const kept = { ...fresh, title: mine.title, author: mine.author, tags: mine.tags, hidden: mine.hidden, createdAt: mine.createdAt };
    if (index >= 0) draft.documents[index] = kept;
    else draft.documents.push(kept);
    const installedAt = Object.hasOwn(draft.packs, id) ? draft.packs[id]!.installedAt : at;
    draft.packs[id] = storedPack({ ...checked, document }, at, installedAt);
  });
  documents.remember(document);
  return id;
}
