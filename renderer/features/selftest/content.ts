// What the self-test screens show of a question and its document. The questions come with every
// attempt (its snapshots, from the main side) and the text from the open document (the current
// document context), so any document's self-test shows the same way; nothing here reads data/.
import { useMemo } from 'react';
import type { Question, QuestionKind } from '../../../data/schemas/selftest';
import type { Block } from '../../../electron/domain/document/document';
import { useCurrentDocument } from '../app/current-document';
import type { Passage } from '../app/router';
import { kindModule } from '../../../electron/domain/selftest/kinds/kind';
import { selftestKinds } from '../../../electron/domain/selftest/kinds/registry';
import { paragraphLabel } from '../../../electron/domain/selftest/kinds/shared';

/**
 * The question as the attempt asked it: the snapshot the main side sends with every attempt (so a
 * question rewritten or removed since still shows as it was answered); null when it has none.
 */
export function attemptQuestion(attempt: { questionSnapshots?: Record<string, Question> | undefined }, id: string): Question | null {
  return attempt.questionSnapshots?.[id] ?? null;
}

/** The attempt's questions in its order, each with its layout; a question no version of which survives is left out. */
export function attemptQuestions<L extends { questionId: string }>(attempt: { questions: readonly L[]; questionSnapshots?: Record<string, Question> | undefined }) {
  return attempt.questions.flatMap((layout) => {
    const question = attemptQuestion(attempt, layout.questionId);
    return question ? [{ layout, question }] : [];
  });
}

/** Text of a block of a document, by id ('' for an id it does not have). */
export type BlockText = (id: string) => string;

const noText: BlockText = () => '';

/** The open document's block text, by id. */
export function useBlockText(): BlockText {
  const paragraphs = useCurrentDocument()?.document.paragraphs;
  // One function per document, so effects that depend on it run when the text changes, not every render.
  return useMemo(() => {
    if (!paragraphs) return noText;
    const byId = new Map(paragraphs.map((block) => [block.id, block.text]));
    return (id: string) => byId.get(id) ?? '';
  }, [paragraphs]);
}

/** The blocks shown around a cited block: the section of the open document that holds it. */
export function useSectionOf(blockId: string): readonly Block[] {
  const sections = useCurrentDocument()?.document.sections ?? [];
  return sections.find((section) => section.blocks.some((block) => block.id === blockId))?.blocks ?? [];
}

/** The passage a source quote stands for, in block-local offsets ("Show in article"). */
export function passageOf(source: { paragraph: string; quote: string }, blockText: BlockText): Passage {
  const start = Math.max(0, blockText(source.paragraph).indexOf(source.quote));
  return { paragraphId: source.paragraph, start, end: start + source.quote.length };
}

/** How each kind is named to the learner (each kind's own `label`). */
export const kindLabels = Object.fromEntries(Object.values(selftestKinds).map((k) => [k.kind, k.label])) as Record<QuestionKind, string>;

/** The question's main text, whatever its kind. */
export function promptOf(question: Question): string {
  return kindModule(selftestKinds, question.kind).prompt(question);
}

/** Paragraph number as a reader says it ("paragraph 4"). */
export { paragraphLabel };
