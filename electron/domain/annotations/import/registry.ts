/** The annotation import formats, listed once: the file chooser's accepted types and the sniffing order come from here. */
import type { ExportDocument } from '../../export/document';
import { hypothesisImporter } from './hypothesis';
import type { AnnotationImporter, ParsedAnnotationFile } from './importer';
import { w3cImporter } from './w3c';

/** Most specific shape first: a Hypothesis file is plain JSON, a W3C one names its types. */
export const annotationImporters: readonly AnnotationImporter[] = [w3cImporter, hypothesisImporter];

/** Reads a file's text with the first importer that recognises its shape. */
export function parseAnnotationFile(text: string, document: ExportDocument, importers: readonly AnnotationImporter[] = annotationImporters): ParsedAnnotationFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON (${(error as Error).message}).` };
  }
  const importer = importers.find((candidate) => candidate.sniff(json));
  if (!importer) {
    const names = importers.map((i) => i.label).join(', ');
    return { ok: false, message: `Nothing was imported: the file is not in a format Lectern reads (${names}).` };
  }
  return importer.parse(json, document);
}
