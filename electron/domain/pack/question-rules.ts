import { isTrueFalse, type PackQuestion } from './pack-questions';

/**
 * Rules within one pack question that its shape cannot express: ids unique, answers among the
 * choices, pairs complete. The counts are the app's own (data/schemas/selftest.ts), so every valid
 * pack question maps onto one of today's kinds without loss.
 */

export interface QuestionIssue {
  /** Path within the question. */
  path: (string | number)[];
  message: string;
}

function duplicates(ids: readonly string[], path: string, what: string): QuestionIssue[] {
  const seen = new Set<string>();
  const issues: QuestionIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ path: [path, index, 'id'], message: `duplicate ${what} id ${id}` });
    seen.add(id);
  });
  return issues;
}

function countIssue(n: number, min: number, max: number, path: string, what: string): QuestionIssue[] {
  return n < min || n > max ? [{ path: [path], message: `${n} ${what}, expected ${min} to ${max}` }] : [];
}

function choiceIssues(q: Extract<PackQuestion, { interaction: 'choice' }>): QuestionIssue[] {
  const ids = q.choices.map((c) => c.id);
  const issues = [...duplicates(ids, 'choices', 'choice')];
  const seen = new Set<string>();
  q.correct.forEach((id, index) => {
    if (!ids.includes(id)) issues.push({ path: ['correct', index], message: `correct answer ${id} is not one of the choices` });
    if (seen.has(id)) issues.push({ path: ['correct', index], message: `correct answer ${id} listed twice` });
    seen.add(id);
  });
  if (q.maxChoices === 1) {
    if (q.correct.length !== 1) issues.push({ path: ['correct'], message: `a pick-one question has exactly one correct answer, not ${q.correct.length}` });
    if (!isTrueFalse(q)) issues.push(...countIssue(q.choices.length, 3, 5, 'choices', 'choices (or exactly the choices true and false)'));
  } else {
    issues.push(...countIssue(q.choices.length, 4, 6, 'choices', 'choices'));
    if (q.correct.length < 2) issues.push({ path: ['correct'], message: 'a pick-any question has at least two correct answers (use maxChoices 1 for one)' });
    if (q.correct.length >= q.choices.length) issues.push({ path: ['correct'], message: 'needs at least one wrong choice' });
  }
  return issues;
}

function matchIssues(q: Extract<PackQuestion, { interaction: 'match' }>): QuestionIssue[] {
  const issues = [...duplicates(q.left.map((i) => i.id), 'left', 'left'), ...duplicates(q.right.map((i) => i.id), 'right', 'right')];
  const leftIds = new Set(q.left.map((i) => i.id));
  const rightIds = new Set(q.right.map((i) => i.id));
  const used = new Map<string, number>();
  for (const [leftId, rightId] of Object.entries(q.pairs)) {
    if (!leftIds.has(leftId)) issues.push({ path: ['pairs', leftId], message: `pairs an unknown left id ${leftId}` });
    if (!rightIds.has(rightId)) issues.push({ path: ['pairs', leftId], message: `pairs ${leftId} with an unknown right id ${rightId}` });
    used.set(rightId, (used.get(rightId) ?? 0) + 1);
  }
  for (const id of leftIds) if (!(id in q.pairs)) issues.push({ path: ['pairs'], message: `left id ${id} is not paired` });
  if (q.oneToOne) {
    issues.push(...countIssue(q.left.length, 2, 5, 'left', 'left items'));
    for (const id of rightIds) {
      const n = used.get(id) ?? 0;
      if (n !== 1) issues.push({ path: ['pairs'], message: `right id ${id} is paired ${n} times; one-to-one needs exactly once` });
    }
  } else {
    // Classify: the right items are categories, each usable by many left items.
    issues.push(...countIssue(q.left.length, 4, 7, 'left', 'items to classify'));
    issues.push(...countIssue(q.right.length, 2, 3, 'right', 'categories'));
  }
  return issues;
}

export function questionIssues(q: PackQuestion): QuestionIssue[] {
  switch (q.interaction) {
    case 'choice':
      return choiceIssues(q);
    case 'order':
      return duplicates(q.choices.map((i) => i.id), 'choices', 'item');
    case 'match':
      return matchIssues(q);
    case 'text-entry':
    case 'hottext':
      return [];
  }
}
