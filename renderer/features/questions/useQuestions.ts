import { useCallback, useEffect, useState } from 'react';
import type { AuthoredQuestionView } from '../../../electron/contract/questions-values';
import { api } from '../../api/client';

/** The document's own questions (`questions.list`), and `reload` after a change. */
export function useQuestions(documentId: string) {
  const [questions, setQuestions] = useState<AuthoredQuestionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      api['questions.list']({ documentId }).then(
        (reply) => {
          setQuestions(reply.questions);
          setError(null);
        },
        (e: Error) => setError(e.message),
      ),
    [documentId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { questions, error, reload };
}
