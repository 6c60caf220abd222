import { useMemo, useState } from 'react';
import { gapsFromWords, toggleWord, wordsOf } from './text-parts';

export type CardKind = 'basic' | 'cloze';

/** A tag list as typed ("defence, japan") turned into slugs; null when one cannot be a tag. */
export function parseTags(value: string): string[] | null {
  const tags = value.split(/[\s,]+/).filter(Boolean).map((t) => t.toLowerCase());
  return tags.every((t) => /^[a-z0-9-]{1,40}$/.test(t)) && tags.length <= 10 ? [...new Set(tags)] : null;
}

/** The fields of the card being made from a quote, and what is wrong with them, if anything. */
export function useCardForm(quote: string) {
  const [kind, setKind] = useState<CardKind>('basic');
  const [front, setFront] = useState('');
  const [back, setBack] = useState(quote);
  const [tagText, setTagText] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const words = useMemo(() => wordsOf(quote), [quote]);
  const gaps = useMemo(() => gapsFromWords(quote, words, chosen), [quote, words, chosen]);
  const tags = parseTags(tagText);

  const toggle = (index: number) => setChosen((current) => toggleWord(current, index));

  let problem: string | null = null;
  if (tags === null) problem = 'Tags are short words of lowercase letters, digits and dashes (at most 10).';
  else if (kind === 'basic' && front.trim() === '') problem = 'Write a question on the front.';
  else if (kind === 'basic' && back.trim() === '') problem = 'The back cannot be empty.';
  else if (kind === 'cloze' && gaps.length === 0) problem = 'Choose at least one word to hide.';
  else if (kind === 'cloze' && chosen.size === words.length) problem = 'Leave some words visible as a cue.';

  return { kind, setKind, front, setFront, back, setBack, tagText, setTagText, words, chosen, toggle, gaps, tags: tags ?? [], problem };
}
