import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '../../../data/schemas/selftest';
import type { OpenAttempt } from '../../../electron/contract/selftest';
import { api } from '../../api/client';
import { FLUSH_SAVES_EVENT } from '../../../electron/contract/shell-events';

export type SaveState = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; message: string };

const TEXT_SAVE_DELAY_MS = 400;

/**
 * The attempt being taken: answers change on screen at once and are saved as the learner goes (typing
 * is saved after a short pause). A failed save keeps the answer on screen and says so; `retry` sends it again.
 */
export function useAttempt(initial: OpenAttempt) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(initial.answers);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  // Answers not yet acknowledged by the main side, by question id.
  const pending = useRef(new Map<string, Answer>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(0);

  const send = useCallback(
    async (questionId: string) => {
      const answer = pending.current.get(questionId);
      if (!answer) return;
      inFlight.current += 1;
      setSave({ state: 'saving' });
      try {
        await api['selftest.answer']({ documentId: initial.documentId, attemptId: initial.id, questionId, answer });
        if (pending.current.get(questionId) === answer) pending.current.delete(questionId);
        inFlight.current -= 1;
        if (inFlight.current === 0 && pending.current.size === 0) setSave({ state: 'saved' });
      } catch (error) {
        inFlight.current -= 1;
        setSave({ state: 'failed', message: (error as Error).message });
      }
    },
    [initial.id, initial.documentId],
  );

  const flush = useCallback(async () => {
    for (const timer of timers.current.values()) clearTimeout(timer);
    timers.current.clear();
    await Promise.all([...pending.current.keys()].map((id) => send(id)));
    return pending.current.size === 0;
  }, [send]);

  /** Records an answer; `typing` waits for a pause before saving. */
  const setAnswer = useCallback(
    (questionId: string, answer: Answer, typing = false) => {
      setAnswers((all) => ({ ...all, [questionId]: answer }));
      pending.current.set(questionId, answer);
      setSave({ state: 'saving' });
      clearTimeout(timers.current.get(questionId));
      if (typing) timers.current.set(questionId, setTimeout(() => void send(questionId), TEXT_SAVE_DELAY_MS));
      else void send(questionId);
    },
    [send],
  );

  // Typing in progress is saved when the screen goes away, and when the desktop app quits or closes.
  useEffect(() => {
    const now = () => void flush();
    window.addEventListener(FLUSH_SAVES_EVENT, now);
    return () => {
      window.removeEventListener(FLUSH_SAVES_EVENT, now);
      void flush();
    };
  }, [flush]);

  return { answers, setAnswer, save, flush };
}
