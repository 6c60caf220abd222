import archiveJson from './archive/selftest-v1.json';
import type { Question } from './schemas/selftest';
import { SelfTest } from './schemas/selftest';

/**
 * The self-test as shipped before the content rewrite (issue 10), kept so an attempt saved then,
 * which carries no snapshot of its questions, still shows each question as it was answered.
 */
export const selfTestV1: SelfTest = SelfTest.parse(archiveJson);

const byId = new Map<string, Question>(selfTestV1.questions.map((q) => [q.id, q]));

/** A question of the pre-rewrite self-test, by id. */
export function archivedQuestion(id: string): Question | undefined {
  return byId.get(id);
}
