/** Self-test methods: attempts saved as the learner goes, graded on this side by the pure grader. */
import { randomUUID } from 'node:crypto';
import type { Question } from '../../data/schemas/selftest';
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
import { documentQuestions, questionLookup, snapshotsOf, withQuestions, type QuestionLookup } from './selftest-questions';

function summary(attempt: FinishedAttempt): AttemptSummary {
  const { id, mode, startedAt, finishedAt, score, max, percent } = attempt;
  return { id, mode, startedAt, finishedAt, score, max, percent };
}

function answeredCount(lookup: QuestionLookup, attempt: OpenAttempt): number {
  return attempt.questions.filter((layout) => {
    const question = lookup.ofAttempt(attempt, layout.questionId);
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
function existingCardId(doc: StoreDoc, documentId: string, question: Question, front: string): string | null {
  const recorded = cardRecord(doc, documentId)[question.id];
  if (recorded && doc.userCards.some((card) => card.id === recorded)) return recorded;
  // A card made just before a crash that kept it but not the record (two writes) is still found here.
  const same = doc.userCards.find(
    (card) =>
      card.documentId === documentId && card.kind === 'basic' && card.tags.includes('selftest') && card.front === front && card.source.quote === question.source.quote,
  );
  return same?.id ?? null;
}

/** The document's question → card record. */
function cardRecord(doc: StoreDoc, documentId: string): Record<string, string> {
  return Object.hasOwn(doc.selftestCards, documentId) ? (doc.selftestCards[documentId] ?? {}) : {};
}

function openOf(doc: StoreDoc, documentId: string): OpenAttempt | null {
  return Object.hasOwn(doc.selftestOpen, documentId) ? (doc.selftestOpen[documentId] ?? null) : null;
}

export function selftestHandlers(deps: ServiceContext): FeatureHandlers<typeof selftestContract> {
  const { store, now, seed, documents } = deps;
  /** The document's self-test; a document without questions has none to take. */
  const testOf = (documentId: string) => {
    if (!documents.entry(store.read(), documentId)) throw new CallError('invalid-input', `There is no document “${documentId}” in your library; it may have been removed.`);
    const test = documentQuestions(deps, documentId);
    if (!test) throw new CallError('invalid-input', 'This document has no self-test.');
    return { ...test, lookup: questionLookup(test.questions) };
  };
  /** A finished attempt's lookup needs no live test: its snapshots carry its questions. */
  const lookupOf = (documentId: string) => questionLookup(documentQuestions(deps, documentId)?.questions ?? []);
  const finishedOf = (documentId: string) => store.read().selftestFinished.filter((a) => a.documentId === documentId);
  const lastFinished = (documentId: string) => finishedOf(documentId).at(-1) ?? null;
  // Cards are made through the flashcards methods, one at a time, so two quick clicks make one card.
  const cards = flashcardsHandlers(deps);
  let cardQueue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = cardQueue.then(task, task);
    cardQueue = run.catch(() => undefined);
    return run;
  };

  return {
    'selftest.overview': async ({ documentId }) => {
      const test = testOf(documentId);
      const doc = store.read();
      const finished = finishedOf(documentId);
      const kinds = new Map<string, number>();
      for (const q of test.questions) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
      const best = finished.reduce<FinishedAttempt | null>((top, a) => (!top || a.percent > top.percent ? a : top), null);
      const last = lastFinished(documentId);
      const open = openOf(doc, documentId);
      return {
        quizId: test.quizId,
        title: test.title,
        questionCount: test.questions.length,
        kinds: [...kinds].map(([kind, count]) => ({ kind, count })),
        best: best ? summary(best) : null,
        last: last ? summary(last) : null,
        // Only questions the test still has can be retaken.
        missedCount: last ? missedQuestionIds(last.grades).filter((id) => test.lookup.current(id)).length : 0,
        unfinished: open ? { id: open.id, mode: open.mode, answered: answeredCount(test.lookup, open), total: open.questions.length, updatedAt: open.updatedAt } : null,
      };
    },

    'selftest.start': async ({ documentId, mode }) => {
      const test = testOf(documentId);
      let questions = test.questions;
      if (mode === 'missed') {
        const last = lastFinished(documentId);
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
        documentId,
        quizId: test.quizId,
        mode,
        seed: plan.seed,
        questions: plan.questions,
        answers: {},
        startedAt: at,
        updatedAt: at,
        questionSnapshots: snapshotsOf(questions),
      };
      await store.update((draft) => {
        draft.selftestOpen[documentId] = attempt;
      });
      return attempt;
    },

    'selftest.current': async ({ documentId }) => {
      const open = openOf(store.read(), documentId);
      return open ? withQuestions(lookupOf(documentId), open) : null;
    },

    // Answer and submit build on the attempt as it stands when their write's turn comes (`current`):
    // two answers saved a moment apart both stay.
    'selftest.answer': async ({ documentId, attemptId, questionId, answer }) => {
      const lookup = lookupOf(documentId);
      const doc = await store.update((draft, current) => {
        const open = openAttempt(openOf(current, documentId), attemptId);
        const question = lookup.ofAttempt(open, questionId);
        if (!question || !open.questions.some((l) => l.questionId === questionId)) {
          throw new CallError('invalid-input', `Question ${questionId} is not part of this attempt.`);
        }
        const mismatch = answerMismatch(question, answer);
        if (mismatch) throw new CallError('invalid-input', `That answer does not fit the question: ${mismatch}.`);
        draft.selftestOpen[documentId] = { ...open, answers: { ...open.answers, [questionId]: answer }, updatedAt: now().toISOString() };
      });
      const next = openAttempt(openOf(doc, documentId), attemptId);
      return { answered: answeredCount(lookup, next), total: next.questions.length };
    },

    'selftest.submit': async ({ documentId, attemptId }) => {
      openAttempt(openOf(store.read(), documentId), attemptId);
      const lookup = lookupOf(documentId);
      const text = await documents.load(documentId);
      const doc = await store.update((draft, current) => {
        const open = openAttempt(openOf(current, documentId), attemptId);
        const questions = open.questions.map((l) => lookup.ofAttempt(open, l.questionId)).filter((q): q is Question => q !== undefined);
        const grade = gradeAttempt(questions, open.answers, (id) => text.blockText(id) ?? '');
        const finished: FinishedAttempt = {
          ...open,
          finishedAt: now().toISOString(),
          score: grade.score,
          max: grade.max,
          percent: grade.percent,
          grades: grade.perQuestion,
        };
        delete draft.selftestOpen[documentId];
        draft.selftestFinished.push(finished);
      });
      const finished = doc.selftestFinished.findLast((a) => a.id === attemptId);
      if (!finished) throw new CallError('invalid-input', 'This attempt is no longer open: it was submitted or replaced by a newer one.');
      return withQuestions(lookup, finished);
    },

    'selftest.result': async ({ documentId, attemptId }) => {
      const found = finishedOf(documentId).find((a) => a.id === attemptId);
      if (!found) throw new CallError('invalid-input', 'That attempt was not found among your finished attempts.');
      return withQuestions(lookupOf(documentId), found);
    },

    'selftest.history': async ({ documentId }) => finishedOf(documentId).map(summary),

    'selftest.makeCard': ({ documentId, attemptId, questionId }) =>
      oneAtATime(async () => {
        const doc = store.read();
        const attempt = finishedOf(documentId).find((a) => a.id === attemptId);
        if (!attempt) throw new CallError('invalid-input', 'That attempt was not found among your finished attempts.');
        const grade = attempt.grades.find((g) => g.questionId === questionId);
        const question = lookupOf(documentId).ofAttempt(attempt, questionId);
        if (!grade || !question) throw new CallError('invalid-input', `Question ${questionId} is not part of this attempt.`);
        if (grade.score >= 1) throw new CallError('invalid-input', 'You got this question right, so no flashcard is made from it.');
        const { front, back } = cardFromQuestion(question);
        const record = (cardId: string) =>
          store.update((draft) => {
            draft.selftestCards[documentId] = { ...cardRecord(draft, documentId), [questionId]: cardId };
          });
        const existing = existingCardId(doc, documentId, question, front);
        if (existing) {
          if (cardRecord(doc, documentId)[questionId] !== existing) await record(existing);
          return { cardId: existing, created: false };
        }
        const { paragraph, quote } = question.source;
        const start = ((await documents.load(documentId)).blockText(paragraph) ?? '').indexOf(quote);
        const card = await cards['cards.create']({ kind: 'basic', documentId, front, back, source: { paragraph, start, end: start + quote.length, quote }, tags: ['selftest'] });
        await record(card.id);
        return { cardId: card.id, created: true };
      }),

    'selftest.cards': async ({ documentId }) => {
      const doc = store.read();
      const live = new Set(doc.userCards.map((card) => card.id));
      return Object.fromEntries(Object.entries(cardRecord(doc, documentId)).filter(([, cardId]) => live.has(cardId)));
    },
  };
}
