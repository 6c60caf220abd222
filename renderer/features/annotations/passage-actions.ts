/**
 * Actions offered on a passage, after the colours, in the selection toolbar. Later features add
 * theirs to this list (flashcards: "Make card", which navigates to
 * `#/flashcards/new?passage=<paragraphId>:<start>-<end>` with paragraph-local offsets).
 */
import type { TextPoint } from './useAnnotations';

/** The selected passage an action works on. */
export type PassageContext = { from: TextPoint; to: TextPoint; text: string };

export type PassageActionId = 'note' | 'copy';

export type PassageAction = {
  id: PassageActionId;
  label: string;
  /** The key that runs it while text is selected in the article, shown in the tooltip. */
  shortcut?: string;
};

/** The toolbar's actions, in order; each id is handled by the reader's annotation layer. */
export const passageActions: readonly PassageAction[] = [
  { id: 'note', label: 'Add note', shortcut: 'N' },
  { id: 'copy', label: 'Copy' },
];
