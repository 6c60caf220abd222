/**
 * The study packs that ship with the app, loaded at start through the same pack importer an
 * imported `.lectern.json` goes through (validated whole, every quote checked), so the built-in
 * article is proven by the format and no service treats it specially. They are kept in memory, not
 * written to the data folder: they come with each app version (a newer one brings its revised deck),
 * and a read-only data folder still opens them.
 */
import { createHash } from 'node:crypto';
import type { LecternDocument, Section } from '../../domain/document/document';
import { documentText } from '../../domain/import/finish-document';
import { builtinPack } from '../../domain/pack/builtin-pack';
import { importPack } from '../../domain/pack/pack-importer';
import { cardStartsOf, installedPack, type InstalledPack } from './installed-pack';

/** A pack file as the app ships it. */
export type PackFile = { fileName: string; bytes: Uint8Array };

/** A pack together with its document, ready for the library. */
export type LoadedPack = { document: LecternDocument; pack: InstalledPack };

/** SHA-256 (hex) of the blocks' text joined by a blank line, as `LecternDocument.textHash` defines it. */
export function textHashOf(sections: readonly Section[]): string {
  // The importers' own text (finish-document.ts), so the built-in article hashes as an imported copy would.
  return createHash('sha256').update(documentText(sections), 'utf8').digest('hex');
}

/** When a built-in document counts as imported: a fixed time, so its entry is the same every start. */
const BUILTIN_IMPORTED_AT = '2024-01-01T00:00:00.000Z';

/** The built-in packs as files, exactly as an author would write them. */
export function builtinPackFiles(): PackFile[] {
  return [{ fileName: 'japan-nato.lectern.json', bytes: new TextEncoder().encode(JSON.stringify(builtinPack())) }];
}

/** Loads shipped pack files through the pack importer; a broken one is a build error, so it throws. */
export function loadBuiltinPacks(files: readonly PackFile[]): LoadedPack[] {
  return files.map((file) => {
    const result = importPack(file);
    if (!result.ok) throw new Error(`The built-in pack ${file.fileName} is broken: ${result.message}`);
    const { pack } = result;
    const document: LecternDocument = {
      id: pack.document.id,
      title: result.document.title,
      author: result.document.author,
      source: { kind: 'builtin' },
      importedAt: BUILTIN_IMPORTED_AT,
      textHash: textHashOf(result.document.sections),
      sections: result.document.sections,
    };
    return { document, pack: installedPack({ ...pack, cardStarts: cardStartsOf(pack, document) }, document.id, true) };
  });
}

/** Every built-in pack, in the order the library lists them. */
export const builtinPacks: readonly LoadedPack[] = loadBuiltinPacks(builtinPackFiles());
