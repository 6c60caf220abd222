import { describe, expect, it } from 'vitest';
import { Question } from '../../../data/schemas/selftest';
import { selfTest } from '../../../data/selftest';
import { cardFromQuestion, MAX_BACK, MAX_FRONT } from './card-from-question';

const base = { explanation: 'Kishida said so in Vilnius.', source: { paragraph: 'p4', quote: 'no plans to join NATO' } };
const q = (fields: Record<string, unknown>): Question => Question.parse({ ...base, ...fields });
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));

describe('cardFromQuestion', () => {
  it('asks a single choice’s prompt and answers with the right option', () => {
    const card = cardFromQuestion(q({ id: 's', kind: 'single', prompt: 'Which one?', options: opts('a', 'b', 'c'), answer: 'b' }));
    expect(card).toEqual({ front: 'Which one?', back: 'Option b' });
  });

  it('answers a multiple select with every right option, in option order', () => {
    const card = cardFromQuestion(q({ id: 'm', kind: 'multi', prompt: 'Which ones?', options: opts('a', 'b', 'c', 'd'), answers: ['c', 'a'] }));
    expect(card).toEqual({ front: 'Which ones?', back: 'Option a; Option c' });
  });

  it('asks true or false and answers with the verdict and the explanation', () => {
    expect(cardFromQuestion(q({ id: 't', kind: 'truefalse', statement: 'Japan plans to join.', answer: false }))).toEqual({
      front: 'True or false: Japan plans to join.',
      back: 'False. Kishida said so in Vilnius.',
    });
    expect(cardFromQuestion(q({ id: 't2', kind: 'truefalse', statement: 'Japan has no plans.', answer: true })).back).toMatch(/^True\. /);
  });

  it('answers a classify question category by category, leaving out empty ones', () => {
    const card = cardFromQuestion(
      q({
        id: 'c',
        kind: 'classify',
        prompt: 'Sort them.',
        categories: [
          { id: 'against-soon', label: 'Against membership soon' },
          { id: 'for-one-day', label: 'For membership one day' },
          { id: 'conclusion', label: 'Conclusion' },
        ],
        items: [
          { id: 'w', text: 'W', category: 'against-soon' },
          { id: 'y', text: 'Y', category: 'for-one-day' },
          { id: 'x', text: 'X', category: 'against-soon' },
          { id: 'z', text: 'Z', category: 'for-one-day' },
        ],
      }),
    );
    expect(card.back).toBe('Against membership soon: W; X. For membership one day: Y; Z.');
  });

  it('answers an order question with the items numbered in the article’s order', () => {
    const card = cardFromQuestion(q({ id: 'o', kind: 'order', prompt: 'Order them.', items: opts('a', 'b', 'c') }));
    expect(card.back).toBe('1. Option a; 2. Option b; 3. Option c');
  });

  it('answers a match question with each person and what they said', () => {
    const card = cardFromQuestion(
      q({
        id: 'x',
        kind: 'match',
        prompt: 'Who said what?',
        left: [{ id: 'kishida', text: 'Kishida' }, { id: 'mao', text: 'Mao Ning' }],
        right: [{ id: 'm', text: 'Warned against NATO in Asia' }, { id: 'k', text: 'No plans to join' }],
        pairs: { kishida: 'k', mao: 'm' },
      }),
    );
    expect(card.back).toBe('Kishida: No plans to join; Mao Ning: Warned against NATO in Asia');
  });

  it('answers a short question with the model answer', () => {
    const card = cardFromQuestion(q({ id: 'sh', kind: 'short', prompt: 'Why not soon?', modelAnswer: 'Because of X.', keyPoints: ['one', 'two'] }));
    expect(card).toEqual({ front: 'Why not soon?', back: 'Because of X.' });
  });

  it('asks for the evidence of a claim and answers with the source quote', () => {
    const card = cardFromQuestion(q({ id: 'e', kind: 'evidence', claim: 'Japan will not join soon.' }));
    expect(card).toEqual({ front: 'Which words of the article support this claim? Japan will not join soon.', back: '“no plans to join NATO”' });
  });

  it('keeps the front and back within the card limits', () => {
    const card = cardFromQuestion(q({ id: 'sh', kind: 'short', prompt: 'P'.repeat(900), modelAnswer: 'A'.repeat(3000), keyPoints: ['one', 'two'] }));
    expect(card.front).toHaveLength(MAX_FRONT);
    expect(card.back).toHaveLength(MAX_BACK);
    expect(card.back.endsWith('…')).toBe(true);
  });

  it('makes a non-empty card from every question of the shipped self-test', () => {
    for (const question of selfTest.questions) {
      const card = cardFromQuestion(question);
      expect(card.front.length, question.id).toBeGreaterThan(0);
      expect(card.back.length, question.id).toBeGreaterThan(0);
    }
  });
});
