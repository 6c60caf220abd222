import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft-check';

const block = 'Japan is expected to sign the partnership programme by the summit in July.';
const blockText = (id: string) => (id === 'b1' ? block : undefined);
const choice = {
  interaction: 'choice',
  prompt: 'What is Japan expected to sign by July?',
  choices: [
    { id: 'a', text: 'The partnership programme' },
    { id: 'b', text: 'A trade agreement' },
    { id: 'c', text: 'A defence treaty' },
  ],
  correct: ['a'],
  maxChoices: 1,
  explanation: 'The block says so.',
  source: { block: 'b1', quote: 'expected to sign the partnership programme' },
};

describe('checkDraft', () => {
  it('passes a well-made question with no advice', () => {
    expect(checkDraft(choice, blockText)).toMatchObject({ problems: [], hints: [] });
  });

  it('names blank fields as the editor shows them, and still advises on what is written', () => {
    const half = { ...choice, prompt: 'Is Japan expected to sign the partnership programme?', explanation: '', choices: [choice.choices[0], { id: 'b', text: '' }, choice.choices[2]] };
    const check = checkDraft(half, blockText);
    expect(check.problems).toEqual(['The explanation is empty', 'Wrong answer 1 is empty']);
    expect(check.hints.map((h) => h.rule)).toEqual(['yes-no-front']);
  });

  it('finds a dropped hedge in a claim, and a quote the block does not have', () => {
    const claim = { interaction: 'hottext', claim: 'Japan will sign the partnership programme at the summit.', explanation: 'It says so.', source: { block: 'b1', quote: 'expected to sign the partnership programme by the summit' } };
    expect(checkDraft(claim, blockText).hints.map((h) => h.message)).toEqual(['the quote says "expected" but the text drops it while speaking of the same thing']);
    expect(checkDraft({ ...claim, source: { block: 'b1', quote: 'signed the programme' } }, blockText).problems).toEqual([
      'The passage is not in the document word for word (block b1); select it again in the reader',
    ]);
    expect(checkDraft({ ...claim, source: { block: 'b9', quote: 'signed the programme' } }, blockText).problems[0]).toContain('a block (b9) the document does not have');
  });

  it('refuses a draft nested thousands deep with a problem, not a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i += 1) deep = [deep];
    const check = checkDraft({ ...choice, choices: deep }, blockText);
    expect(check.draft).toBeNull();
    expect(check.problems.length).toBeGreaterThan(0);
  });

  it('names a draft that is not an object at all as the question', () => {
    expect(checkDraft([], blockText).problems).toEqual(['The question: Invalid input: expected object, received array']);
  });
});
