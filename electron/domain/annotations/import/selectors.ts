/**
 * Finding the quote in other tools' targets: `target` as one object, an IRI or an array; selectors
 * as one or a list; a `TextQuoteSelector` also inside a `RangeSelector`'s or `XPathSelector`'s
 * `refinedBy` (how Hypothesis and Readium nest them).
 */
import { MAX_CONTEXT_LENGTH } from '../../anchoring/types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function typesOf(value: Json): string[] {
  return listOf(value.type).filter((t): t is string => typeof t === 'string');
}

/** Every selector of a target, refinements included, depth first. */
function allSelectors(selectors: unknown, depth = 0): Json[] {
  if (depth > 4) return [];
  return listOf(selectors)
    .filter(isObject)
    .flatMap((selector) => [selector, ...allSelectors(selector.refinedBy, depth + 1), ...(typesOf(selector).includes('RangeSelector') ? allSelectors([selector.startSelector, selector.endSelector], depth + 1) : [])]);
}

export interface FoundTarget {
  source: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  /** Prefix or suffix cut to the 64 characters nearest the quote. */
  trimmed: boolean;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The quote of one target object: its first TextQuoteSelector anywhere, with a position when it has one. */
function readTarget(target: Json): FoundTarget {
  const selectors = allSelectors(target.selector);
  const quote = selectors.find((s) => typesOf(s).includes('TextQuoteSelector') && typeof s.exact === 'string');
  const position = selectors.find((s) => typesOf(s).includes('TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end));
  const source = typeof target.source === 'string' ? target.source : isObject(target.source) && typeof target.source.id === 'string' ? target.source.id : null;
  if (!quote) return { source, quote: null, position: null, trimmed: false };
  const prefix = text(quote.prefix);
  const suffix = text(quote.suffix);
  return {
    source,
    // The context nearest the quote is what anchoring uses: the end of the prefix, the start of the suffix.
    quote: { exact: text(quote.exact), prefix: prefix.slice(-MAX_CONTEXT_LENGTH), suffix: suffix.slice(0, MAX_CONTEXT_LENGTH) },
    position: position ? { start: position.start as number, end: position.end as number } : null,
    trimmed: prefix.length > MAX_CONTEXT_LENGTH || suffix.length > MAX_CONTEXT_LENGTH,
  };
}

/**
 * The first target that quotes text, or else the first target (so its source can still be named),
 * or null when there is no target at all. A bare IRI target is a whole resource, with no quote.
 */
export function findTarget(target: unknown): FoundTarget | null {
  const found = listOf(target).map((t) => (typeof t === 'string' ? { source: t, quote: null, position: null, trimmed: false } : isObject(t) ? readTarget(t) : null));
  const usable = found.filter((t): t is FoundTarget => t !== null);
  return usable.find((t) => t.quote !== null) ?? usable[0] ?? null;
}

/** True when `source` names this document (compared without a `#fragment`), or says nothing. */
export function sameDocument(source: string | null, iris: readonly string[]): boolean {
  if (source === null) return true;
  const bare = (iri: string) => iri.trim().replace(/#.*$/, '').replace(/\/$/, '');
  return iris.some((iri) => bare(iri) === bare(source));
}
