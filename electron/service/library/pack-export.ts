/**
 * A document as a study pack (`.lectern.json`): its text, its pack's deck plus the user's own cards
 * of it, its questions and its map, validated like any pack before it is written, so the file
 * imports on another machine as the same study set. Progress is not part of a pack.
 */
import { CallError } from '../../contract/dispatch';
import type { UserCard } from '../../contract/flashcards-values';
import type { PackCredits, PackCreditsDraft } from '../../contract/pack-credits';
import { ankiCloze } from '../../domain/flashcards/cloze';
import { PACK_FORMAT_VERSION, type PackCard, type PackInput } from '../../domain/pack/pack-schema';
import { documentSelfTest } from '../questions/document-self-test';
import { describeProblems, validatePack } from '../../domain/pack/validate-pack';
import type { ServiceContext } from '../deps';

/** A user card in the pack's deck form. */
function packCardOf(card: UserCard): PackCard {
  const common = { id: card.id, tags: [...card.tags], source: { block: card.source.paragraph, quote: card.source.quote } };
  if (card.kind === 'basic') return { ...common, kind: 'basic', front: card.front, back: card.back };
  return { ...common, kind: 'cloze', cloze: ankiCloze(card.source.quote, card.gaps) };
}

/** A file-name-safe slug of a title. */
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'document';

type ExportContext = Pick<ServiceContext, 'store' | 'documents' | 'now'>;

/** What the export dialog starts from: a pack's own credits, else the last ones used, else empty (en, CC BY). */
export async function packCreditsOf(context: ExportContext, id: string): Promise<PackCreditsDraft> {
  const { store, documents } = context;
  await documents.ready;
  const doc = store.read();
  const manifest = documents.pack(id, doc)?.manifest;
  if (manifest) return { packAuthor: manifest.packAuthor, licence: manifest.licence, language: manifest.language, description: manifest.description ?? '' };
  const last = doc.settings.packCredits;
  return { packAuthor: last?.packAuthor ?? '', licence: last?.licence ?? 'CC-BY-4.0', language: last?.language ?? 'en', description: '' };
}

export async function exportPack(context: ExportContext, id: string, credits: PackCredits) {
  const { store, documents, now } = context;
  await documents.ready;
  const doc = store.read();
  const entry = documents.entry(doc, id);
  if (!entry) throw new CallError('invalid-input', `There is no document “${id}” in your library; it may have been removed.`);
  const { document } = await documents.load(id);
  const pack = documents.pack(id, doc);
  const own = doc.userCards.filter((card) => card.documentId === id).map(packCardOf);
  const cards = [...(pack?.deck ?? []), ...own];
  const declared = new Map((pack?.deckTags ?? []).map((tag) => [tag.id, tag.label]));
  for (const tag of cards.flatMap((card) => card.tags)) if (!declared.has(tag)) declared.set(tag, tag);
  const { description, ...named } = credits;
  const manifest = {
    ...(pack?.manifest ?? {
      format: 'lectern-pack' as const,
      formatVersion: PACK_FORMAT_VERSION,
      id: `${slugOf(entry.title)}-${slugOf(id).slice(-8)}`,
      title: entry.title,
    }),
    // Each export is a newer version than the last one and than the pack it came from, so importing it
    // where an earlier export went updates that copy (keeping its progress) instead of being "already there".
    version: Math.max(pack?.manifest.version ?? 0, entry.lastPackVersion ?? 0) + 1,
    ...named,
    ...(description ? { description } : {}),
  };
  if (!description) delete manifest.description;
  // The pack's questions and the user's own, as the self-test asks them.
  const questions = documentSelfTest({ store, documents }, id, entry.title).questions;
  const file: PackInput = {
    manifest,
    document: { id: document.id, title: entry.title, author: entry.author, sections: document.sections },
    ...(cards.length > 0 ? { deck: { ...(pack?.deckName ? { name: pack.deckName } : {}), tags: [...declared].map(([tagId, label]) => ({ id: tagId, label })), cards } } : {}),
    ...(questions.length > 0 ? { selfTest: { title: pack?.selfTest?.title ?? entry.title, questions } } : {}),
    ...(pack?.argumentMap ? { argumentMap: pack.argumentMap } : {}),
  };
  // The file must import again: checked by the importer's own validator before it is offered.
  const checked = validatePack(file);
  if (!checked.ok) throw new CallError('invalid-input', `This document cannot be exported as a pack: ${describeProblems(checked.problems).slice(0, 3).join('; ')}.`);
  const content = `${JSON.stringify(file, null, 2)}\n`;
  return { fileName: `${slugOf(entry.title)}-${now().toISOString().slice(0, 10)}.lectern.json`, mimeType: 'application/json', content, version: manifest.version };
}
