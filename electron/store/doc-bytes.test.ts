import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docBytes, docChunks } from './doc-bytes';
import { createDraft, freezeNew } from './draft';

describe('docBytes', () => {
  it('equals the UTF-8 of JSON.stringify for any object, frozen or not', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue({ maxDepth: 3 })), fc.boolean(), (doc, frozen) => {
        const value = frozen ? freezeNew(structuredClone(doc)) : doc;
        expect(docBytes(value).toString('utf8')).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('handles the empty object, undefined values and non-ASCII text', () => {
    expect(docBytes({}).toString()).toBe('{}');
    expect(docBytes({ a: undefined, b: 1 }).toString()).toBe('{"b":1}');
    expect(docBytes({ a: undefined }).toString()).toBe('{}');
    const text = { note: 'café — 日本 🎌', '"quoted"': '\u2028' };
    expect(docBytes(freezeNew(text)).equals(Buffer.from(JSON.stringify(text)))).toBe(true);
  });

  it('never serves a stale cache for a section that can still change', () => {
    const open = { theme: 'light' };
    const doc = { settings: open };
    expect(docBytes(doc).toString()).toBe('{"settings":{"theme":"light"}}');
    open.theme = 'dark';
    expect(docBytes(doc).toString()).toBe('{"settings":{"theme":"dark"}}');
  });

  it('serves an unchanged section from cache alongside a changed one', () => {
    const big = freezeNew({ entries: Array.from({ length: 100 }, (_, i) => ({ i })) });
    const first = freezeNew({ settings: { theme: 'light' }, big });
    const second = freezeNew({ settings: { theme: 'dark' }, big });
    expect(docBytes(first).toString()).toBe(JSON.stringify(first));
    expect(docBytes(second).toString()).toBe(JSON.stringify(second));
  });
});

describe('docBytes of array sections', () => {
  it('assembles an array of entries from cached entry bytes and stays equal to JSON.stringify', () => {
    const entries = freezeNew(Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, note: i % 2 ? 'x' : 'ü\n"q"', tags: [] as string[] })));
    const first = freezeNew({ annotations: entries });
    expect(docBytes(first).toString()).toBe(JSON.stringify(first));
    const changed = freezeNew([...entries.slice(0, 10), { id: 'new', note: 'changed', tags: ['t'] }, ...entries.slice(11)]);
    const second = freezeNew({ annotations: changed });
    expect(docBytes(second).toString()).toBe(JSON.stringify(second));
    expect(docBytes(freezeNew({ annotations: [] })).toString()).toBe('{"annotations":[]}');
  });
});

describe('docChunks', () => {
  it('joins to the same bytes as docBytes, sharing each committed entry of a list section', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), note: fc.string({ unit: 'grapheme' }), n: fc.integer() }), { maxLength: 20 }), (entries) => {
        const doc = freezeNew({ schemaVersion: 1, annotations: structuredClone(entries), settings: { theme: 'dark' } });
        const chunks = docChunks(doc);
        expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON.stringify(doc));
      }),
      { numRuns: 200 },
    );
    const shared = freezeNew({ id: 'kept' });
    const one = docChunks(freezeNew({ annotations: [shared, { id: 'a' }] }));
    const two = docChunks(freezeNew({ annotations: [shared, { id: 'b' }] }));
    expect(one.find((c) => c.toString() === '{"id":"kept"}')).toBe(two.find((c) => c.toString() === '{"id":"kept"}'));
  });
});

describe('docChunks across successive drafts', () => {
  type Op = { kind: 'set' | 'add' | 'delete' | 'move'; key: string; n: number } | { kind: 'insert' | 'remove' | 'replace' | 'push'; at: number; n: number };
  const key = fc.oneof(fc.constantFrom('a', 'b', '7', '12', '__proto__', 'ü'), fc.string({ maxLength: 4 }));
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constantFrom('set' as const, 'add' as const, 'delete' as const, 'move' as const), key, n: fc.integer() }),
    fc.record({ kind: fc.constantFrom('insert' as const, 'remove' as const, 'replace' as const, 'push' as const), at: fc.nat(40), n: fc.integer() }),
  );

  it('stays equal to JSON.stringify while records and lists change entry by entry', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const reading: Record<string, { n: number; pad: string }> = {};
        for (let i = 0; i < 30; i += 1) reading[`k${i}`] = { n: i, pad: 'x'.repeat(i * 40) };
        let doc = freezeNew({ settings: { theme: 'light' }, reading, log: Array.from({ length: 30 }, (_, i) => ({ i, pad: 'y'.repeat(i * 40) })) });
        docChunks(doc);
        for (const step of ops) {
          const { draft, finish } = createDraft(doc);
          if (step.kind === 'set' || step.kind === 'add') {
            const target = step.kind === 'set' ? (Object.keys(draft.reading)[Math.abs(step.n) % 30] ?? step.key) : step.key;
            draft.reading[target] = { n: step.n, pad: 'z' };
          } else if (step.kind === 'move') {
            // The same committed entry under another key: its bytes must not be reused.
            const from = Object.keys(draft.reading)[Math.abs(step.n) % 30];
            if (from !== undefined && from !== step.key) {
              draft.reading[step.key] = draft.reading[from] as { n: number; pad: string };
              delete draft.reading[from];
            }
          } else if (step.kind === 'delete') {
            delete draft.reading[Object.keys(draft.reading)[Math.abs(step.n) % 30] ?? step.key];
          } else if (step.kind === 'insert') draft.log.splice(step.at, 0, { i: step.n, pad: 'new' });
          else if (step.kind === 'remove') draft.log.splice(step.at, 1);
          else if (step.kind === 'push') draft.log.push({ i: step.n, pad: 'end' });
          else if (step.kind === 'replace' && draft.log[step.at]) draft.log[step.at] = { i: step.n, pad: 'replaced' };
          doc = freezeNew(finish().result);
          expect(Buffer.concat(docChunks(doc)).toString('utf8')).toBe(JSON.stringify(doc));
        }
      }),
      { numRuns: 300 },
    );
  });
});
