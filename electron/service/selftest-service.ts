/** Self-test methods: attempts saved as the learner goes, graded on this side by the pure grader. */
import { randomUUID } from 'node:crypto';
import { paragraphText } from '../../data/article';
import type { Question } from '../../data/schemas/selftest';
import { selfTest } from '../../data/selftest';
import type { AttemptSummary, FinishedAttempt, OpenAttempt, selftestContract } from '../contract/selftest';
import { CallError } from '../contract/dispatch';
import type { FeatureHandlers } from '../contract/spec';
import { answerMismatch, isAnswered, missedQuestionIds } from '../domain/selftest/attempt';
import { cardFromQuestion } from '../domain/selftest/card-from-question';
import { gradeAttempt } from '../domain/selftest/grade';
import { shuffleAttempt } from '../domain/selftest/shuffle';
import type { ServiceContext } from './deps';
import { flashcardsHandlers } from './flashcards-service';
import type { StoreDoc } from '../store/schema';
import { attemptQuestion, currentQuestion, snapshotsOf, withQuestions } from './selftest-questions';


function summary(attempt: FinishedAttempt): AttemptSummary {
  const { id, mode, startedAt, finishedAt, score, max, percent } = attempt;
  return { id, mode, startedAt, finishedAt, score, max, percent };
}

function answeredCount(attempt: OpenAttempt): number {
  return attempt.questions.filter((layout) => {
    const question = attemptQuestion(attempt, layout.questionId);
    return question ? isAnswered(question, attempt.answers[layout.questionId]) : false;
  }).length;
}

function openAttempt(current: OpenAttempt | null, attemptId: string): OpenAttempt {
  if (!current || current.id !== attemptId) {
    throw new CallError('invalid-input', 'This attempt is no longer open: it was submitted or replaced by a newer one.');
  }
  return current;
}

/** The card already made from `question`: the one on record, else a self-test card with the same front and passage. */
function existingCardId(doc: StoreDoc, question: Question, front: string): string | null {
  const recorded = Object.hasOwn(doc.selftestCards, question.id) ? doc.selftestCards[question.id] : undefined;
  if (recorded && doc.userCards.some((card) => card.id === recorded)) return recorded;
  // A card made just before a crash that kept it but not the record (two writes) is still found here.
  const same = doc.userCards.find(
    (card) => card.kind === 'basic' && card.tags.includes('selftest') && card.front === front && card.source.quote === question.source.quote,
  );
  return same?.id ?? null;
}

export function selftestHandlers(deps: ServiceContext): FeatureHandlers<typeof selftestContract> {
  const { store, now, seed } = deps;
  // The self-test belongs to the pack that brings it; its cards cite that pack's document.
  const quizDocumentId = deps.packs.find((pack) => pack.selftest)?.document.id ?? '';
  const lastFinished = () => store.read().selftestFinished.at(-1) ?? null;
  // Cards are made through the flashcards methods, one at a time, so two quick clicks make one card.
  const cards = flashcardsHandlers(deps);
  let cardQueue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = cardQueue.then(task, task);
    cardQueue = run.catch(() => undefined);
    return run;
  };

  return {
    'selftest.overview': async () => {
      const doc = store.read();
      const finished = doc.selftestFinished;
      const kinds = new Map<string, number>();
      for (const q of selfTest.questions) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
      const best = finished.reduce<FinishedAttempt | null>((top, a) => (!top || a.percent > top.percent ? a : top), null);
      const last = lastFinished();
      const open = doc.selftestOpen;
      return {
        quizId: selfTest.id,
        title: selfTest.title,
        questionCount: selfTest.questions.length,
        kinds: [...kinds].map(([kind, count]) => ({ kind, count })),
        best: best ? summary(best) : null,
        last: last ? summary(last) : null,
        // Only questions the test still has can be retaken.
        missedCount: last ? missedQuestionIds(last.grades).filter((id) => currentQuestion(id)).length : 0,
        unfinished: open ? { id: open.id, mode: open.mode, answered: answeredCount(open), total: open.questions.length, updatedAt: open.updatedAt } : null,
      };
    },

    'selftest.start': async ({ mode }) => {
      let questions = selfTest.questions;
      if (mode === 'missed') {
        const last = lastFinished();
        if (!last) throw new CallError('invalid-input', 'There is no finished attempt yet, so there is nothing to retake.');
        const missed = new Set(missedQuestionIds(last.grades));
        if (missed.size === 0) throw new CallError('invalid-input', 'Your last attempt got every question right: there is nothing missed to retake.');
        questions = questions.filter((q) => missed.has(q.id));
        if (questions.length === 0) {
          throw new CallError('invalid-input', 'The questions your last attempt missed are no longer in the test (it was revised): take the whole test instead.');
        }
      }
      const at = now().toISOString();
      const plan = shuffleAttempt({ questions }, seed());
      const attempt: OpenAttempt = {
        id: `attempt-${now().getTime().toString(36)}-${randomUUID().slice(0, 8)}`,
        quizId: selfTest.id,
        mode,
        seed: plan.seed,
        questions: plan.questions,
        answers: {},
        startedAt: at,
        updatedAt: at,
        questionSnapshots: snapshotsOf(questions),
      };
      await store.update((draft) => {
        draft.selftestOpen = attempt;
      });
      return attempt;
    },

    'selftest.current': async () => {
      const open = store.read().selftestOpen;
      return open ? withQuestions(open) : null;
    },

    'selftest.answer': async ({ attemptId, questionId, answer }) => {
      const current = openAttempt(store.read().selftestOpen, attemptId);
      const question = attemptQuestion(current, questionId);
      if (!question || !current.questions.some((l) => l.questionId === questionId)) {
        throw new CallError('invalid-input', `Question ${questionId} is not part of this attempt.`);
      }
      const mismatch = answerMismatch(question, answer);
      if (mismatch) throw new CallError('invalid-input', `That answer does not fit the question: ${mismatch}.`);
      const next: OpenAttempt = { ...current, answers: { ...current.answers, [questionId]: answer }, updatedAt: now().toISOString() };
      await store.update((draft) => {
        draft.selftestOpen = next;
      });
      return { answered: answeredCount(next), total: next.questions.length };
    },

    'selftest.submit': async ({ attemptId }) => {
      const current = openAttempt(store.read().selftestOpen, attemptId);
      const questions = current.questions.map((l) => attemptQuestion(current, l.questionId)).filter((q): q is Question => q !== undefined);
      const grade = gradeAttempt(questions, current.answers, paragraphText);
      const finished: FinishedAttempt = {
        ...current,
        finishedAt: now().toISOString(),
        score: grade.score,
        max: grade.max,
        percent: grade.percent,
        grades: grade.perQuestion,
      };
      await store.update((draft) => {
        draft.selftestOpen = null;
        draft.selftestFinished.push(finished);
      });
      return withQuestions(finished);
    },

    'selftest.result': async ({ attemptId }) => {
      const found = store.read().selftestFinished.find((a) => a.id === attemptId);
      if (!found) throw new CallError('invalid-input', 'That attempt was not found among your finished attempts.');
      return withQuestions(found);
    },

    'selftest.history': async () => store.read().selftestFinished.map(summary),

    'selftest.makeCard': ({ attemptId, questionId }) =>
      oneAtATime(async () => {
        const doc = store.read();
        const attempt = doc.selftestFinished.find((a) => a.id === attemptId);
        if (!attempt) throw new CallError('invalid-input', 'That attempt was not found among your finished attempts.');
        const grade = attempt.grades.find((g) => g.questionId === questionId);
        const question = attemptQuestion(attempt, questionId);
        if (!grade || !question) throw new CallError('invalid-input', `Question ${questionId} is not part of this attempt.`);
        if (grade.score >= 1) throw new CallError('invalid-input', 'You got this question right, so no flashcard is made from it.');
        const { front, back } = cardFromQuestion(question);
        const existing = existingCardId(doc, question, front);
        if (existing) {
          if (doc.selftestCards[questionId] !== existing) {
            await store.update((draft) => {
              draft.selftestCards[questionId] = existing;
            });
          }
          return { cardId: existing, created: false };
        }
        const { paragraph, quote } = question.source;
        const start = paragraphText(paragraph).indexOf(quote);
        const card = await cards['cards.create']({ kind: 'basic', documentId: quizDocumentId, front, back, source: { paragraph, start, end: start + quote.length, quote }, tags: ['selftest'] });
        await store.update((draft) => {
          draft.selftestCards[questionId] = card.id;
        });
        return { cardId: card.id, created: true };
      }),

    'selftest.cards': async () => {
      const doc = store.read();
      const live = new Set(doc.userCards.map((card) => card.id));
      return Object.fromEntries(Object.entries(doc.selftestCards).filter(([, cardId]) => live.has(cardId)));
    },
  };
}
