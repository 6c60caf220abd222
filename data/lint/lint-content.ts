/** Runs every content rule over a document's deck, self-test and argument map (the shipped pack, or any pack). */
import type { ArgumentMap } from '../schemas/argument-map';
import type { Paragraph } from '../schemas/article';
import type { Deck } from '../schemas/flashcards';
import type { SelfTest } from '../schemas/selftest';
import { clozeAsRead, deckItems, mapItems, selfTestItems } from './items';
import { addedQualifiers, numbersNotInQuote, rightAnswers, droppedHedges, frontCues, listBack, multiLengthCue, overusedSentences, singleLengthCue, uncitedSentences, type AllowedUncited, type Finding } from './rules';
import { sentencesOf } from './sentences';

export type Content = { paragraphs: readonly Paragraph[]; deck: Deck; selfTest: SelfTest; map: ArgumentMap; allowedUncited: readonly AllowedUncited[] };

/** Every finding, deck first, then the self-test, the map, and the whole-content rules. */
export function lintContent(content: Content): Finding[] {
  const textOf = (id: string) => content.paragraphs.find((p) => p.id === id)?.text ?? '';
  const sentences = content.paragraphs.flatMap(sentencesOf);
  const findings: Finding[] = [];
  for (const card of content.deck.cards) {
    findings.push(...numbersNotInQuote(`deck:${card.id}`, card.kind === 'basic' ? card.back : clozeAsRead(card.cloze), card.source.quote, card.kind === 'basic' ? 'the back' : 'the cloze'));
    if (card.kind !== 'basic') continue;
    const id = `deck:${card.id}`;
    const list = listBack(id, card.back);
    if (list) findings.push(list);
    findings.push(...frontCues(id, card.front));
    findings.push(...addedQualifiers(id, card.back, card.source.quote));
  }
  for (const q of content.selfTest.questions) {
    const id = `selftest:${q.id}`;
    if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'short') findings.push(...frontCues(id, q.prompt));
    const cue = q.kind === 'single' ? singleLengthCue(q) : q.kind === 'multi' ? multiLengthCue(q) : null;
    if (cue) findings.push(cue);
    // A model answer gathers its paragraph's points (its key points), more than its one quote says:
    // it is held to the paragraph.
    const said = q.kind === 'short' ? textOf(q.source.paragraph) : q.source.quote;
    for (const right of rightAnswers(q)) findings.push(...addedQualifiers(id, right.text, said, right.what), ...numbersNotInQuote(id, right.text, said, right.what));
  }
  for (const node of content.map.nodes) {
    const faces = `${node.label}\n${node.detail}`;
    findings.push(...addedQualifiers(`map:${node.id}`, faces, node.source.quote, 'the node'), ...numbersNotInQuote(`map:${node.id}`, faces, node.source.quote, 'the node'));
  }
  for (const item of [...deckItems(content.deck), ...selfTestItems(content.selfTest), ...mapItems(content.map)]) findings.push(...droppedHedges(item));
  findings.push(...overusedSentences(content.selfTest.questions, sentences, textOf));
  findings.push(...uncitedSentences(content.deck, sentences, textOf, content.allowedUncited));
  return findings;
}

/** Findings as lines a person reads: `item  rule  message`. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.item}  [${f.rule}]  ${f.message}`).join('\n');
}
