import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDraft, freezeNew } from './draft';
import { StoreDoc, emptyDoc } from './schema';
import { validateChange } from './validate-change';

const position = (offset: number) => ({ paragraphId: 'p1', offset, percent: 5, updatedAt: '2026-01-01T00:00:00.000Z' });

const annotation = (n: number) => ({
  id: `note-${n}`,
  documentId: 'japan-nato',
  target: { quote: { exact: `quote ${n}`, prefix: 'p', suffix: 's' }, position: { start: n, end: n + 7 } },
  color: 'yellow',
  note: `note ${n}`,
  tags: ['nato'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function committed(reading: Record<string, ReturnType<typeof position>> = { a: position(1), b: position(2) }): StoreDoc {
  return freezeNew(StoreDoc.parse({ ...emptyDoc(), reading, annotations: [0, 1, 2].map(annotation) }));
}

function changed(doc: StoreDoc, mutate: (draft: StoreDoc) => void) {
  const { draft, finish } = createDraft(doc);
  mutate(draft);
  const { result, touched } = finish();
  return () => validateChange(result, touched);
}

const pathsOf = (error: unknown) => (error as z.ZodError).issues.map((issue) => issue.path.join('.')).sort();

/** The outcome of a call: its value, or the error it threw. */
function outcome<T>(run: () => T): { value: T } | { error: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    return { error };
  }
}

describe('validateChange', () => {
  it('returns the document itself when nothing changed', () => {
    const doc = committed();
    expect(changed(doc, () => undefined)()).toBe(doc);
  });

  it('keeps committed entries by identity and freezes the new ones', () => {
    const doc = committed();
    const next = changed(doc, (draft) => {
      draft.reading.c = position(3);
    })();
    expect(next.reading.a).toBe(doc.reading.a);
    expect(next.settings).toBe(doc.settings);
    expect(next.reading.c).toEqual(position(3));
    expect(Object.isFrozen(next) && Object.isFrozen(next.reading) && Object.isFrozen(next.reading.c)).toBe(true);
  });

  it('reports a broken entry with its path from the document root', () => {
    const run = changed(committed(), (draft) => {
      draft.reading.c = { ...position(3), offset: -4 };
    });
    const result = outcome(run);
    expect(result).toMatchObject({ error: expect.any(z.ZodError) });
    expect('error' in result && pathsOf(result.error)).toEqual(['reading.c.offset']);
  });

  it('strips unknown keys from a changed entry, as a full parse does', () => {
    const next = changed(committed(), (draft) => {
      draft.reading.c = { ...position(3), extra: 'dropped' } as ReturnType<typeof position>;
      (draft as Record<string, unknown>).unknownSection = 1;
    })();
    expect(next.reading.c).toEqual(position(3));
    expect(next).not.toHaveProperty('unknownSection');
  });

  it('refuses a document whose required section was deleted', () => {
    expect(
      changed(committed(), (draft) => {
        delete (draft as Partial<StoreDoc>).settings;
      }),
    ).toThrow(z.ZodError);
  });
});

/** Edits of every kind, valid and not, that an update could make. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('setting' as const), key: fc.constantFrom('theme', 'fontSizeStep', 'lineWidth', 'bogus'), value: fc.oneof(fc.constantFrom('dark', 'sepia', 'wide', 'neon'), fc.integer({ min: -2, max: 9 })) }),
  fc.record({ kind: fc.constant('put' as const), id: fc.constantFrom('a', 'b', 'c', 'd'), offset: fc.integer({ min: -3, max: 50 }), extra: fc.boolean() }),
  fc.record({ kind: fc.constant('nudge' as const), id: fc.constantFrom('a', 'b', 'c'), offset: fc.integer({ min: -3, max: 50 }) }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ kind: fc.constant('window' as const), width: fc.integer({ min: 100, max: 900 }) }),
  fc.record({ kind: fc.constant('replace-reading' as const), offset: fc.integer({ min: -1, max: 5 }) }),
  // The array section: an entry replaced or edited in place (a bad colour or note among good ones),
  // found by a search, added, removed, filtered, or written past the end (a hole).
  fc.record({ kind: fc.constant('put-note' as const), index: fc.nat(4), color: fc.constantFrom('yellow', 'neon') }),
  fc.record({ kind: fc.constant('edit-note' as const), index: fc.nat(4), note: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()) }),
  fc.record({ kind: fc.constant('find-note' as const), index: fc.nat(4), note: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()) }),
  fc.record({ kind: fc.constant('push-note' as const), n: fc.nat(9), color: fc.constantFrom('yellow', 'neon') }),
  fc.record({ kind: fc.constant('splice-note' as const), index: fc.nat(4) }),
  fc.record({ kind: fc.constant('filter-notes' as const), index: fc.nat(4) }),
  fc.record({ kind: fc.constant('past-end' as const), gap: fc.integer({ min: 1, max: 3 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(draft: StoreDoc, one: Edit): void {
  const loose = draft as unknown as { settings: Record<string, unknown>; reading: Record<string, Record<string, unknown>> };
  if (one.kind === 'setting') loose.settings[one.key] = one.value;
  if (one.kind === 'put') loose.reading[one.id] = { ...position(one.offset), ...(one.extra ? { extra: true } : {}) };
  if (one.kind === 'nudge' && loose.reading[one.id]) loose.reading[one.id]!.offset = one.offset;
  if (one.kind === 'remove') delete loose.reading[one.id];
  if (one.kind === 'window') draft.window = { x: 0, y: 0, width: one.width, height: 400, maximized: false };
  if (one.kind === 'replace-reading') draft.reading = { fresh: position(one.offset) };
  const notes = draft.annotations as unknown as Record<string, unknown>[];
  if (one.kind === 'put-note' && one.index < notes.length) notes[one.index] = { ...annotation(one.index), color: one.color };
  if (one.kind === 'edit-note' && notes[one.index]) notes[one.index]!.note = one.note;
  if (one.kind === 'find-note') {
    const found = notes.find((entry) => entry?.id === `note-${one.index}`);
    if (found) found.note = one.note;
  }
  if (one.kind === 'push-note') notes.push({ ...annotation(10 + one.n), color: one.color });
  if (one.kind === 'splice-note') notes.splice(one.index, 1);
  if (one.kind === 'filter-notes') draft.annotations = draft.annotations.filter((_, index) => index !== one.index);
  if (one.kind === 'past-end') notes[notes.length + one.gap] = annotation(20);
}

describe('validateChange, against a full parse', () => {
  it('accepts and rejects exactly what StoreDoc.parse does, with the same result and paths', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const doc = committed();
        const { draft, finish } = createDraft(doc);
        for (const one of edits) apply(draft, one);
        const { result, touched } = finish();
        const expected = StoreDoc.safeParse(JSON.parse(JSON.stringify(result)));
        const actual = outcome(() => validateChange(result, touched));
        // Compared as one summary each, so success and failure are checked by the same assertion.
        const summary = (ok: boolean, value: unknown, error: unknown) => (ok ? { ok, json: JSON.stringify(value) } : { ok, zod: error instanceof z.ZodError, paths: pathsOf(error) });
        expect('value' in actual ? summary(true, actual.value, null) : summary(false, null, actual.error)).toEqual(
          expected.success ? summary(true, expected.data, null) : summary(false, null, expected.error),
        );
      }),
      { numRuns: 500 },
    );
  });
});
