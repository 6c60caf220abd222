import { Field } from '../../ui/Field';
import { useMemo, useState, type FormEvent } from 'react';
import type { CardView, Gap } from '../../../electron/contract/flashcards-values';
import { ClozeText } from './ClozeText';
import { GapPicker } from './GapPicker';
import { parseTags } from './useCardForm';
import { gapsFromWords, toggleWord, wordsOf } from './text-parts';

export type CardPatch = { front?: string; back?: string; gaps?: Gap[]; tags: string[] };

type Props = { card: CardView; onSave: (patch: CardPatch) => Promise<boolean>; onCancel: () => void };

/** Edits one of the user's own cards in place; on a failed save the text stays in the fields. */
export function CardEditor({ card, onSave, onCancel }: Props) {
  const words = useMemo(() => wordsOf(card.back), [card.back]);
  const [front, setFront] = useState(card.front);
  const [back, setBack] = useState(card.back);
  const [tagText, setTagText] = useState(card.tags.join(' '));
  const [chosen, setChosen] = useState<ReadonlySet<number>>(
    () => new Set(words.flatMap((w, i) => (card.gaps.some((g) => w.start >= g.start && w.end <= g.end) ? [i] : []))),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const gaps = gapsFromWords(card.back, words, chosen);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tags = parseTags(tagText);
    if (tags === null) return setProblem('Tags are short words of lowercase letters, digits and dashes (at most 10).');
    if (card.kind === 'basic' && (!front.trim() || !back.trim())) return setProblem('Both faces need some text.');
    if (card.kind === 'cloze' && gaps.length === 0) return setProblem('Choose at least one word to hide.');
    setProblem(null);
    await onSave(card.kind === 'basic' ? { front: front.trim(), back: back.trim(), tags } : { gaps, tags });
  };
  const toggle = (index: number) => setChosen((current) => toggleWord(current, index));

  return (
    <form className="card-form card-form--inline" onSubmit={(e) => void submit(e)} noValidate>
      {card.kind === 'basic' ? (
        <>
          <Field label="Front">
            {(control) => <textarea {...control} rows={2} maxLength={500} value={front} onChange={(e) => setFront(e.target.value)} />}
          </Field>
          <Field label="Back">
            {(control) => <textarea {...control} rows={3} maxLength={2000} value={back} onChange={(e) => setBack(e.target.value)} />}
          </Field>
        </>
      ) : (
        <div className="field">
          <span className="field__label">Words to hide</span>
          <GapPicker text={card.back} words={words} chosen={chosen} onToggle={toggle} />
          <p className="cloze-preview"><ClozeText text={card.back} gaps={gaps} revealed={false} /></p>
        </div>
      )}
      <Field label="Tags">
        {(control) => <input {...control} type="text" value={tagText} onChange={(e) => setTagText(e.target.value)} />}
      </Field>
      {problem && <p className="field__error" role="alert">{problem}</p>}
      <div className="card-form__actions">
        <button type="submit" className="button button--primary">Save changes</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
