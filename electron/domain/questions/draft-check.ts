/**
 * A draft question checked against its document: what stops a save (its shape, the rules of its kind
 * from pack/question-rules, quotes not verbatim in their block) and what the content rules advise
 * (data/lint: yes/no prompts, either/or prompts, length cues, dropped hedges). Pure.
 */
import type { z } from 'zod';
import { droppedHedges, frontCues, singleLengthCue } from '../../../data/lint/rules';
import { QuestionDraft, type QuestionHint } from '../../contract/questions-values';
import { isTrueFalse, type PackQuestion } from '../pack/pack-questions';
import { questionIssues } from '../pack/question-rules';

/** The words the editor uses for a draft's fields, so a problem names what the person sees. */
const FIELD_LABELS: Record<string, string> = {
  prompt: 'The question',
  claim: 'The claim',
  explanation: 'The explanation',
  choices: 'The answers',
  correct: 'The right answer',
  source: 'The passage',
  minOverlap: 'The overlap needed',
};

type RawChoice = { id?: unknown };
type RawDraft = { interaction?: unknown; choices?: RawChoice[]; correct?: unknown[] };

/** A choice named as the editor shows it: the right answer, or wrong answer n (distractors in order). */
function choiceLabel(draft: RawDraft, index: number): string {
  const choices = Array.isArray(draft.choices) ? draft.choices : [];
  const correct = Array.isArray(draft.correct) ? draft.correct : [];
  if (draft.interaction === 'order') return `Item ${index + 1}`;
  const isRight = (c: RawChoice | undefined) => c !== undefined && correct.includes(c.id);
  if (isRight(choices[index])) return 'The right answer';
  return `Wrong answer ${choices.slice(0, index + 1).filter((c) => !isRight(c)).length}`;
}

function fieldLabel(path: readonly PropertyKey[], draft: RawDraft): string {
  const [first, index] = path;
  if (first === undefined) return 'The question';
  if (first === 'choices' && typeof index === 'number') return choiceLabel(draft, index);
  return FIELD_LABELS[String(first)] ?? String(first);
}

function issueText(issue: z.core.$ZodIssue, draft: RawDraft): string {
  const label = fieldLabel(issue.path, draft);
  if (issue.code === 'too_small') return issue.origin === 'string' ? `${label} is empty` : `${label}: add at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `${label} is too long (at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''})`;
  return `${label}: ${issue.message}`;
}

/** Deeper than any draft is (a question, its choices, a choice's fields): what lies below is dropped. */
const DRAFT_DEPTH = 8;

/**
 * The draft with every blank text filled, so the content rules can advise on what is written so far.
 * Values nested deeper than DRAFT_DEPTH become null: a hostile draft nested thousands deep would
 * otherwise overflow the stack here (the schema has refused it already).
 */
function filled(value: unknown, depth = 0): unknown {
  if (depth > DRAFT_DEPTH) return null;
  if (typeof value === 'string') return value.trim() === '' ? '…' : value;
  if (Array.isArray(value)) return value.map((v) => filled(v, depth + 1));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, depth + 1)]));
  return value;
}

export type DraftCheck = { draft: QuestionDraft | null; problems: string[]; hints: QuestionHint[] };

/** Every quote a question cites: its own, and its items' where they carry one. */
function quotes(q: PackQuestion): { block: string; quote: string; what: string }[] {
  const own = [{ ...q.source, what: 'The passage' }];
  if (q.interaction !== 'order') return own;
  return [...own, ...q.choices.flatMap((item, i) => (item.source ? [{ ...item.source, what: `Item ${i + 1}’s passage` }] : []))];
}

/** Problems that stop a save: the shape, the kind's rules, quotes not found verbatim in their block. */
export function draftProblems(q: PackQuestion, blockText: (id: string) => string | undefined): string[] {
  const problems = questionIssues(q).map((issue) => `${fieldLabel(issue.path, q)}: ${issue.message}`);
  for (const { block, quote, what } of quotes(q)) {
    const text = blockText(block);
    if (text === undefined) problems.push(`${what} cites a block (${block}) the document does not have`);
    else if (!text.includes(quote)) problems.push(`${what} is not in the document word for word (block ${block}); select it again in the reader`);
  }
  return problems;
}

/** The content rules' advice on a question (docs/content.md); none of it stops a save. */
export function draftHints(q: PackQuestion): QuestionHint[] {
  const id = 'draft';
  const hints: QuestionHint[] = [];
  const faces: string[] = [q.explanation];
  if (q.interaction === 'choice') {
    faces.push(q.prompt);
    if (!isTrueFalse(q)) {
      faces.push(...q.choices.map((c) => c.text));
      hints.push(...frontCues(id, q.prompt));
      const cue = singleLengthCue({ id, options: q.choices, answer: q.correct[0] ?? '' }, id);
      if (cue) hints.push(cue);
    } else if (q.prompt.trim().endsWith('?')) {
      hints.push({ rule: 'statement', message: 'a true/false item is a statement the learner judges; write it without a question mark' });
    }
  } else if (q.interaction === 'order') {
    faces.push(q.prompt, ...q.choices.filter((c) => !c.source).map((c) => c.text));
    hints.push(...frontCues(id, q.prompt));
  } else if (q.interaction === 'hottext') {
    faces.push(q.claim);
  }
  hints.push(...droppedHedges({ id, source: q.source, faces }));
  return hints.map(({ rule, message }) => ({ rule, message }));
}

/** A draft as it arrives from the editor (any shape), checked against its document's blocks. */
export function checkDraft(input: unknown, blockText: (id: string) => string | undefined): DraftCheck {
  const parsed = QuestionDraft.safeParse(input);
  if (parsed.success) {
    const q = { ...parsed.data, id: 'draft' } as PackQuestion;
    return { draft: parsed.data, problems: draftProblems(q, blockText), hints: draftHints(q) };
  }
  const raw = (typeof input === 'object' && input !== null ? input : {}) as RawDraft;
  const problems = [...new Set(parsed.error.issues.map((issue) => issueText(issue, raw)))];
  // Advice on the words written so far; a length cue waits until every answer has its text.
  const partial = QuestionDraft.safeParse(filled(input));
  const blank = JSON.stringify(filled(input)).includes('"…"');
  const hints = partial.success ? draftHints({ ...partial.data, id: 'draft' } as PackQuestion).filter((h) => !(blank && h.rule === 'length-cue')) : [];
  return { draft: null, problems, hints };
}
