/**
 * The question editor's form: one flat state for the four kinds, so switching kind keeps what was
 * typed, turned into the pack-shaped draft the main side checks and stores (QuestionDraft).
 */
import type { AuthoredKind, AuthoredQuestionView, QuestionDraftInput } from '../../../electron/contract/questions-values';

type PackQuestion = AuthoredQuestionView['question'];

export type FormState = {
  kind: AuthoredKind;
  /** The question (one right answer, order), the statement (true/false) or the claim (find the evidence). */
  text: string;
  answer: string;
  distractors: string[];
  truth: boolean;
  /** Order: the items, in the right order. */
  items: string[];
  explanation: string;
};

/** The passage a question cites: a block of the document and the words chosen in it. */
export type CitedPassage = { block: string; quote: string };

export const KIND_OPTIONS: readonly { value: AuthoredKind; label: string; hint: string }[] = [
  { value: 'single', label: 'One right answer', hint: 'A question, its right answer and two to four wrong ones' },
  { value: 'truefalse', label: 'True or false', hint: 'A statement the learner judges' },
  { value: 'order', label: 'Put in order', hint: 'Three to six items the learner puts in order' },
  { value: 'evidence', label: 'Find the evidence', hint: 'A claim; the learner finds this passage in the text' },
];

/** What the main text field is called for each kind. */
export const TEXT_LABELS: Record<AuthoredKind, string> = {
  single: 'Question',
  truefalse: 'Statement',
  order: 'Question (what to put in order)',
  evidence: 'Claim the passage supports',
};

export function emptyForm(kind: AuthoredKind = 'single'): FormState {
  return { kind, text: '', answer: '', distractors: ['', ''], truth: true, items: ['', '', ''], explanation: '' };
}

/** The form of a stored question, to edit it. */
export function formOf(kind: AuthoredKind, q: PackQuestion): FormState {
  const form = { ...emptyForm(kind), explanation: q.explanation };
  switch (q.interaction) {
    case 'choice': {
      if (kind === 'truefalse') return { ...form, text: q.prompt, truth: q.correct[0] === 'true' };
      const right = q.choices.find((c) => q.correct.includes(c.id));
      return { ...form, text: q.prompt, answer: right?.text ?? '', distractors: q.choices.filter((c) => c !== right).map((c) => c.text) };
    }
    case 'order':
      return { ...form, text: q.prompt, items: q.choices.map((c) => c.text) };
    case 'hottext':
      return { ...form, text: q.claim };
    default:
      return form;
  }
}

const LETTERS = 'abcdefghij';

/** The draft the main side checks and saves, citing `source`. */
export function draftOf(form: FormState, source: CitedPassage): QuestionDraftInput {
  const common = { explanation: form.explanation, source };
  switch (form.kind) {
    case 'single': {
      const texts = [form.answer, ...form.distractors];
      return { ...common, interaction: 'choice', prompt: form.text, choices: texts.map((text, i) => ({ id: LETTERS[i] ?? `x${i}`, text })), correct: ['a'], maxChoices: 1 };
    }
    case 'truefalse':
      return {
        ...common,
        interaction: 'choice',
        prompt: form.text,
        choices: [
          { id: 'true', text: 'True' },
          { id: 'false', text: 'False' },
        ],
        correct: [String(form.truth)],
        maxChoices: 1,
      };
    case 'order':
      return { ...common, interaction: 'order', prompt: form.text, choices: form.items.map((text, i) => ({ id: `item-${i + 1}`, text })) };
    case 'evidence':
      return { ...common, interaction: 'hottext', claim: form.text };
  }
}

/** `#/questions/new?passage=<block>:<start>-<end>` → the block and offsets; null when malformed. */
export function parseQuestionPassage(value: string | null): { block: string; start: number; end: number } | null {
  const match = value ? /^([A-Za-z0-9_-]{1,64}):(\d+)-(\d+)$/.exec(value) : null;
  if (!match) return null;
  const start = Number(match[2]);
  const end = Number(match[3]);
  return end > start ? { block: match[1]!, start, end } : null;
}

/** The words of a block between two offsets, without the spaces a drag picks up at the ends. */
export function passageQuote(blockText: string, start: number, end: number): string | null {
  if (end > blockText.length) return null;
  const quote = blockText.slice(start, end).trim();
  return quote.length >= 3 ? quote : null;
}
