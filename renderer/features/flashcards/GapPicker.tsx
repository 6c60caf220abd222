import type { Word } from './text-parts';

type Props = { text: string; words: readonly Word[]; chosen: ReadonlySet<number>; onToggle: (index: number) => void };

/** The quote as a row of word toggles: pressed words become the cloze gaps. Punctuation stays glued to its word. */
export function GapPicker({ text, words, chosen, onToggle }: Props) {
  const lead = text.slice(0, words[0]?.start ?? text.length);
  return (
    <div className="gap-picker" role="group" aria-label="Words to hide">
      {lead}
      {words.map((word, index) => {
        const between = text.slice(word.end, words[index + 1]?.start ?? text.length);
        const glued = between.trimEnd();
        return (
          <span key={word.start}>
            <span className="gap-picker__token">
              <button type="button" className="gap-picker__word" aria-pressed={chosen.has(index)} onClick={() => onToggle(index)}>
                {word.text}
              </button>
              {glued}
            </span>
            {between.length > glued.length ? ' ' : ''}
          </span>
        );
      })}
    </div>
  );
}
