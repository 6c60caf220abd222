import { formatProblem, locate, schemaProblems, type PackProblem } from './pack-problem';
import { PACK_FORMAT_VERSION, Pack } from './pack-schema';
import { packProblems } from './pack-rules';
import { htmlWarnings } from './html-warnings';

/**
 * Validates a study pack as a whole, before anything of it is saved: size and item caps first (cheap,
 * and a huge pack is refused before it is parsed), then the format version, then the schema, then
 * the rules across items (ids, verbatim quotes). Either the whole pack is good or nothing of it is.
 */

export interface PackLimits {
  /** The largest pack file accepted, in bytes of UTF-8. */
  maxBytes: number;
  /** The most cards, questions and map nodes together. */
  maxItems: number;
}

/** A book with a few thousand cards fits; a pack past this is a mistake or an attack. */
export const PACK_LIMITS: PackLimits = { maxBytes: 25 * 1024 * 1024, maxItems: 5_000 };

export type PackValidation =
  | { ok: true; pack: Pack; warnings: string[] }
  | { ok: false; reason: 'too-large' | 'too-many-items' | 'not-json' | 'not-a-pack' | 'newer-format' | 'invalid'; problems: PackProblem[] };

/** Problems listed in full up to this many; a list longer than that says how many more there are. */
const SHOWN_PROBLEMS = 50;

/**
 * `input` is the pack file's text, or the value already parsed from it. Returns the pack with its
 * defaults filled in and warnings (HTML markup that will be shown as text), or every problem found.
 */
export function validatePack(input: unknown, limits: PackLimits = PACK_LIMITS): PackValidation {
  const text = typeof input === 'string' ? input : JSON.stringify(input) ?? '';
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) {
    return refuse('too-large', 'pack', `the file is ${megabytes(bytes)}, over the ${megabytes(limits.maxBytes)} a pack may be`);
  }
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return refuse('not-json', 'pack', `the file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`);
    }
  }

  const manifest = field(raw, 'manifest');
  if (field(manifest, 'format') !== 'lectern-pack') {
    return refuse('not-a-pack', 'manifest', 'format: not a Lectern study pack (manifest.format must be "lectern-pack")');
  }
  const version = field(manifest, 'formatVersion');
  if (typeof version === 'number' && version > PACK_FORMAT_VERSION) {
    return refuse('newer-format', 'manifest', `formatVersion: the pack is written in format version ${version}; this Lectern reads up to version ${PACK_FORMAT_VERSION}. Update Lectern to import it.`);
  }
  const items = countItems(raw);
  if (items > limits.maxItems) {
    return refuse('too-many-items', 'pack', `${items} cards, questions and map nodes, more than the ${limits.maxItems} a pack may hold`);
  }

  const parsed = Pack.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', problems: capped(schemaProblems(raw, parsed.error.issues)) };
  const problems = packProblems(parsed.data, raw);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems: capped(problems) };
  return { ok: true, pack: parsed.data, warnings: htmlWarnings(parsed.data) };
}

/** The problems as lines a person reads: "card liaison-city: quote not found in block p1". */
export function describeProblems(problems: readonly PackProblem[]): string[] {
  return problems.map(formatProblem);
}

function refuse(reason: Exclude<PackValidation, { ok: true }>['reason'], item: string, message: string): PackValidation {
  // A message that starts with "field: " names the field.
  const named = /^(\w+): /.exec(message);
  return { ok: false, reason, problems: [{ item, field: named?.[1] ?? '', message }] };
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function length(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function countItems(raw: unknown): number {
  return (
    length(field(field(raw, 'deck'), 'cards')) +
    length(field(field(raw, 'selfTest'), 'questions')) +
    length(field(field(raw, 'argumentMap'), 'nodes'))
  );
}

function capped(problems: PackProblem[]): PackProblem[] {
  if (problems.length <= SHOWN_PROBLEMS) return problems;
  const rest = problems.length - SHOWN_PROBLEMS;
  return [...problems.slice(0, SHOWN_PROBLEMS), { ...locate(undefined, []), message: `and ${rest} more problem${rest === 1 ? '' : 's'}` }];
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} MB`;
}
