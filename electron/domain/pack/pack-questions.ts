import { z } from 'zod';
import { ChoiceOption, QuotedItem } from '../../../data/schemas/selftest';
import { PackSource, PlainText, Slug } from './pack-source';

// A pack's self-test questions, one shape per QTI 3 interaction, so a QTI export is a mapping.
// `interaction` names the QTI interaction; today's question kinds map onto them (docs/packs.md):
//   single, multi, truefalse -> choice   (choiceInteraction; true/false = the choices `true`, `false`)
//   order                    -> order    (orderInteraction)
//   match, classify          -> match    (matchInteraction; classify = many left items per right category)
//   short                    -> text-entry (textEntryInteraction; Lectern self-marks it)
//   evidence                 -> hottext  (hottextInteraction: the learner selects the passage)
// The bounds are the app's own, so every valid pack question is one Lectern can show and grade.

const Text = PlainText(2000);
const common = {
  id: Slug.describe('Stable id: the learner’s attempts are kept by it across pack versions.'),
  explanation: Text.describe('Shown after the answer: why the right answer is right.'),
  source: PackSource,
};

/** An option or item, with its own optional citation when it is a claim of the text. */
export const PackItem = QuotedItem.omit({ source: true })
  .extend({ id: Slug, text: PlainText(500), source: PackSource.optional() })
  .strict();
export type PackItem = z.infer<typeof PackItem>;

export const PackChoice = ChoiceOption.extend({ id: Slug, text: PlainText(500) }).strict();
export type PackChoice = z.infer<typeof PackChoice>;

export const ChoiceQuestion = z
  .object({
    ...common,
    interaction: z.literal('choice'),
    prompt: Text,
    choices: z.array(PackChoice).min(2).max(6),
    correct: z.array(Slug).min(1).describe('Ids of the correct choices.'),
    maxChoices: z
      .union([z.literal(0), z.literal(1)])
      .describe('QTI max-choices: 1 = pick one (single, true/false), 0 = pick any number (multi).'),
  })
  .strict();

export const OrderQuestion = z
  .object({
    ...common,
    interaction: z.literal('order'),
    prompt: Text,
    choices: z.array(PackItem).min(3).max(6).describe('Listed in the correct order; shuffled for the learner.'),
  })
  .strict();

export const MatchQuestion = z
  .object({
    ...common,
    interaction: z.literal('match'),
    prompt: Text,
    left: z.array(PackItem).min(2).max(7),
    right: z.array(PackItem).min(2).max(5),
    pairs: z.record(Slug, Slug).describe('Every left id to the right id it belongs with.'),
    oneToOne: z
      .boolean()
      .describe('true: each right item takes exactly one left item (match); false: right items are categories (classify).'),
  })
  .strict();

export const TextEntryQuestion = z
  .object({
    ...common,
    interaction: z.literal('text-entry'),
    prompt: Text,
    modelAnswer: Text,
    keyPoints: z.array(PlainText(500)).min(2).max(5),
    acceptedAnswers: z
      .array(PlainText(200))
      .min(1)
      .max(10)
      .optional()
      .describe('Short exact answers, for tools that grade by matching (Moodle short answer); Lectern self-marks.'),
  })
  .strict();

export const HottextQuestion = z
  .object({
    ...common,
    interaction: z.literal('hottext'),
    claim: Text.describe('The claim the learner finds the evidence for; the expected passage is source.quote.'),
    minOverlap: z.number().gt(0).max(1).default(0.5).describe('Share of the quote a selection must overlap for full marks.'),
  })
  .strict();

export const PackQuestion = z.discriminatedUnion('interaction', [
  ChoiceQuestion,
  OrderQuestion,
  MatchQuestion,
  TextEntryQuestion,
  HottextQuestion,
]);
export type PackQuestion = z.infer<typeof PackQuestion>;
export type PackInteraction = PackQuestion['interaction'];
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;
export type OrderQuestion = z.infer<typeof OrderQuestion>;
export type MatchQuestion = z.infer<typeof MatchQuestion>;
export type TextEntryQuestion = z.infer<typeof TextEntryQuestion>;
export type HottextQuestion = z.infer<typeof HottextQuestion>;

/** A choice question that is a true/false statement: exactly the choices `true` and `false`, pick one. */
export function isTrueFalse(q: ChoiceQuestion): boolean {
  const ids = q.choices.map((c) => c.id).sort();
  return q.maxChoices === 1 && ids.length === 2 && ids[0] === 'false' && ids[1] === 'true';
}
