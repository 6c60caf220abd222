import { useState } from 'react';
import type { AuthoredQuestionView } from '../../../electron/contract/questions-values';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { Toast } from '../../ui/Toast';
import { AppHeader } from '../app/AppHeader';
import { useCurrentDocument, type CurrentDocument } from '../app/current-document';
import { navigate, type Route } from '../app/router';
import { MoodleExport } from './MoodleExport';
import { QuestionEditor } from './QuestionEditor';
import { QuestionList, questionText } from './QuestionList';
import { emptyForm, formOf, parseQuestionPassage, passageQuote, type CitedPassage } from './question-form';
import { useQuestions } from './useQuestions';

/**
 * The open document's own questions: `#/questions` lists them (edit, delete with Undo) with the
 * Moodle export; `#/questions/new?passage=<block>:<start>-<end>` writes one from a passage the reader's
 * "Add question" chose; `#/questions/edit?id=<id>` edits one.
 */
export function QuestionsPage({ route }: { route: Route }) {
  const current = useCurrentDocument();
  return (
    <>
      <AppHeader current="questions" />
      <main className="flashcards-page questions-page" id="main">
        {!current ? <NoDocument /> : <Pages current={current} route={route} />}
      </main>
    </>
  );
}

function Pages({ current, route }: { current: CurrentDocument; route: Route }) {
  const documentId = current.document.id;
  if (route.path === 'questions/new') {
    const passage = parseQuestionPassage(route.params.get('passage'));
    const block = passage ? current.document.paragraphs.find((b) => b.id === passage.block) : undefined;
    const quote = passage && block ? passageQuote(block.text, passage.start, passage.end) : null;
    if (!block || !quote) return <NoPassage />;
    return <EditorScreen title="Add a question" documentId={documentId} source={{ block: block.id, quote }} editing={null} />;
  }
  if (route.path === 'questions/edit') return <EditExisting documentId={documentId} id={route.params.get('id') ?? ''} />;
  return <ListScreen current={current} saved={route.params.get('saved')} />;
}

/** Reached by its address with nothing open (the navigation leaves the entry out then). */
function NoDocument() {
  return (
    <>
      <h1 className="page-title">Questions</h1>
      <div className="empty-state">
        <p>Questions are written from a document’s passages, and no document is open.</p>
        <p>
          Open one from your <a href="#/library">library</a>, select words in the reader and choose “Add question”.
        </p>
      </div>
    </>
  );
}

function NoPassage() {
  return (
    <>
      <h1 className="page-title">Add a question</h1>
      <div className="empty-state">
        <p>This link does not point at a passage of the open document.</p>
        <p>
          Select words in the <a href="#/reader">reader</a> and choose “Add question”, or see <a href="#/questions">your questions</a>.
        </p>
      </div>
    </>
  );
}

function EditorScreen({ title, documentId, source, editing }: { title: string; documentId: string; source: CitedPassage; editing: AuthoredQuestionView | null }) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <figure className="passage">
        <blockquote>“{source.quote}”</blockquote>
        <figcaption>The passage this question cites</figcaption>
      </figure>
      <QuestionEditor
        documentId={documentId}
        source={source}
        initial={editing ? formOf(editing.kind, editing.question) : emptyForm()}
        {...(editing ? { editing: editing.id } : {})}
        onSaved={(q) => navigate('questions', { saved: q.id })}
        onCancel={() => navigate(editing ? 'questions' : 'reader')}
      />
    </>
  );
}

function EditExisting({ documentId, id }: { documentId: string; id: string }) {
  const { questions, error } = useQuestions(documentId);
  if (error) return <Banner tone="error" title="Your questions could not be loaded">{error}</Banner>;
  if (!questions) return <p role="status">Loading…</p>;
  const question = questions.find((q) => q.id === id);
  if (!question) {
    return (
      <>
        <h1 className="page-title">Edit a question</h1>
        <p className="empty-state">That question is not in this document any more. See <a href="#/questions">your questions</a>.</p>
      </>
    );
  }
  return <EditorScreen key={question.id} title="Edit a question" documentId={documentId} source={question.question.source} editing={question} />;
}

function ListScreen({ current, saved }: { current: CurrentDocument; saved: string | null }) {
  const { questions, error, reload } = useQuestions(current.document.id);
  const [toast, setToast] = useState<{ tone: 'info' | 'error'; text: string; undo?: string } | null>(null);
  const savedQuestion = saved ? questions?.find((q) => q.id === saved) : undefined;
  const remove = (q: AuthoredQuestionView) =>
    void api['questions.delete']({ id: q.id }).then(
      () => {
        setToast({ tone: 'info', text: `Question deleted: “${questionText(q.question).slice(0, 60)}”.`, undo: q.id });
        void reload();
      },
      (e: Error) => setToast({ tone: 'error', text: `Not deleted: ${e.message}` }),
    );
  const undo = (id: string) =>
    void api['questions.undoDelete']({ id }).then(
      () => {
        setToast({ tone: 'info', text: 'Question restored.' });
        void reload();
      },
      (e: Error) => setToast({ tone: 'error', text: `Not restored: ${e.message}` }),
    );
  return (
    <>
      <h1 className="page-title">Questions</h1>
      <p className="questions-page__lead">
        Your own questions on “{current.item.title}”. To add one, select a passage in the <a href="#/reader">reader</a> and choose “Add question”.
      </p>
      {savedQuestion && (
        <p className="moodle-export__status" role="status">
          Question saved: “{questionText(savedQuestion.question).slice(0, 80)}”
        </p>
      )}
      {error && <Banner tone="error" title="Your questions could not be loaded">{error}</Banner>}
      {questions && questions.length === 0 && <p className="empty-state">No questions of your own yet.</p>}
      {questions && questions.length > 0 && <QuestionList questions={questions} onDelete={remove} />}
      <MoodleExport documentId={current.document.id} title={current.item.title} />
      {toast && (
        <Toast
          tone={toast.tone}
          onDismiss={() => setToast(null)}
          action={toast.undo ? <button type="button" className="button" onClick={() => undo(toast.undo!)}>Undo</button> : undefined}
        >
          {toast.text}
        </Toast>
      )}
    </>
  );
}
