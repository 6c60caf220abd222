/**
 * Test support: a minimal import pipeline for the library service's tests (text split at blank
 * lines), so they do not depend on the real importers' rules. The app uses electron/domain/import.
 */
import type { ImportPipeline } from '../deps';
import { textHashOf } from './builtin-pack';

export const plainTextPipeline: ImportPipeline = {
  acceptedExtensions: ['txt'],
  importFile: async ({ bytes, fileName }) => {
    const text = new TextDecoder().decode(bytes);
    if (fileName.endsWith('.bin')) return { ok: false, code: 'wrong-type', message: `“${fileName}” is not a text file.` };
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    if (paragraphs.length === 0) return { ok: false, code: 'empty', message: `“${fileName}” holds no text.` };
    const blocks = paragraphs.map((p, i) => ({ id: `b${i + 1}`, kind: 'paragraph' as const, text: p }));
    return { ok: true, warnings: [], document: { title: fileName.replace(/\.txt$/, ''), author: '', source: { kind: 'txt', fileName }, sections: [{ id: 's1', title: '', blocks }] } };
  },
  finishDocument: async (parsed, { id, importedAt }) => ({ ...parsed, id, importedAt, textHash: textHashOf(parsed.sections) }),
};
