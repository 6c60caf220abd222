/** Own questions on the built-in article for tests: one of each interaction, on the opening sentence. */
import type { QuestionDraftInput } from '../../contract/questions-values';

export const OPENING_QUOTE = 'NATO is in negotiations with Japan to open a liaison office no later than 2024 in Tokyo.';

export const choiceDraft = {
  interaction: 'choice',
  prompt: 'Where will NATO open its liaison office?',
  choices: [
    { id: 'a', text: 'In Tokyo' },
    { id: 'b', text: 'In Osaka' },
    { id: 'c', text: 'In Kyoto' },
  ],
  correct: ['a'],
  maxChoices: 1,
  explanation: 'The first sentence names Tokyo.',
  source: { block: 'p1', quote: OPENING_QUOTE },
} satisfies QuestionDraftInput;

export const evidenceDraft = {
  interaction: 'hottext',
  claim: 'NATO wants an office in Japan’s capital no later than 2024.',
  explanation: 'The opening sentence says so.',
  source: { block: 'p1', quote: OPENING_QUOTE },
} satisfies QuestionDraftInput;
