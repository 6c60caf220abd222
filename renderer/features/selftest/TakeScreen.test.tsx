// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenAttempt } from '../../../electron/contract/selftest';
import { FLUSH_SAVES_EVENT } from '../../../electron/contract/shell-events';
import { selfTest } from '../../../data/selftest';
import { TakeScreen } from './TakeScreen';

const answer = vi.fn<(input: unknown) => Promise<unknown>>();
const submit = vi.fn<(input: unknown) => Promise<unknown>>();
vi.mock('../../api/client', () => ({
  api: {
    'selftest.answer': (input: unknown) => answer(input),
    'selftest.submit': (input: unknown) => submit(input),
  },
}));

const attempt: OpenAttempt = {
  id: 'attempt-1',
  documentId: 'japan-nato',
  quizId: 'membership',
  mode: 'all',
  seed: 1,
  questions: [{ questionId: 'tf-ruled-out', kind: 'truefalse' }, { questionId: 'tf-taiwan', kind: 'truefalse' }],
  answers: {},
  startedAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  // The main side sends every attempt with its questions (the renderer reads no data/ file).
  questionSnapshots: Object.fromEntries(selfTest.questions.map((q) => [q.id, q])),
};

afterEach(cleanup);

beforeEach(() => {
  answer.mockReset();
  submit.mockReset();
});

describe('TakeScreen', () => {
  it('shows progress and saves each answer as it is given', async () => {
    answer.mockResolvedValue({ answered: 1, total: 2 });
    render(<TakeScreen attempt={attempt} onFinished={vi.fn<(done: unknown) => void>()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Question 1 of 2');
    await userEvent.click(screen.getByRole('radio', { name: 'False' }));
    await waitFor(() => expect(screen.getByText('All answers saved')).toBeInTheDocument());
    expect(answer).toHaveBeenCalledWith({ documentId: 'japan-nato', attemptId: 'attempt-1', questionId: 'tf-ruled-out', answer: { kind: 'truefalse', value: false } });
  });

  it('keeps an answer that failed to save on screen, says so, and saves it on “Try again”', async () => {
    answer.mockRejectedValueOnce(new Error('Not saved: disk full.')).mockResolvedValue({ answered: 1, total: 2 });
    render(<TakeScreen attempt={attempt} onFinished={vi.fn<(done: unknown) => void>()} />);
    await userEvent.click(screen.getByRole('radio', { name: 'True' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your last answer was not saved: Not saved: disk full. It is still on screen.');
    expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('All answers saved')).toBeInTheDocument());
    expect(answer).toHaveBeenCalledTimes(2);
  });

  it('does not submit while an answer is unsaved, and keeps the answers', async () => {
    answer.mockRejectedValue(new Error('Not saved: disk full.'));
    render(<TakeScreen attempt={attempt} onFinished={vi.fn<(done: unknown) => void>()} />);
    await userEvent.click(screen.getByRole('radio', { name: 'True' }));
    await userEvent.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(screen.getByText('1 question is not answered yet; unanswered questions score 0.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(await screen.findByText(/Some answers could not be saved, so the attempt was not submitted\. Your answers are kept/)).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends an answer still being typed at once when the desktop app is about to quit', async () => {
    answer.mockResolvedValue({ answered: 1, total: 1 });
    const typed: OpenAttempt = { ...attempt, questions: [{ questionId: 'short-why-not-soon', kind: 'short' }] };
    render(<TakeScreen attempt={typed} onFinished={vi.fn<(done: unknown) => void>()} />);
    await userEvent.type(screen.getByLabelText('Your answer'), 'Unanimity');
    expect(answer).not.toHaveBeenCalled(); // still inside the typing pause
    window.dispatchEvent(new Event(FLUSH_SAVES_EVENT));
    expect(answer).toHaveBeenCalledOnce(); // synchronously, before the preload answers main
    expect(answer).toHaveBeenCalledWith(expect.objectContaining({ questionId: 'short-why-not-soon', answer: expect.objectContaining({ text: 'Unanimity' }) }));
  });
});
