// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import type { Answer, AnswerOf, Question } from '../../../../data/schemas/selftest';
import { shortView } from './short';

const ShortQuestion = shortView.Question;

afterEach(cleanup);

const question = {
  id: 'short-why-not',
  kind: 'short',
  prompt: 'Why is Japan unlikely to join NATO soon?',
  modelAnswer: 'Japan does not want to, and NATO is defined by the North Atlantic.',
  keyPoints: ['Japan has no plans to join', 'geography'],
} as unknown as Extract<Question, { kind: 'short' }>;

function Harness() {
  const [answer, setAnswer] = useState<AnswerOf<'short'> | null>(null);
  return <ShortQuestion question={question} layout={{} as never} answer={answer} onAnswer={(next: Answer) => setAnswer(next as AnswerOf<'short'>)} labelledBy="q" />;
}

it('moves focus to the self-marking controls after "Check my answer"', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.type(screen.getByLabelText('Your answer'), 'They do not want to.');
  await user.click(screen.getByRole('button', { name: 'Check my answer' }));
  expect(screen.getByRole('radio', { name: 'Right' })).toHaveFocus();
  expect(screen.getByRole('radio', { name: 'Right' })).not.toBeChecked();
});
