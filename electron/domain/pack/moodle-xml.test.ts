// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import examplePack from '../../../docs/example.lectern.json';
import { builtinPack } from './builtin-pack';
import { selfTestToMoodleXml } from './moodle-xml';
import { Pack } from './pack-schema';

const example = () => Pack.parse(structuredClone(examplePack));

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const questionNamed = (doc: Document, name: string) =>
  [...doc.querySelectorAll('quiz > question')].find((q) => q.querySelector(':scope > name > text')?.textContent === name)!;
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
const fractions = (el: Element) => [...el.querySelectorAll(':scope > answer')].map((a) => a.getAttribute('fraction'));

describe('selfTestToMoodleXml', () => {
  it('writes well-formed Moodle XML: a quiz, a category first, then every question Moodle can hold', () => {
    const { xml, report } = selfTestToMoodleXml(example());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    const doc = parse(xml);
    const questions = [...doc.querySelectorAll('quiz > question')];
    expect(questions[0]?.getAttribute('type')).toBe('category');
    expect(questions[0]?.querySelector('category > text')?.textContent).toBe('$course$/top/The Gettysburg Address');
    expect(questions.slice(1).map((q) => q.getAttribute('type'))).toEqual(['multichoice', 'multichoice', 'truefalse', 'ordering', 'matching', 'matching', 'shortanswer', 'essay']);
    for (const q of questions.slice(1)) {
      expect(q.querySelector(':scope > questiontext')?.getAttribute('format')).toBe('plain_text');
      expect(q.querySelector(':scope > questiontext > text')?.textContent).not.toBe('');
      expect(q.querySelector(':scope > defaultgrade')?.textContent).toBe('1');
    }
    expect(report.map((r) => r.moodleType)).toEqual(['multichoice', 'multichoice', 'truefalse', 'ordering', 'matching', 'matching', 'shortanswer', 'essay']);
  });

  it('gives multiple choice partial credit that grades as Lectern does', () => {
    const doc = parse(selfTestToMoodleXml(example()).xml);
    const single = questionNamed(doc, 'who-consecrated');
    expect(single.querySelector('single')?.textContent).toBe('true');
    expect(fractions(single)).toEqual(['100', '0', '0', '0']);
    const multi = questionNamed(doc, 'three-verbs');
    expect(multi.querySelector('single')?.textContent).toBe('false');
    // Three right of five: each right pick +1/3, each wrong pick −1/3, floored at 0.
    expect(fractions(multi)).toEqual(['33.33333', '33.33333', '33.33333', '-33.33333', '-33.33333']);
  });

  it('writes true/false with the answers true and false, and matching with a subquestion per left item', () => {
    const doc = parse(selfTestToMoodleXml(example()).xml);
    const tf = questionNamed(doc, 'world-will-remember');
    expect(texts(tf, ':scope > answer > text')).toEqual(['true', 'false']);
    expect(fractions(tf)).toEqual(['0', '100']);
    const match = questionNamed(doc, 'match-phrases');
    expect(texts(match, 'subquestion > text')).toEqual(['“our fathers”', '“a great civil war”', '“a final resting place”']);
    expect(texts(match, 'subquestion > answer > text')).toEqual(['The founders of the United States', 'The war between the Union and the Confederacy', 'The soldiers’ cemetery at Gettysburg']);
    const classify = questionNamed(doc, 'classify-time');
    expect(texts(classify, 'subquestion > answer > text')).toEqual(['The past', 'The present', 'The present', 'The future']);
  });

  it('writes ordering with the items in the right order, and short answer with its accepted answers', () => {
    const doc = parse(selfTestToMoodleXml(example()).xml);
    const order = questionNamed(doc, 'order-of-the-address');
    expect(texts(order, ':scope > answer > text')).toEqual([
      'The nation was founded on liberty and equality.',
      'The war tests whether such a nation can endure.',
      'The living cannot consecrate the ground.',
      'The living must resolve that the dead shall not have died in vain.',
    ]);
    expect(order.querySelector('gradingtype')?.textContent).toBe('RELATIVE_NEXT_EXCLUDE_LAST');
    const short = questionNamed(doc, 'government-of-the-people');
    expect(texts(short, ':scope > answer > text')).toEqual(['perish from the earth', 'perish']);
    expect(fractions(short)).toEqual(['100', '100']);
  });

  it('reports per question what Moodle loses, and writes find-the-evidence as a hand-graded essay saying why', () => {
    const { xml, report } = selfTestToMoodleXml(example());
    const evidence = report.find((r) => r.questionId === 'evidence-soldiers-died');
    expect(evidence?.moodleType).toBe('essay');
    expect(evidence?.losses[0]).toContain('Moodle has no question type in which the learner selects the passage');
    const essay = questionNamed(parse(xml), 'evidence-soldiers-died');
    expect(essay.querySelector(':scope > questiontext > text')?.textContent).toContain('Copy the sentence or phrase of the text that supports this claim:');
    expect(essay.querySelector('graderinfo > text')?.textContent).toContain('Expected passage (block');
    expect(report.find((r) => r.questionId === 'order-of-the-address')?.losses[0]).toContain('partial credit');
    expect(report.every((r) => r.losses.length > 0)).toBe(true);
  });

  it('exports a text-entry without accepted answers as an essay with the model answer for graders', () => {
    const pack = example();
    const q = pack.selfTest!.questions.find((x) => x.interaction === 'text-entry')!;
    if (q.interaction === 'text-entry') delete q.acceptedAnswers;
    const doc = parse(selfTestToMoodleXml(pack).xml);
    const essay = questionNamed(doc, q.id);
    expect(essay.getAttribute('type')).toBe('essay');
    expect(essay.querySelector('graderinfo > text')?.textContent).toContain('Key points:\n- shall not perish from the earth');
  });

  it('keeps markup in pack text as text, never as elements', () => {
    const pack = example();
    const q = pack.selfTest!.questions[0]!;
    if (q.interaction === 'choice') q.prompt = 'Who <b>consecrated</b> the ground? & why';
    const doc = parse(selfTestToMoodleXml(pack).xml);
    const text = questionNamed(doc, q.id).querySelector('questiontext > text')!;
    expect(text.textContent).toBe('Who <b>consecrated</b> the ground? & why');
    expect(text.children).toHaveLength(0);
  });

  it('exports the built-in self-test, every question, find-the-evidence as essays', () => {
    const pack = Pack.parse(builtinPack());
    const { xml, report } = selfTestToMoodleXml(pack);
    parse(xml);
    expect(report.map((r) => r.questionId)).toEqual(pack.selfTest!.questions.map((q) => q.id));
    const evidence = pack.selfTest!.questions.filter((q) => q.interaction === 'hottext').map((q) => q.id);
    expect(report.filter((r) => evidence.includes(r.questionId)).every((r) => r.moodleType === 'essay')).toBe(true);
    expect(new Set(report.map((r) => r.moodleType))).toEqual(new Set(['multichoice', 'truefalse', 'matching', 'ordering', 'essay']));
  });
});
