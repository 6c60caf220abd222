/**
 * Migrations from every older schemaVersion to the current one. Each step is a pure function from
 * the document of version N to version N+1; `migrate` runs them in order. A document without a
 * schemaVersion is version 0 (the pre-release prototype's shape, kept in a test fixture).
 */
import { FONT_SIZES_PX, defaultSettings } from '../contract/reader-values';
import { CURRENT_SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nearest font-size step for a pixel size (v0 stored pixels). */
function stepForPixels(px: unknown): number {
  if (typeof px !== 'number' || !Number.isFinite(px)) return defaultSettings.fontSizeStep;
  let best = 0;
  FONT_SIZES_PX.forEach((size, step) => {
    if (Math.abs(size - px) < Math.abs((FONT_SIZES_PX[best] ?? 0) - px)) best = step;
  });
  return best;
}

/** v0 → v1: `fontSize` in px became `fontSizeStep`; the single `position` became `reading` per article. */
function v0ToV1(doc: Json): Json {
  const oldSettings = isObject(doc.settings) ? doc.settings : {};
  const { fontSize, ...restSettings } = oldSettings;
  const reading: Json = {};
  if (isObject(doc.position) && typeof doc.position.paragraphId === 'string') {
    reading['japan-nato'] = {
      paragraphId: doc.position.paragraphId,
      offset: typeof doc.position.offset === 'number' ? doc.position.offset : 0,
      percent: typeof doc.position.percent === 'number' ? doc.position.percent : 0,
      updatedAt: typeof doc.position.updatedAt === 'string' ? doc.position.updatedAt : new Date(0).toISOString(),
    };
  }
  return {
    schemaVersion: 1,
    settings: { ...defaultSettings, ...restSettings, fontSizeStep: stepForPixels(fontSize) },
    reading,
    window: null,
  };
}

/** The only document a v1 file could refer to: the built-in article. */
const V1_DOCUMENT_ID = 'japan-nato';

const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * v1 → v2, the library: every record the user made names its document. Annotations' `articleId`
 * becomes `documentId`; user cards and review log entries (which only ever belonged to the article)
 * get the article's id; an empty library index and tombstone list are added. Reading places were
 * already keyed by article id, which is the document id; self-test attempts name their quiz.
 */
function v1ToV2(doc: Json): Json {
  const annotations = records(doc.annotations).map(({ articleId, ...rest }) => ({ ...rest, documentId: typeof articleId === 'string' ? articleId : V1_DOCUMENT_ID }));
  const userCards = records(doc.userCards).map((card) => ({ ...card, documentId: V1_DOCUMENT_ID }));
  const reviewLog = records(doc.reviewLog).map((entry) => ({ ...entry, documentId: V1_DOCUMENT_ID }));
  const next: Json = { ...doc, schemaVersion: 2, documents: [], documentTombstones: [] };
  if (doc.annotations !== undefined) next.annotations = annotations;
  if (doc.userCards !== undefined) next.userCards = userCards;
  if (doc.reviewLog !== undefined) next.reviewLog = reviewLog;
  return next;
}

/**
 * v2 → v3, self-tests per document: an attempt names its document, and the unfinished attempt and
 * the question → card record are kept per document. A v2 file's self-test was the built-in article's.
 */
function v2ToV3(doc: Json): Json {
  const withDocument = (attempt: Json): Json => ({ ...attempt, documentId: typeof attempt.documentId === 'string' ? attempt.documentId : V1_DOCUMENT_ID });
  const next: Json = { ...doc, schemaVersion: 3 };
  next.selftestOpen = isObject(doc.selftestOpen) ? { [V1_DOCUMENT_ID]: withDocument(doc.selftestOpen) } : {};
  if (doc.selftestFinished !== undefined) next.selftestFinished = records(doc.selftestFinished).map(withDocument);
  next.selftestCards = isObject(doc.selftestCards) && Object.keys(doc.selftestCards).length > 0 ? { [V1_DOCUMENT_ID]: doc.selftestCards } : {};
  return next;
}

const steps: Record<number, (doc: Json) => Json> = { 0: v0ToV1, 1: v1ToV2, 2: v2ToV3 };

/** The prototype's only keys. An unversioned object with anything else is not a Lectern document. */
const V0_KEYS = new Set(['settings', 'position']);

function looksLikeV0(doc: Json): boolean {
  const keys = Object.keys(doc);
  return keys.length > 0 && keys.every((key) => V0_KEYS.has(key) && isObject(doc[key]));
}

/**
 * The document's schemaVersion: 0 for an unversioned v0 document, NaN for anything that is not a
 * Lectern document at all (not an object, an unknown unversioned shape, a version that is not a
 * whole number from 0 up), so the caller sets it aside rather than "migrating" it.
 */
export function versionOf(doc: unknown): number {
  if (!isObject(doc)) return Number.NaN;
  if (doc.schemaVersion === undefined) return looksLikeV0(doc) ? 0 : Number.NaN;
  const version = doc.schemaVersion;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : Number.NaN;
}

/** Brings an older document up to the current version; the caller validates the result. */
export function migrate(doc: Json): Json {
  let current = doc;
  for (let version = versionOf(doc); version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from schemaVersion ${version}`);
    current = step(current);
  }
  return current;
}
