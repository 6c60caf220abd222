import { useEffect, useState } from 'react';
import type { QuestionHint } from '../../../electron/contract/questions-values';
import { api } from '../../api/client';

export type DraftCheckState = { problems: string[]; hints: QuestionHint[]; checking: boolean };

/** How long typing must pause before the draft is checked again. */
const PAUSE_MS = 300;

/**
 * The main side's checks of a draft as it is written (`questions.check`): what would stop a save, and
 * the content rules' advice. Asked again once typing pauses; an answer to an older draft is dropped.
 */
export function useDraftCheck(documentId: string, draft: unknown): DraftCheckState {
  const [state, setState] = useState<DraftCheckState>({ problems: [], hints: [], checking: true });
  const key = JSON.stringify(draft);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api['questions.check']({ documentId, question: JSON.parse(key) as unknown }).then(
        (result) => {
          if (live) setState({ ...result, checking: false });
        },
        (error: Error) => {
          if (live) setState({ problems: [`The draft could not be checked: ${error.message}`], hints: [], checking: false });
        },
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [documentId, key]);
  return state;
}
