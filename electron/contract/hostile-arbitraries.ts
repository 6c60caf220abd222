/**
 * fast-check arbitraries for hostile calls, derived from the contract itself (each method's input
 * schema, as JSON Schema), so a method a feature adds is fuzzed without a line of test code. Used by
 * tests only. A generated input is valid, or a valid one with one field made hostile, or one with
 * prototype-polluting keys added, or hostile through and through.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { contract, type Method } from './contract';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
};

/** Nested `depth` levels deep, alternating arrays and objects. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Own `__proto__`, `constructor` and `prototype` keys, as JSON.parse makes them from a request body. */
const pollutingObjects: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"__proto__": null}'),
  { prototype: { polluted: 'yes' }, toString: 'x', hasOwnProperty: 1, valueOf: null },
];

const unicodeEdges = [
  '',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\uFEFF',
  '\u202Eevil',
  '\u200B\u200C\u200D',
  'e\u0301'.repeat(500),
  '👨‍👩‍👧‍👦'.repeat(50),
  '𝕃𝕖𝕔𝕥𝕖𝕣𝕟',
  'Ω≈ç√∫˜µ≤≥÷',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00%2e%2e%2f',
  'null',
  '   ',
  '\r\n\t\v\f',
];

const hugeStrings = ['x'.repeat(70_000), 'ж'.repeat(300_000), '😀'.repeat(100_000)];

const oddNumbers = [-0, -1, 0.5, Number.MIN_VALUE, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, -(2 ** 53) - 2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** Any value an attacker might send, with the classic troublemakers over-represented. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }) },
  { weight: 2, arbitrary: fc.constantFrom(...unicodeEdges) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...oddNumbers) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, deeplyNested(2_000), deeplyNested(20)) },
  { weight: 1, arbitrary: fc.constantFrom(...pollutingObjects) },
);

/** Values that satisfy a JSON Schema node (as far as it says), falling back to anything. */
export function validFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map(validFor));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.pattern) {
        const fits = (text: string) => text.length >= (schema.minLength ?? 0) && text.length <= (schema.maxLength ?? Infinity);
        try {
          return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
        } catch {
          // A pattern fast-check cannot generate from (lookarounds, say): plain strings, mostly invalid.
          return fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 200) });
        }
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200), unit: 'grapheme' });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? schema.exclusiveMinimum ?? -1e6, max: schema.maximum ?? schema.exclusiveMaximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? validFor(schema.items) : fc.anything(), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, validFor(value)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** The method's input schema as JSON Schema (parts it cannot express become "anything"). */
export function inputSchemaOf(method: Method): JsonSchema {
  return z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Inputs for `method`: valid, nearly valid, polluted, or hostile through and through. */
export function callInputs(method: Method): fc.Arbitrary<unknown> {
  const schema = inputSchemaOf(method);
  const valid = validFor(schema);
  const keys = Object.keys(schema.properties ?? {});
  const oneFieldHostile = fc
    .tuple(valid, keys.length > 0 ? fc.constantFrom(...keys) : fc.string(), hostileValue)
    .map(([input, key, value]) => (typeof input === 'object' && input !== null ? { ...input, [key]: value } : input));
  const withPollutingKeys = fc
    .tuple(valid, fc.constantFrom(...pollutingObjects))
    .map(([input, extra]) => (typeof input === 'object' && input !== null ? Object.assign(JSON.parse(JSON.stringify(extra)) as object, input) : extra));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 4, arbitrary: oneFieldHostile },
    { weight: 1, arbitrary: withPollutingKeys },
    { weight: 2, arbitrary: hostileValue },
  );
}
