/**
 * Validates only what an update changed. Every committed node of the document is frozen and was
 * validated when it entered it, so a frozen node is skipped and an unfrozen one (new in this update,
 * see draft.ts) is parsed by the schema of its place: a whole small section, or single entries of a
 * record or array section. The result equals `StoreDoc.parse(next)`; a schema this cannot split
 * (a refinement, a size limit, a passthrough object) is parsed whole, which is slower but the same.
 */
import { z } from 'zod';
import { freezeNew } from './draft';
import { StoreDoc } from './schema';

type Issues = z.core.$ZodIssue[];
type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCommitted = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.isFrozen(value);
const hasOwnRules = (schema: z.ZodType): boolean => (schema._zod.def.checks?.length ?? 0) > 0;

function parseAt(schema: z.ZodType, value: unknown, path: PropertyKey[], issues: Issues): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue);
  return value;
}

/** A record section: only the entries the update wrote (all of them, for a record it built anew). */
function checkRecord(schema: z.ZodRecord, record: Json, keys: Iterable<string>, path: PropertyKey[], issues: Issues): Json {
  for (const key of keys) {
    if (!Object.hasOwn(record, key)) continue;
    parseAt(schema.keyType as z.ZodType, key, [...path, key], issues);
    if (!isCommitted(record[key])) record[key] = parseAt(schema.valueType as z.ZodType, record[key], [...path, key], issues);
  }
  return record;
}

/**
 * An array section: only the elements that are not committed ones. For a copy the draft made, only
 * the indexes it touched can hold one (every other index keeps the base's committed element), so a
 * note edited among 10,000 is the one element looked at.
 */
function checkArray(schema: z.ZodArray, list: unknown[], keys: ReadonlySet<string> | undefined, path: PropertyKey[], issues: Issues): unknown[] {
  const check = (index: number) => {
    const item = list[index];
    if (!isCommitted(item)) list[index] = parseAt(schema.element as z.ZodType, item, [...path, index], issues);
  };
  if (!keys) {
    for (let index = 0; index < list.length; index += 1) check(index);
    return list;
  }
  for (const key of keys) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < list.length) check(index);
  }
  // A write past the end (or a longer length) leaves holes, which JSON writes as null. They lie
  // between the base's last element and the touched indexes at the end, so walk back from there.
  for (let index = list.length - 1; index >= 0 && !(index in list && !keys.has(String(index))); index -= 1) {
    if (!(index in list)) check(index);
  }
  return list;
}

/** A section with a default (a feature's field) is checked as its inner schema once it has a value. */
function unwrapDefault(schema: z.ZodType, value: unknown): z.ZodType {
  return schema instanceof z.ZodDefault && value !== undefined ? (schema._zod.def.innerType as z.ZodType) : schema;
}

function checkSection(outer: z.ZodType, value: unknown, touched: WeakMap<object, ReadonlySet<string>>, path: PropertyKey[], issues: Issues): unknown {
  if (isCommitted(value)) return value;
  const schema = unwrapDefault(outer, value);
  if (schema instanceof z.ZodRecord && isPlainObject(value) && !hasOwnRules(schema)) {
    return checkRecord(schema, value, touched.get(value) ?? Object.keys(value), path, issues);
  }
  if (schema instanceof z.ZodArray && Array.isArray(value) && !hasOwnRules(schema)) return checkArray(schema, value, touched.get(value), path, issues);
  return parseAt(schema, value, path, issues);
}

const splittable = !hasOwnRules(StoreDoc) && StoreDoc._zod.def.catchall === undefined;

/**
 * The validated, frozen next document, from the draft's result and its list of touched keys.
 * Throws a ZodError whose paths start at the document's root, as `StoreDoc.parse` would.
 */
export function validateChange(next: unknown, touched: WeakMap<object, ReadonlySet<string>>): StoreDoc {
  if (isCommitted(next)) return next as StoreDoc;
  if (!splittable || !isPlainObject(next)) return freezeNew(StoreDoc.parse(next));
  const issues: Issues = [];
  const out: Json = {};
  // Built in the schema's key order with only its keys, as an object schema's parse would.
  for (const [key, schema] of Object.entries(StoreDoc.shape)) {
    const value = checkSection(schema as z.ZodType, next[key], touched, [key], issues);
    if (value !== undefined || Object.hasOwn(next, key)) out[key] = value;
  }
  if (issues.length > 0) throw new z.ZodError(issues);
  return freezeNew(out, touched) as StoreDoc;
}
