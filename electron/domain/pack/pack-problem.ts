import type { z } from 'zod';

/**
 * One reason a pack is refused, naming the item, the field and the problem, so its author can fix
 * it: `{ item: 'card liaison-city', field: 'source.quote', message: 'quote not found in block p1' }`,
 * shown as "card liaison-city: quote not found in block p1".
 */
export interface PackProblem {
  /** The item in words: "card liaison-city", "question q3", "map node n2", "block p4", "manifest". */
  item: string;
  /** The field within the item, as a dotted path ("source.quote", "choices.2.text"); '' for the whole item. */
  field: string;
  message: string;
}

export type Path = readonly PropertyKey[];

/** "card liaison-city: quote not found in block p1". */
export function formatProblem(problem: PackProblem): string {
  return `${problem.item}: ${problem.message}`;
}

// Where items live in a pack, and what a person calls them.
const collections: { at: readonly string[]; name: string }[] = [
  { at: ['deck', 'cards'], name: 'card' },
  { at: ['deck', 'tags'], name: 'deck tag' },
  { at: ['selfTest', 'questions'], name: 'question' },
  { at: ['argumentMap', 'nodes'], name: 'map node' },
];

function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** An item's id when it has a usable one, else its position ("#3"), so two nameless items stay apart. */
function nameAt(root: unknown, path: Path, index: number): string {
  const id = at(root, [...path, index, 'id']);
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : `#${index + 1}`;
}

const dotted = (path: Path): string => path.map(String).join('.');

/** The item a path into the pack belongs to, and the field within it. */
export function locate(root: unknown, path: Path): { item: string; field: string } {
  for (const { at: prefix, name } of collections) {
    if (prefix.every((key, i) => path[i] === key) && typeof path[prefix.length] === 'number') {
      const index = path[prefix.length] as number;
      return { item: `${name} ${nameAt(root, prefix, index)}`, field: dotted(path.slice(prefix.length + 1)) };
    }
  }
  if (path[0] === 'document' && path[1] === 'sections' && typeof path[2] === 'number') {
    const section = path[2];
    if (path[3] === 'blocks' && typeof path[4] === 'number') {
      return { item: `block ${nameAt(root, ['document', 'sections', section, 'blocks'], path[4])}`, field: dotted(path.slice(5)) };
    }
    return { item: `section ${nameAt(root, ['document', 'sections'], section)}`, field: dotted(path.slice(3)) };
  }
  const top = path[0];
  if (typeof top === 'string') return { item: top === 'selfTest' ? 'self-test' : top === 'argumentMap' ? 'argument map' : top, field: dotted(path.slice(1)) };
  return { item: 'pack', field: '' };
}

/** A problem at `path`, its message prefixed with the field when there is one. */
export function problemAt(root: unknown, path: Path, message: string, { nameField = true } = {}): PackProblem {
  const { item, field } = locate(root, path);
  return { item, field, message: nameField && field ? `${field}: ${message}` : message };
}

/** Schema issues as problems, one per issue; union issues name the kinds the item could have been. */
export function schemaProblems(root: unknown, issues: readonly z.core.$ZodIssue[]): PackProblem[] {
  return issues.map((issue) => problemAt(root, issue.path, lowerFirst(issue.message)));
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}
