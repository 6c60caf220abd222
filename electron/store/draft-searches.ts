/**
 * The read-only methods of an array draft (`findIndex`, `find`, `some`, `filter`, ...) run over the
 * array's elements as they are, not through the proxy: through it, every element read makes a child
 * draft (a proxy and its state), and `draft.annotations.findIndex(...)` over 10,000 annotations cost
 * more than the rest of the save. Their callbacks see each committed element itself, frozen (reading
 * it is free; writing to it throws), or the element's draft when the update has already handed one
 * out, so they see this update's own writes. What these methods hand back as elements (`find`,
 * `findLast`, `filter`, `slice`) are drafts, as on the proxy, so "find it, then change it" works as on
 * a plain array; only the callbacks see read-only values (and so does whatever `map` or `reduce`
 * builds from them).
 */

type Predicate = (value: unknown, index: number, array: unknown[]) => unknown;
type Reducer = (accumulator: unknown, value: unknown, index: number, array: unknown[]) => unknown;
type Method = (...args: unknown[]) => unknown;

export interface SearchTarget {
  /** The elements as the draft sees them now, in a fresh plain array. */
  elements(): readonly unknown[];
  /** The draft of element `index`, as reading `proxy[index]` gives it. */
  at(index: number): unknown;
  /** The array draft itself, passed to callbacks as their third argument. */
  proxy: unknown[];
}

const bind = (target: SearchTarget, fn: unknown, thisArg: unknown) => {
  if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
  const predicate = fn as Predicate;
  return (value: unknown, index: number) => predicate.call(thisArg, value, index, target.proxy);
};

const bindReducer = (target: SearchTarget, fn: unknown) => {
  if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
  const reducer = fn as Reducer;
  return (accumulator: unknown, value: unknown, index: number) => reducer(accumulator, value, index, target.proxy);
};

const searches: Record<string, (target: SearchTarget) => Method> = {
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

/** The fast version of array method `name` for an array draft, or undefined for any other name. */
export function searchMethod(name: string, target: SearchTarget): Method | undefined {
  return Object.hasOwn(searches, name) ? searches[name]?.(target) : undefined;
}
