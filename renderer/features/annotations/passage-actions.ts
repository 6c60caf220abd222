/**
 * Actions offered on a passage, after the colours, in the selection toolbar. "Make card" opens the
 * flashcards' card maker at `#/flashcards/new?passage=<paragraphId>:<start>-<end>`, "Add question"
 * the question editor at `#/questions/new?passage=<blockId>:<start>-<end>`.
 */
import type { TextPoint } from './useAnnotations';

/** The selected passage an action works on. */
export type PassageContext = { from: TextPoint; to: TextPoint; text: string };

export type PassageActionId = 'note' | 'card' | 'question' | 'copy';

export type PassageAction = {
  id: PassageActionId;
  label: string;
  /** The key that runs it while text is selected in the article, shown in the tooltip. */
  shortcut?: string;
};

/** The toolbar's actions, in order; each id is handled by the reader's annotation layer. */
export const passageActions: readonly PassageAction[] = [
  { id: 'note', label: 'Add note', shortcut: 'N' },
  { id: 'card', label: 'Make card' },
  { id: 'question', label: 'Add question' },
  { id: 'copy', label: 'Copy' },
];

/** The card maker's route for a passage, or null when it spans paragraphs (a card cites one). */
export function makeCardPassage(from: TextPoint, to: TextPoint): { paragraphId: string; start: number; end: number } | null {
  if (from.paragraphId !== to.paragraphId) return null;
  const start = Math.min(from.offset, to.offset);
  const end = Math.max(from.offset, to.offset);
  return end > start ? { paragraphId: from.paragraphId, start, end } : null;
}
