/**
 * Copy-on-write drafts of a frozen JSON tree, so an update pays for what it changes rather than for
 * the size of the document. `mutate(draft)` reads and writes the draft as the plain object it looks
 * like; `finish()` returns a new tree that shares every untouched branch with the base by identity,
 * and the base is never written. Nodes new in this update come back unfrozen, so to the caller "not
 * frozen" means "new here": it validates those, then freezes them (`freezeNew`).
 */

import { arrayMethod, type ArrayDraft } from './draft-arrays';
import { copyRecord, keysChanged } from './own-keys';

type Container = Record<string, unknown> | unknown[];

interface DraftState {
  readonly base: Container;
  /** Shallow copy of `base`, made on the first write below this node. */
  copy: Container | null;
  readonly parent: DraftState | null;
  /** Child drafts handed out by reads, by key. */
  readonly children: Map<string, DraftState>;
  /** Keys assigned or deleted on this very node. */
  readonly written: Set<string>;
  readonly proxy: Container;
}

export interface FinishedDraft<T> {
  /** The new tree, or the base itself when nothing was written. */
  result: T;
  /** For each new container the draft copied, the keys whose value may differ from the base's. */
  touched: WeakMap<object, ReadonlySet<string>>;
}

const isContainer = (value: unknown): value is Container => {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Freezes `value` and everything below it that is not frozen yet (frozen nodes are whole). Given a
 * draft's `touched`, it visits only the touched keys of the containers the draft copied: the rest
 * of such a copy is the base's, frozen already, and walking 10,000 of them would cost milliseconds.
 */
export function freezeNew<T>(value: T, touched?: WeakMap<object, ReadonlySet<string>>): T {
  if (!isContainer(value) || Object.isFrozen(value)) return value;
  const node = value as Record<string, unknown>;
  const keys = touched?.get(node);
  if (keys) {
    for (const key of keys) if (Object.hasOwn(node, key)) freezeNew(node[key], touched);
  } else {
    for (const child of Object.values(node)) freezeNew(child, touched);
  }
  return Object.freeze(value);
}

/** Starts a draft of `base`, which must be frozen all the way down (see `freezeNew`). */
export function createDraft<T extends object>(base: T): { draft: T; finish(): FinishedDraft<T>; revoke(): void } {
  if (!isContainer(base) || !Object.isFrozen(base)) throw new TypeError('createDraft needs a frozen plain object or array');
  const states = new WeakMap<object, DraftState>();
  const revokers: (() => void)[] = [];
  let live = true;

  const source = (state: DraftState): Container => state.copy ?? state.base;

  const markChanged = (state: DraftState): Container => {
    for (let node: DraftState | null = state; node && node.copy === null; node = node.parent) {
      // A spread, not slice(): V8 slices a frozen array element by element (~100x slower at 10,000).
      node.copy = Array.isArray(node.base) ? [...node.base] : copyRecord(node.base);
    }
    return state.copy as Container;
  };

  const read = (state: DraftState, key: string): unknown => {
    const value = (source(state) as Record<string, unknown>)[key];
    // Only committed (frozen) nodes need a draft; a value put here in this update is the caller's own.
    if (!isContainer(value) || !Object.isFrozen(value)) return value;
    let child = state.children.get(key);
    if (!child || child.base !== value) {
      child = createState(value, state);
      state.children.set(key, child);
    }
    return child.proxy;
  };

  /** An array's elements as its draft reads them: each committed one itself, or the draft already made of it. */
  const elementsOf = (state: DraftState): readonly unknown[] => {
    if (!live) throw new TypeError('This draft is finished: change the document through a new update.');
    // Always a plain copy (a spread costs microseconds): V8's findIndex, filter and slice take a slow
    // path on a frozen array, several times slower than on a plain one.
    const view = [...(source(state) as unknown[])];
    for (const [key, child] of state.children) {
      const index = Number(key);
      if (view[index] === child.base) view[index] = child.proxy;
    }
    return view;
  };

  const arrayDraftOf = (state: DraftState): ArrayDraft => {
    const proxy = state.proxy as unknown[];
    const edit = () => {
      if (!live) throw new TypeError('This draft is finished: change the document through a new update.');
      const list = markChanged(state) as unknown[];
      const held = new Set<number>();
      for (const key of state.written) if (/^\d+$/.test(key)) held.add(Number(key));
      for (const [key, child] of state.children) {
        const index = Number(key);
        if (list[index] !== child.base) continue;
        list[index] = child.proxy;
        held.add(index);
      }
      // Keyed by index, the children would now name the wrong elements; their drafts are in the list.
      state.children.clear();
      return { list, held: [...held] };
    };
    const wrote = (indexes: Iterable<number>) => {
      for (const index of indexes) state.written.add(String(index));
      state.written.add('length');
    };
    const detached = (value: unknown) => (isContainer(value) && Object.isFrozen(value) ? createState(value, state).proxy : value);
    return { elements: () => elementsOf(state), at: (index) => proxy[index], proxy, edit, wrote, detached };
  };

  const write = (state: DraftState, key: string, value: unknown): boolean => {
    const target = markChanged(state) as Record<string, unknown>;
    if (!Object.hasOwn(target, key)) keysChanged(target);
    // An own '__proto__' (JSON.parse makes one) is defined, not assigned, or the prototype would change.
    if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    else target[key] = value;
    state.written.add(key);
    return true;
  };

  function createState(nodeBase: Container, parent: DraftState | null): DraftState {
    const handler: ProxyHandler<Container> = {
      get: (_target, key) => {
        const src = source(state);
        if (typeof key === 'symbol') return Reflect.get(src, key);
        if (!Object.hasOwn(src, key)) return (isArray && arrayMethod(key, () => arrayDraftOf(state))) || Reflect.get(src, key);
        return read(state, key);
      },
      set: (_target, key, value) => typeof key === 'string' && write(state, key, value),
      defineProperty: (_target, key, descriptor) => typeof key === 'string' && 'value' in descriptor && write(state, key, descriptor.value),
      deleteProperty: (_target, key) => {
        if (typeof key !== 'string') return false;
        if (!Object.hasOwn(source(state), key)) return true;
        const target = markChanged(state);
        keysChanged(target);
        delete (target as Record<string, unknown>)[key];
        state.written.add(key);
        return true;
      },
      has: (_target, key) => key in source(state),
      ownKeys: () => Reflect.ownKeys(source(state)),
      getOwnPropertyDescriptor: (_target, key) => {
        const src = source(state);
        const found = Reflect.getOwnPropertyDescriptor(src, key);
        if (!found) return undefined;
        // An array's length is non-configurable on the proxy's target too; report it the same way.
        if (Array.isArray(src) && key === 'length') return { value: src.length, writable: true, enumerable: false, configurable: false };
        // The raw value: spreading and Object.keys ask for every descriptor, and making a child draft
        // for each entry of a large record would cost more than the copy this module avoids. Reads
        // through `get` (what spreads and loops use for values) still return drafts.
        return { value: found.value, writable: true, enumerable: found.enumerable ?? true, configurable: true };
      },
      getPrototypeOf: () => Object.getPrototypeOf(nodeBase) as object | null,
      setPrototypeOf: () => false,
      preventExtensions: () => false,
    };
    const isArray = Array.isArray(nodeBase);
    const { proxy, revoke } = Proxy.revocable<Container>(isArray ? [] : {}, handler);
    revokers.push(revoke);
    const state: DraftState = { base: nodeBase, copy: null, parent, children: new Map(), written: new Set(), proxy };
    states.set(proxy, state);
    return state;
  }

  const root = createState(base, null);
  const touched = new WeakMap<object, ReadonlySet<string>>();
  const finished = new Map<DraftState, Container>();

  /** The new node for `state`: its copy, with child drafts and drafts put anywhere replaced by their results. */
  function finalize(state: DraftState): Container {
    if (state.copy === null) return state.base;
    const done = finished.get(state);
    if (done) return done;
    const copy = state.copy as Record<string, unknown>;
    finished.set(state, copy);
    const keys = new Set(state.written);
    for (const [key, child] of state.children) {
      if (child.copy === null || !Object.hasOwn(copy, key) || copy[key] !== child.base) continue;
      copy[key] = finalize(child);
      keys.add(key);
    }
    for (const key of state.written) if (Object.hasOwn(copy, key)) copy[key] = resolve(copy[key]);
    touched.set(copy, keys);
    return copy;
  }

  /** Replaces drafts inside a value the caller assigned (it may hold proxies, e.g. `draft.a = [draft.b]`). */
  function resolve(value: unknown, seen = new Set<object>()): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const state = states.get(value);
    if (state) return finalize(state);
    if (!isContainer(value) || Object.isFrozen(value) || seen.has(value)) return value;
    seen.add(value);
    const node = value as Record<string, unknown>;
    for (const key of Object.keys(node)) node[key] = resolve(node[key], seen);
    return value;
  }

  const revoke = () => {
    live = false;
    for (const revokeOne of revokers.splice(0)) revokeOne();
  };

  return {
    draft: root.proxy as T,
    finish: () => {
      const result = finalize(root) as T;
      revoke();
      return { result, touched };
    },
    revoke,
  };
}
