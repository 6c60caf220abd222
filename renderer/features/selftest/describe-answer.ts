// Plain-language lines for the feedback screen: what the learner answered and what was right, per kind.
import type { Answer, Question } from '../../../data/schemas/selftest';
import { paragraphLabel, paragraphText } from './content';

/** One line of an answer's description; `ok` marks a part that was right (true), wrong (false) or neutral. */
export type Line = { text: string; ok?: boolean };

const NONE: Line[] = [{ text: 'No answer.' }];
const quote = (paragraph: string, start: number, end: number) => `“${paragraphText(paragraph).slice(start, end)}”`;

/** The learner's answer, line by line, each part marked right or wrong where that is known. */
export function yourAnswer(question: Question, answer: Answer | undefined): Line[] {
  if (!answer || answer.kind !== question.kind) return NONE;
  switch (question.kind) {
    case 'single': {
      const a = answer as Extract<Answer, { kind: 'single' }>;
      const option = question.options.find((o) => o.id === a.optionId);
      return option ? [{ text: option.text, ok: option.id === question.answer }] : NONE;
    }
    case 'truefalse': {
      const a = answer as Extract<Answer, { kind: 'truefalse' }>;
      return a.value === null ? NONE : [{ text: a.value ? 'True' : 'False', ok: a.value === question.answer }];
    }
    case 'multi': {
      const a = answer as Extract<Answer, { kind: 'multi' }>;
      const lines = question.options.filter((o) => a.optionIds.includes(o.id)).map((o) => ({ text: o.text, ok: question.answers.includes(o.id) }));
      return lines.length ? lines : NONE;
    }
    case 'classify': {
      const a = answer as Extract<Answer, { kind: 'classify' }>;
      return question.items.map((item) => {
        const placed = a.placements[item.id];
        const label = question.categories.find((c) => c.id === placed)?.label ?? 'not sorted';
        return { text: `${item.text} → ${label}`, ok: placed === item.category };
      });
    }
    case 'order': {
      const a = answer as Extract<Answer, { kind: 'order' }>;
      return a.itemIds.map((id, i) => ({ text: `${i + 1}. ${question.items.find((x) => x.id === id)?.text ?? id}`, ok: question.items[i]?.id === id }));
    }
    case 'match': {
      const a = answer as Extract<Answer, { kind: 'match' }>;
      return question.left.map((person) => {
        const said = question.right.find((r) => r.id === a.pairs[person.id]);
        return { text: `${person.text} → ${said?.text ?? 'no statement chosen'}`, ok: a.pairs[person.id] === question.pairs[person.id] };
      });
    }
    case 'short': {
      const a = answer as Extract<Answer, { kind: 'short' }>;
      if (a.text.trim() === '') return NONE;
      const mark = { right: 'You marked it right.', partly: 'You marked it partly right.', wrong: 'You marked it wrong.' };
      return [{ text: a.text }, { text: a.selfMark ? mark[a.selfMark] : 'Not marked, so it scored 0.' }];
    }
    case 'evidence': {
      const a = answer as Extract<Answer, { kind: 'evidence' }>;
      if (!a.selection || a.selection.end <= a.selection.start) return NONE;
      const where = a.paragraph ?? question.source.paragraph;
      return [{ text: `In ${paragraphLabel(where)}: ${quote(where, a.selection.start, a.selection.end)}` }];
    }
  }
}

/** The right answer, line by line. */
export function rightAnswer(question: Question): Line[] {
  switch (question.kind) {
    case 'single':
      return [{ text: question.options.find((o) => o.id === question.answer)!.text }];
    case 'truefalse':
      return [{ text: question.answer ? 'True' : 'False' }];
    case 'multi':
      return question.options.filter((o) => question.answers.includes(o.id)).map((o) => ({ text: o.text }));
    case 'classify':
      return question.items.map((item) => ({ text: `${item.text} → ${question.categories.find((c) => c.id === item.category)!.label}` }));
    case 'order':
      return question.items.map((item, i) => ({ text: `${i + 1}. ${item.text}` }));
    case 'match':
      return question.left.map((person) => ({ text: `${person.text} → ${question.right.find((r) => r.id === question.pairs[person.id])!.text}` }));
    case 'short':
      return [{ text: question.modelAnswer }, ...question.keyPoints.map((p) => ({ text: `• ${p}` }))];
    case 'evidence':
      return [{ text: `In ${paragraphLabel(question.source.paragraph)}: “${question.source.quote}”` }];
  }
}
