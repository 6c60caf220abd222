/**
 * Array methods of a draft that run over the array's elements directly instead of through the
 * proxy, where every element read makes a child draft (a proxy and its state): with them a search
 * or a removal among 10,000 annotations costs what it costs on a plain array.
 *
 * The searches (`findIndex`, `find`, `some`, `filter`, ...) hand their callbacks each committed
 * element itself, frozen (reading it is free; writing to it throws), or the element's draft when
 * the update has already handed one out, so they see this update's own writes. What they hand back
 * as elements (`find`, `findLast`, `filter`, `slice`) are drafts, as on the proxy, so "find it, then
 * change it" works as on a plain array; only the callbacks see read-only values (and so does
 * whatever `map` or `reduce` builds from them). `splice`, `shift` and `unshift` edit the draft's
 * copy in place, and the drafts already handed out move with their elements.
 */

type Predicate = (value: unknown, index: number, array: unknown[]) => unknown;
type Reducer = (accumulator: unknown, value: unknown, index: number, array: unknown[]) => unknown;
type Method = (...args: unknown[]) => unknown;

export interface ArrayDraft {
  /** The elements as the draft sees them now, in a fresh plain array. */
  elements(): readonly unknown[];
  /** The draft of element `index`, as reading `proxy[index]` gives it. */
  at(index: number): unknown;
  /** The array draft itself, passed to callbacks as their third argument. */
  proxy: unknown[];
  /**
   * The draft's own copy, to edit in place: each draft handed out for an element is put in the
   * element's place, so moving elements moves their drafts. `held` lists the indexes that hold this
   * update's own values (those drafts, and whatever it wrote), which an edit must follow.
   */
  edit(): { list: unknown[]; held: number[] };
  /** Records that these indexes (and the length) of the copy were written. */
  wrote(indexes: Iterable<number>): void;
  /** A committed element taken out of the array, as a draft of its own (edits to it go where it is put). */
  detached(value: unknown): unknown;
}

/** Where `splice(start)` starts on an array of `length` elements (the language's own rule). */
const startOf = (start: unknown, length: number): number => {
  const relative = Math.trunc(Number(start)) || 0;
  return relative < 0 ? Math.max(length + relative, 0) : Math.min(relative, length);
};

function splice(t: ArrayDraft, args: unknown[]): unknown[] {
  const { list, held } = t.edit();
  const start = startOf(args[0], list.length);
  const removed = (list.splice as (...a: unknown[]) => unknown[])(...args);
  const inserted = Math.max(args.length - 2, 0);
  const moved = held.filter((index) => index < start || index >= start + removed.length).map((index) => (index < start ? index : index - removed.length + inserted));
  t.wrote([...moved, ...Array.from({ length: inserted }, (_, offset) => start + offset)]);
  return removed.map((value) => t.detached(value));
}

const bind = (target: ArrayDraft, fn: unknown, thisArg: unknown) => {
  if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
  const predicate = fn as Predicate;
  return (value: unknown, index: number) => predicate.call(thisArg, value, index, target.proxy);
};

const bindReducer = (target: ArrayDraft, fn: unknown) => {
  if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
  const reducer = fn as Reducer;
  return (accumulator: unknown, value: unknown, index: number) => reducer(accumulator, value, index, target.proxy);
};

const searches: Record<string, (target: ArrayDraft) => Method> = {
  find: (t) => (fn, thisArg) => {
    const index = t.elements().findIndex(bind(t, fn, thisArg));
    return index < 0 ? undefined : t.at(index);
  },
  findLast: (t) => (fn, thisArg) => {
    const index = t.elements().findLastIndex(bind(t, fn, thisArg));
    return index < 0 ? undefined : t.at(index);
  },
  findIndex: (t) => (fn, thisArg) => t.elements().findIndex(bind(t, fn, thisArg)),
  findLastIndex: (t) => (fn, thisArg) => t.elements().findLastIndex(bind(t, fn, thisArg)),
  some: (t) => (fn, thisArg) => t.elements().some(bind(t, fn, thisArg)),
  every: (t) => (fn, thisArg) => t.elements().every(bind(t, fn, thisArg)),
  filter: (t) => (fn, thisArg) => {
    const keep = bind(t, fn, thisArg);
    const kept: unknown[] = [];
    t.elements().forEach((value, index) => {
      if (keep(value, index)) kept.push(t.at(index));
    });
    return kept;
  },
  map: (t) => (fn, thisArg) => t.elements().map(bind(t, fn, thisArg)),
  flatMap: (t) => (fn, thisArg) => t.elements().flatMap(bind(t, fn, thisArg)),
  // With no initial value the first element is the accumulator, as on a plain array (and an empty
  // array throws as it does).
  reduce: (t) => (fn, ...initial) => (initial.length > 0 ? t.elements().reduce(bindReducer(t, fn), initial[0]) : t.elements().reduce(bindReducer(t, fn))),
  reduceRight: (t) => (fn, ...initial) =>
    initial.length > 0 ? t.elements().reduceRight(bindReducer(t, fn), initial[0]) : t.elements().reduceRight(bindReducer(t, fn)),
  indexOf: (t) => (value, from) => t.elements().indexOf(value, from as number | undefined),
  lastIndexOf: (t) => (value, ...from) => (from.length > 0 ? t.elements().lastIndexOf(value, from[0] as number) : t.elements().lastIndexOf(value)),
  includes: (t) => (value, from) => t.elements().includes(value, from as number | undefined),
  slice: (t) => (start, end) => {
    const elements = t.elements();
    // The indexes slice() would take, each element then handed out as a draft.
    return Array.from(elements.keys())
      .slice(start as number | undefined, end as number | undefined)
      .map((index) => t.at(index));
  },
};

const edits: Record<string, (target: ArrayDraft) => Method> = {
  splice: (t) => (...args) => splice(t, args),
  shift: (t) => () => splice(t, [0, 1])[0],
  unshift: (t) => (...items) => {
    splice(t, [0, 0, ...items]);
    return t.edit().list.length;
  },
};

/** The direct version of array method `name` for an array draft, or undefined for any other name. */
export function arrayMethod(name: string, target: () => ArrayDraft): Method | undefined {
  const make = Object.hasOwn(searches, name) ? searches[name] : Object.hasOwn(edits, name) ? edits[name] : undefined;
  return make?.(target());
}
