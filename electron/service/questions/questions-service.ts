/** The questions a user writes for a document (create, edit, delete with Undo, live checks) and the Moodle export. */
import { CallError } from '../../contract/dispatch';
import type { questionsContract } from '../../contract/questions';
import type { AuthoredQuestion, MoodleLoss, QuestionDraft } from '../../contract/questions-values';
import type { FeatureHandlers } from '../../contract/spec';
import { questionsToMoodleXml } from '../../domain/pack/moodle-xml';
import type { PackQuestion } from '../../domain/pack/pack-questions';
import { authoredKind, authoredKindLabels, viewOfAuthored } from '../../domain/questions/authored-questions';
import { checkDraft } from '../../domain/questions/draft-check';
import type { StoreDoc } from '../../store/schema';
import type { ServiceContext } from '../deps';
import type { LoadedDocument } from '../library/loaded-document';
import { documentSelfTest } from './document-self-test';

const learnerText = (q: PackQuestion) => (q.interaction === 'hottext' ? q.claim : q.prompt);

const missing = () => new CallError('invalid-input', 'That question no longer exists; it may have been deleted.');

/** The draft as a question of that document, or a refusal naming every problem. */
function checkedQuestion(document: LoadedDocument, id: string, draft: QuestionDraft): PackQuestion {
  const check = checkDraft(draft, document.blockText);
  if (!check.draft || check.problems.length > 0) throw new CallError('invalid-input', `The question was not saved: ${check.problems.join('; ')}.`);
  return { ...check.draft, id } as PackQuestion;
}

/** A label for the export report: the kind as the editor and the self-test call it. */
function reportLabel(q: PackQuestion): string {
  if (q.interaction === 'choice' && q.maxChoices === 0) return 'Several right answers';
  if (q.interaction === 'match') return q.oneToOne ? 'Match' : 'Classify';
  if (q.interaction === 'text-entry') return 'Short answer';
  return authoredKindLabels[authoredKind(q)];
}

export function questionsHandlers(context: ServiceContext): FeatureHandlers<typeof questionsContract> {
  const { store, now, documents, saveFile } = context;
  const indexOf = (doc: StoreDoc, id: string, deleted: boolean): number => {
    const index = doc.authoredQuestions.findIndex((q) => q.id === id && (q.deletedAt !== null) === deleted);
    if (index < 0) throw missing();
    return index;
  };
  const newId = () => `own-${now().getTime().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;

  const moodleFile = async (documentId: string) => {
    const loaded = await documents.load(documentId);
    const test = documentSelfTest(context, documentId, loaded.document.title);
    if (test.questions.length === 0) throw new CallError('invalid-input', 'This document has no questions to export yet. Select a passage in the reader and choose “Add question”.');
    const { xml, report } = questionsToMoodleXml(test.title, test.questions);
    const byId = new Map(test.questions.map((q) => [q.id, q]));
    const losses: MoodleLoss[] = report.map((r) => ({ questionId: r.questionId, text: learnerText(byId.get(r.questionId)!), label: reportLabel(byId.get(r.questionId)!), moodleType: r.moodleType, losses: r.losses }));
    const fileName = `lectern-selftest-${documentId}-${now().toISOString().slice(0, 10)}.xml`;
    return { fileName, mimeType: 'application/xml', content: xml, encoding: 'utf8' as const, report: losses };
  };

  return {
    'questions.list': async ({ documentId }) => {
      await documents.ready;
      const own = store.read().authoredQuestions.filter((q) => q.documentId === documentId && q.deletedAt === null);
      return { questions: own.map(viewOfAuthored) };
    },
    'questions.create': async ({ documentId, question }) => {
      const id = newId();
      const checked = checkedQuestion(await documents.load(documentId), id, question);
      const at = now().toISOString();
      const record: AuthoredQuestion = { id, documentId, question: checked, createdAt: at, updatedAt: at, deletedAt: null };
      await store.update((draft) => {
        draft.authoredQuestions.push(record);
      });
      return viewOfAuthored(record);
    },
    // Update and Undo build on the question as it stands when their write's turn comes (`current`):
    // a delete still being written is not undone.
    'questions.update': async ({ id, question }) => {
      const { documentId } = store.read().authoredQuestions[indexOf(store.read(), id, false)]!;
      const checked = checkedQuestion(await documents.load(documentId), id, question);
      const at = now().toISOString();
      const doc = await store.update((draft, current) => {
        const index = indexOf(current, id, false);
        draft.authoredQuestions[index] = { ...current.authoredQuestions[index]!, question: checked, updatedAt: at };
      });
      return viewOfAuthored(doc.authoredQuestions[indexOf(doc, id, false)]!);
    },
    'questions.delete': async ({ id }) => {
      const at = now().toISOString();
      await store.update((draft, current) => {
        const index = indexOf(current, id, false);
        draft.authoredQuestions[index] = { ...current.authoredQuestions[index]!, deletedAt: at, updatedAt: at };
      });
      return { ok: true as const };
    },
    'questions.undoDelete': async ({ id }) => {
      const at = now().toISOString();
      const doc = await store.update((draft, current) => {
        const index = indexOf(current, id, true);
        draft.authoredQuestions[index] = { ...current.authoredQuestions[index]!, deletedAt: null, updatedAt: at };
      });
      return viewOfAuthored(doc.authoredQuestions[indexOf(doc, id, false)]!);
    },
    'questions.check': async ({ documentId, question }) => {
      const { problems, hints } = checkDraft(question, (await documents.load(documentId)).blockText);
      return { problems, hints };
    },
    'questions.exportMoodle': async ({ documentId }) => moodleFile(documentId),
    'questions.saveMoodleExport': async ({ documentId }) => {
      const file = await moodleFile(documentId);
      if (!saveFile) return { saved: { outcome: 'unavailable' as const }, report: file.report };
      const saved = await saveFile({ fileName: file.fileName, mimeType: file.mimeType, content: file.content, title: 'Export the self-test for Moodle' });
      return { saved, report: file.report };
    },
  };
}
