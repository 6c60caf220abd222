// Small rules several kinds share: duplicate ids, shares of right items, unknown ids, plain lines.
import type { Issue, Line } from './kind';

/** First-seen duplicates among `ids`, as issues at `path/index`. */
export function duplicateIds(ids: readonly string[], path: (string | number)[], what: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ path: [...path, index], message: `duplicate ${what} id: ${id}` });
    seen.add(id);
  });
  return issues;
}

/** Share of `ids` for which `isRight` holds, and the ids for which it does not. */
export function share(ids: readonly string[], isRight: (id: string) => boolean): { score: number; wrong: string[] } {
  const wrong = ids.filter((id) => !isRight(id));
  return { score: ids.length === 0 ? 0 : (ids.length - wrong.length) / ids.length, wrong };
}

/** The first of `ids` that is not among `known`. */
export const firstUnknown = (ids: readonly string[], known: readonly string[]) => ids.find((id) => !known.includes(id));

/** An answer cap: more than this many ids in one answer is refused before it reaches the service. */
export const MAX_IDS_PER_ANSWER = 20;

export function tooManyIds(count: number): Issue[] {
  return count > MAX_IDS_PER_ANSWER ? [{ path: [], message: 'too many ids in one answer' }] : [];
}

/** What the feedback says when there is no answer to describe. */
export const noAnswer: Line[] = [{ text: 'No answer.' }];

/** The text ends as a sentence ("." added unless it already ends with punctuation or a closing quote). */
export const sentence = (text: string) => (/[.!?…”"]$/.test(text) ? text : `${text}.`);

/** Paragraph number as a reader says it ("paragraph 4"). */
export const paragraphLabel = (id: string) => {
  // The article's blocks are p1…p5; an imported text's are s<section>-b<block> (the importers' ids).
  const imported = /^s(\d+)-b(\d+)$/.exec(id);
  if (imported) return imported[1] === '1' ? `paragraph ${imported[2]}` : `section ${imported[1]}, paragraph ${imported[2]}`;
  return `paragraph ${id.replace(/^p/, '')}`;
};
