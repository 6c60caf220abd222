import type { DocumentImporter, ImportError, ImportInput } from '../import/importer';
import type { ParsedDocument } from '../document/document';
import type { PackProblem } from './pack-problem';
import type { Pack } from './pack-schema';
import { describeProblems, PACK_LIMITS, validatePack, type PackLimits, type PackValidation } from './validate-pack';

/**
 * The importer of study packs (`.lectern.json`): the whole pack is validated before anything is
 * returned, so the library saves all of it or none. The result is an ImportResult (the document the
 * library stores) plus the validated pack, whose deck, self-test and map the library keeps with it.
 */

export type PackImportResult =
  | { ok: true; document: ParsedDocument; warnings: string[]; pack: Pack }
  | (ImportError & { problems: PackProblem[] });

/** How many problems the message lists before "and N more"; `problems` has them all. */
const LISTED = 5;

const codes: Record<Exclude<PackValidation, { ok: true }>['reason'], ImportError['code']> = {
  'too-large': 'too-large',
  'too-many-items': 'too-many-entries',
  'not-json': 'unreadable',
  'not-a-pack': 'wrong-type',
  'newer-format': 'unsupported',
  invalid: 'unreadable',
};

// A pack names its format in its manifest; sniffing reads the text, not the extension. The manifest
// may come after a long document in a hand-written file, so sniffing reads this much.
const FORMAT_FIELD = /"format"\s*:\s*"lectern-pack"/;
const SNIFF_BYTES = 4 * 1024 * 1024;

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Imports a pack from its bytes; `limits` lets a test or the library set its own caps. */
export function importPack(input: ImportInput, limits: PackLimits = PACK_LIMITS): PackImportResult {
  const { fileName } = input;
  const refuse = (code: ImportError['code'], reason: string, problems: PackProblem[] = []): PackImportResult => ({
    ok: false,
    code,
    message: `“${fileName}” could not be imported: ${reason}`,
    problems,
  });
  // Checked on the bytes too, so a huge file is not decoded first.
  if (input.bytes.length > limits.maxBytes) return refuse('too-large', `it is over the ${Math.round(limits.maxBytes / 1048576)} MB a pack may be.`);
  const text = decode(input.bytes);
  if (text === null) return refuse('unreadable', 'a pack is UTF-8 text, and this file is not.');
  const result = validatePack(text, limits);
  if (!result.ok) {
    const lines = describeProblems(result.problems);
    const listed = lines.slice(0, LISTED).join('; ');
    const more = lines.length > LISTED ? `; and ${lines.length - LISTED} more` : '';
    const reason = endSentence(result.reason === 'invalid' ? `the pack has ${lines.length === 1 ? 'a problem' : 'problems'}: ${listed}${more}` : listed);
    return refuse(codes[result.reason], reason, result.problems);
  }
  const { document } = result.pack;
  input.onProgress?.(1);
  return {
    ok: true,
    document: {
      title: document.title,
      author: document.author,
      source: { kind: 'pack', fileName },
      sections: document.sections,
    },
    warnings: result.warnings,
    pack: result.pack,
  };
}

/** A DocumentImporter whose result also carries the validated pack. */
export interface PackImporter extends DocumentImporter {
  parse(input: ImportInput): PackImportResult;
}

export const packImporter: PackImporter = {
  id: 'pack',
  label: 'Lectern study pack',
  // `.lectern.json` ends in `.json`; the registry picks importers by the last extension.
  extensions: ['json'],
  sniff(input) {
    // Not fatal: the cut may split a character; a pack that is not UTF-8 is refused by parse.
    return FORMAT_FIELD.test(new TextDecoder().decode(input.bytes.subarray(0, SNIFF_BYTES)));
  },
  parse: (input) => importPack(input),
};

/** A full stop at the end, unless the last problem's own message already ends the sentence. */
function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
