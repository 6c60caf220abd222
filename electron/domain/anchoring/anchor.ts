/** Re-attaches stored annotation targets to the current article text: position, then exact quote, then fuzzy quote. */
import { DEFAULT_DEADLINE_MS, matchQuote, type MatchQuoteOptions } from './match-quote';
import { hasIntactContext } from './score-match';
import type { AnchorResult, Target } from './types';

/** Tuning passed through to `matchQuote` (the hint always comes from the target's position). */
export type AnchorOptions = Omit<MatchQuoteOptions, 'hint'>;

/**
 * Where `target` lies in `text`:
 * 1. at its stored position, if the quote and its context are still there verbatim (score 1);
 * 2. else at the exact occurrence of the quote whose context best matches, nearest the old position;
 * 3. else at the best approximate occurrence, if the time budget allows and it scores well enough;
 * 4. else orphaned: 'invalid-target' (empty quote), 'timed-out' or 'not-found'.
 * A malformed or out-of-range position is ignored rather than fatal: the quote can still be found.
 */
export function anchor(text: string, target: Target, options: AnchorOptions = {}): AnchorResult {
  const { quote, position } = target;
  if (quote.exact.length === 0) return { status: 'orphaned', reason: 'invalid-target' };
  if (isIntactAtPosition(text, target)) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', score: 1 };
  }

  const now = options.now ?? ((): number => performance.now());
  const started = now();
  const hint = Number.isInteger(position.start) && position.start >= 0 ? position.start : undefined;
  const match = matchQuote(text, quote, { ...options, now, hint });
  if (match) return { status: 'anchored', ...match };
  const timedOut = now() - started > (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  return { status: 'orphaned', reason: timedOut ? 'timed-out' : 'not-found' };
}

/** Anchors each target independently against the same text; results are in the targets' order. */
export function anchorAll(text: string, targets: readonly Target[], options: AnchorOptions = {}): AnchorResult[] {
  return targets.map((target) => anchor(text, target, options));
}

// The position is trusted only with its context: after an edit elsewhere, another occurrence of a
// short quote can slide into the old offsets, and only the prefix/suffix reveal it.
function isIntactAtPosition(text: string, { quote, position }: Target): boolean {
  const { start, end } = position;
  const inRange = Number.isInteger(start) && start >= 0 && end - start === quote.exact.length && end <= text.length;
  return inRange && text.startsWith(quote.exact, start) && hasIntactContext(text, { start, end, errors: 0 }, quote);
}
