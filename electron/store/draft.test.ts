import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDraft, freezeNew } from './draft';

type Doc = {
  settings: { theme: string; size: number };
  reading: Record<string, { offset: number; tags: string[] }>;
  list: { id: number; note: string }[];
  window: { x: number } | null;
};

const base = (): Doc =>
  freezeNew({
    settings: { theme: 'light', size: 2 },
    reading: { a: { offset: 1, tags: ['x'] }, b: { offset: 2, tags: [] } },
    list: [
      { id: 1, note: 'one' },
      { id: 2, note: 'two' },
    ],
    window: null,
  });

function change(doc: Doc, mutate: (draft: Doc) => void) {
  const { draft, finish } = createDraft(doc);
  mutate(draft);
  return finish();
}

describe('createDraft', () => {
  it('returns the base itself when nothing is written', () => {
    const doc = base();
    expect(change(doc, (draft) => void draft.settings.theme).result).toBe(doc);
  });

  it('never writes the base', () => {
    const doc = base();
    const before = JSON.stringify(doc);
    change(doc, (draft) => {
      draft.settings.theme = 'dark';
      draft.reading.a!.tags.push('y');
      delete draft.reading.b;
      draft.list.splice(0, 1);
      draft.window = { x: 1 };
    });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('shares every untouched branch with the base', () => {
    const doc = base();
    const { result } = change(doc, (draft) => {
      draft.reading.a!.offset = 10;
    });
    expect(result).not.toBe(doc);
    expect(result.settings).toBe(doc.settings);
    expect(result.list).toBe(doc.list);
    expect(result.reading).not.toBe(doc.reading);
    expect(result.reading.b).toBe(doc.reading.b);
    expect(result.reading.a).toEqual({ offset: 10, tags: ['x'] });
    expect(result.reading.a!.tags).toBe(doc.reading.a!.tags);
  });

  it('reads back its own writes during the update', () => {
    change(base(), (draft) => {
      draft.settings.theme = 'dark';
      expect(draft.settings.theme).toBe('dark');
      draft.reading.c = { offset: 3, tags: [] };
      draft.reading.c.tags.push('new');
      expect(draft.reading.c).toEqual({ offset: 3, tags: ['new'] });
      expect(Object.keys(draft.reading)).toEqual(['a', 'b', 'c']);
      expect('b' in draft.reading).toBe(true);
      delete draft.reading.b;
      expect('b' in draft.reading).toBe(false);
    });
  });

  it('supports spreads, array methods and JSON.stringify on drafts', () => {
    const doc = base();
    const { result } = change(doc, (draft) => {
      draft.settings = { ...draft.settings, size: 5 };
      draft.list.push({ id: 3, note: 'three' });
      draft.list.sort((x, y) => y.id - x.id);
      draft.list[0]!.note = 'THREE';
      expect(JSON.parse(JSON.stringify(draft.list))).toHaveLength(3);
      expect(Array.isArray(draft.list)).toBe(true);
      expect(draft.list.map((item) => item.id)).toEqual([3, 2, 1]);
    });
    expect(result.settings).toEqual({ theme: 'light', size: 5 });
    expect(result.list).toEqual([
      { id: 3, note: 'THREE' },
      { id: 2, note: 'two' },
      { id: 1, note: 'one' },
    ]);
    expect(result.list[1]).toBe(doc.list[1]);
  });

  it('resolves a draft assigned somewhere else in the tree', () => {
    const { result } = change(base(), (draft) => {
      const a = draft.reading.a!;
      a.offset = 99;
      draft.reading.moved = a;
      delete draft.reading.a;
      draft.list = [{ id: 9, note: String(draft.reading.moved.offset) }];
    });
    expect(result.reading).toEqual({ b: { offset: 2, tags: [] }, moved: { offset: 99, tags: ['x'] } });
    expect(result.list).toEqual([{ id: 9, note: '99' }]);
    expect(JSON.stringify(result)).not.toContain('Proxy');
  });

  it('leaves new nodes unfrozen and shared ones frozen, so the caller can tell them apart', () => {
    const { result } = change(base(), (draft) => {
      draft.reading.a!.offset = 10;
      draft.reading.c = { offset: 3, tags: [] };
    });
    expect(Object.isFrozen(result.reading)).toBe(false);
    expect(Object.isFrozen(result.reading.a)).toBe(false);
    expect(Object.isFrozen(result.reading.c)).toBe(false);
    expect(Object.isFrozen(result.reading.b)).toBe(true);
    expect(Object.isFrozen(freezeNew(result).reading.c!.tags)).toBe(true);
  });

  it('lists the keys it touched on each copied container', () => {
    const { result, touched } = change(base(), (draft) => {
      draft.reading.a!.offset = 10;
      draft.reading.c = { offset: 3, tags: [] };
      delete draft.reading.b;
    });
    expect([...(touched.get(result.reading) ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...(touched.get(result) ?? [])]).toEqual(['reading']);
  });

  it('cannot be used once finished', () => {
    let kept: Doc | undefined;
    change(base(), (draft) => {
      kept = draft;
    });
    expect(() => kept!.settings).toThrow(TypeError);
  });

  it('refuses a base that is not frozen', () => {
    expect(() => createDraft({ a: 1 })).toThrow(TypeError);
  });
});

describe('createDraft, searching an array', () => {
  it('hands the committed elements themselves to a search, not a draft of each', () => {
    const doc = base();
    change(doc, (draft) => {
      const seen: unknown[] = [];
      expect(draft.list.findIndex((item) => (seen.push(item), item.id === 2))).toBe(1);
      expect(draft.list.some((item) => (seen.push(item), false))).toBe(false);
      // By identity: a draft of an element would equal it, but not be it.
      expect(seen.map((item) => doc.list.indexOf(item as Doc['list'][number]))).toEqual([0, 1, 0, 1]);
    });
  });

  it('sees the writes made earlier in the same update', () => {
    const { result } = change(base(), (draft) => {
      draft.list[0]!.note = 'changed';
      draft.list[1] = { id: 9, note: 'nine' };
      expect(draft.list.findIndex((item) => item.note === 'changed')).toBe(0);
      expect(draft.list.filter((item) => item.id === 9)).toEqual([{ id: 9, note: 'nine' }]);
      expect(draft.list.map((item) => item.note)).toEqual(['changed', 'nine']);
    });
    expect(result.list).toEqual([
      { id: 1, note: 'changed' },
      { id: 9, note: 'nine' },
    ]);
  });

  it('answers drafts from find, filter and slice, so what is found can be changed', () => {
    const doc = base();
    const { result } = change(doc, (draft) => {
      draft.list.find((item) => item.id === 2)!.note = 'TWO';
      draft.list = draft.list.filter((item) => item.id === 1 || item.id === 2);
      draft.list[0]!.note = 'ONE';
      draft.list.slice(-1)[0]!.note += '!';
    });
    expect(result.list).toEqual([
      { id: 1, note: 'ONE' },
      { id: 2, note: 'TWO!' },
    ]);
    expect(doc.list).toEqual([
      { id: 1, note: 'one' },
      { id: 2, note: 'two' },
    ]);
  });

  it('finds a drafted element by identity, and passes the draft as the callbacks’ array', () => {
    change(base(), (draft) => {
      const second = draft.list[1]!;
      expect(draft.list.indexOf(second)).toBe(1);
      expect(draft.list.includes(second)).toBe(true);
      expect(draft.list.lastIndexOf(second)).toBe(1);
      expect(draft.list.every((_item, _index, array) => array === draft.list)).toBe(true);
    });
  });

  it('reduces with and without an initial value, as a plain array does', () => {
    change(base(), (draft) => {
      expect(draft.list.reduce((sum, item) => sum + item.id, 10)).toBe(13);
      expect(draft.list.reduceRight((notes, item) => `${notes}${item.note}`, '')).toBe('twoone');
    });
    const { draft } = createDraft(freezeNew({ list: [] as number[] }));
    expect(() => draft.list.reduce((a) => a)).toThrow(TypeError);
  });

  it('removes and inserts in place, and the drafts handed out move with their elements', () => {
    const doc = freezeNew({ ...base(), list: [1, 2, 3, 4].map((id) => ({ id, note: String(id) })) });
    const { result, touched } = change(doc, (draft) => {
      const third = draft.list[2]!;
      expect(draft.list.splice(0, 1)).toEqual([{ id: 1, note: '1' }]);
      expect(draft.list[1]).toBe(third);
      third.note = 'three';
      draft.list.unshift({ id: 0, note: '0' });
      expect(draft.list.shift()).toEqual({ id: 0, note: '0' });
      draft.list.splice(1, 0, { id: 9, note: '9' });
    });
    expect(result.list).toEqual([
      { id: 2, note: '2' },
      { id: 9, note: '9' },
      { id: 3, note: 'three' },
      { id: 4, note: '4' },
    ]);
    expect(result.list[0]).toBe(doc.list[1]);
    expect(result.list[3]).toBe(doc.list[3]);
    // The new and changed elements are among the touched indexes (what validation looks at).
    expect([...(touched.get(result.list) ?? [])]).toEqual(expect.arrayContaining(['1', '2']));
  });

  it('refuses a search kept past the end of the update', () => {
    let search: ((predicate: (item: Doc['list'][number]) => boolean) => number) | undefined;
    change(base(), (draft) => {
      search = draft.list.findIndex.bind(draft.list);
    });
    expect(() => search!(() => true)).toThrow(TypeError);
  });
});

/** A random edit, applied by walking the same choices on any tree of the same shape. */
type Edit = { pick: number; key: string; value: fc.JsonValue; kind: 'set' | 'delete' | 'push' | 'nested' | 'found' | 'insert' | 'shift' | 'unshift' };

const containersOf = (node: unknown, out: unknown[] = []): unknown[] => {
  if (typeof node === 'object' && node !== null) {
    out.push(node);
    for (const child of Object.values(node)) containersOf(child, out);
  }
  return out;
};

function apply(root: Record<string, unknown>, original: Edit): void {
  // Each tree gets its own copy of the value, or the two trees would share (and cross-edit) it.
  const edit = { ...original, value: structuredClone(original.value) };
  const all = containersOf(root);
  const target = all[edit.pick % all.length] as Record<string, unknown> | unknown[];
  if (Array.isArray(target)) {
    if (edit.kind === 'found') {
      // Found by a search, then changed: the element handed back must be a draft, not a copy.
      const found = target.find((item, index) => index >= edit.pick % (target.length + 1) && typeof item === 'object' && item !== null);
      if (found && !Array.isArray(found)) (found as Record<string, unknown>)[edit.key] = edit.value;
      else if (found) (found as unknown[]).push(edit.value);
      return;
    }
    if (edit.kind === 'insert') target.splice(edit.pick % (target.length + 1), edit.pick % 2, edit.value, edit.key);
    else if (edit.kind === 'shift') target.shift();
    else if (edit.kind === 'unshift') target.unshift(edit.value);
    else if (edit.kind === 'push' || target.length === 0) target.push(edit.value);
    else if (edit.kind === 'delete') target.splice(edit.pick % target.length, 1);
    else target[edit.pick % target.length] = edit.value;
    return;
  }
  if (edit.kind === 'delete') delete target[edit.key];
  else if (edit.kind === 'nested') target[edit.key] = { inner: edit.value, list: [edit.value] };
  else target[edit.key] = edit.value;
}

describe('createDraft, against a plain deep copy', () => {
  it('gives the same result as editing a deep copy, and leaves the base as it was', () => {
    const edit = fc.record({
      pick: fc.nat(),
      key: fc.constantFrom('a', 'b', 'c', 'settings', 'list'),
      value: fc.jsonValue({ maxDepth: 2 }),
      kind: fc.constantFrom('set', 'delete', 'push', 'nested', 'found', 'insert', 'shift', 'unshift'),
    }) as fc.Arbitrary<Edit>;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'list'), fc.jsonValue({ maxDepth: 3 })), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const frozen = freezeNew(structuredClone(start));
        const before = JSON.stringify(frozen);
        const expected = structuredClone(start);
        for (const one of edits) apply(expected, one);
        const { draft, finish } = createDraft(frozen);
        for (const one of edits) apply(draft, one);
        expect(JSON.stringify(finish().result)).toBe(JSON.stringify(expected));
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});
