import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphText } from '../../../data/article';
import type { AuthoredQuestionView } from '../../contract/questions-values';
import { authoredQuestions } from '../../domain/questions/authored-questions';
import { openStore } from '../../store/store';
import { serviceUnderTest } from '../service-under-test';
import { OPENING_QUOTE, choiceDraft, evidenceDraft } from './question-drafts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-questions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE = 'japan-nato';
const QUOTE = OPENING_QUOTE;
const choice = choiceDraft;
const evidence = evidenceDraft;

describe('authored questions', () => {
  it('are stored durably by document, in the pack question shape the self-test appends', async () => {
    expect(paragraphText('p1')).toContain(QUOTE);
    const { call } = await serviceUnderTest(dir);
    const made = await call<AuthoredQuestionView>('questions.create', { documentId: ARTICLE, question: choice });
    expect(made).toMatchObject({ documentId: ARTICLE, kind: 'single', question: { id: made.id, interaction: 'choice', correct: ['a'] } });
    await call('questions.create', { documentId: ARTICLE, question: evidence });
    // A fresh store on the same folder reads what was acknowledged.
    const reopened = await openStore({ dataDir: dir });
    const questions = authoredQuestions(reopened.read(), ARTICLE);
    expect(questions.map((q) => q.interaction)).toEqual(['choice', 'hottext']);
    expect(questions[1]).toMatchObject({ interaction: 'hottext', minOverlap: 0.5, source: { block: 'p1', quote: QUOTE } });
    expect(authoredQuestions(reopened.read(), 'another-document')).toEqual([]);
  });

  it('refuses a quote that is not verbatim in its block, naming the passage, and saves nothing', async () => {
    const { call, fail } = await serviceUnderTest(dir);
    const error = await fail('questions.create', { documentId: ARTICLE, question: { ...choice, source: { block: 'p2', quote: QUOTE } } });
    expect(error.message).toContain('The passage is not in the document word for word (block p2)');
    expect(await call('questions.list', { documentId: ARTICLE })).toEqual({ questions: [] });
  });

  it('refuses a question that breaks its kind’s rules, and an unknown document', async () => {
    const { fail } = await serviceUnderTest(dir);
    const twoChoices = { ...choice, choices: choice.choices.slice(0, 2) };
    expect((await fail('questions.create', { documentId: ARTICLE, question: twoChoices })).message).toContain('The answers: 2 choices');
    expect((await fail('questions.create', { documentId: ARTICLE, question: { ...choice, correct: ['z'] } })).message).toContain('correct answer z is not one of the choices');
    expect((await fail('questions.create', { documentId: 'nowhere', question: choice })).message).toContain('There is no document');
  });

  it('updates, deletes and brings back a question', async () => {
    const { call, fail } = await serviceUnderTest(dir);
    const made = await call<AuthoredQuestionView>('questions.create', { documentId: ARTICLE, question: choice });
    const updated = await call<AuthoredQuestionView>('questions.update', { id: made.id, question: { ...choice, prompt: 'In which city will the liaison office open?' } });
    expect(updated.question).toMatchObject({ prompt: 'In which city will the liaison office open?' });
    await call('questions.delete', { id: made.id });
    expect(await call('questions.list', { documentId: ARTICLE })).toEqual({ questions: [] });
    expect((await fail('questions.update', { id: made.id, question: choice })).message).toContain('no longer exists');
    await call('questions.undoDelete', { id: made.id });
    const list = await call<{ questions: AuthoredQuestionView[] }>('questions.list', { documentId: ARTICLE });
    expect(list.questions.map((q) => q.question)).toEqual([updated.question]);
  });

  it('checks a half-written draft live: problems for what stops a save, hints from the content rules', async () => {
    const { call } = await serviceUnderTest(dir);
    const empty = await call<{ problems: string[] }>('questions.check', { documentId: ARTICLE, question: { ...choice, prompt: '' } });
    expect(empty.problems).toContain('The question is empty');
    const yesNo = await call<{ problems: string[]; hints: { rule: string }[] }>('questions.check', {
      documentId: ARTICLE,
      question: { ...choice, prompt: 'Is the office in Tokyo?', choices: [{ id: 'a', text: 'In Tokyo, the capital city of Japan' }, { id: 'b', text: 'Osaka' }, { id: 'c', text: 'Kyoto' }] },
    });
    expect(yesNo.problems).toEqual([]);
    expect(yesNo.hints.map((h) => h.rule)).toEqual(['yes-no-front', 'length-cue']);
    const hedge = await call<{ hints: { rule: string }[] }>('questions.check', { documentId: ARTICLE, question: { ...evidence, claim: 'NATO will open a liaison office in Tokyo in 2024.' } });
    expect(hedge.hints.map((h) => h.rule)).toEqual(['dropped-hedge']);
    const kept = await call<{ hints: unknown[] }>('questions.check', { documentId: ARTICLE, question: evidence });
    expect(kept.hints).toEqual([]);
  });

  it('goes when its document is removed for good', async () => {
    const { call } = await serviceUnderTest(dir);
    const imported = await call<{ outcome: 'imported'; item: { id: string } }>('library.paste', { title: 'Notes', text: 'The first line of my notes.\n\nA second paragraph.' });
    const opened = await call<{ document: { sections: { blocks: { id: string; text: string }[] }[] } }>('library.open', { id: imported.item.id });
    const block = opened.document.sections[0]!.blocks[0]!;
    await call('questions.create', { documentId: imported.item.id, question: { ...evidence, claim: 'The notes have a first line.', source: { block: block.id, quote: 'first line' } } });
    await call('library.remove', { id: imported.item.id });
    const { call: again } = await serviceUnderTest(dir);
    await again('library.list', {});
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.read().authoredQuestions).toEqual([]);
  });
});

describe('the Moodle export of a document’s self-test', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['question', 'answer', 'subquestion'].includes(name) });
  type MoodleQuestion = Record<string, unknown> & { '@type': string; name: { text: string }; questiontext: { '@format': string; text: string } };

  it('writes the built-in self-test and the user’s questions as Moodle XML, and says per question what it loses', async () => {
    const { call } = await serviceUnderTest(dir);
    const made = await call<AuthoredQuestionView>('questions.create', { documentId: ARTICLE, question: choice });
    const own = await call<AuthoredQuestionView>('questions.create', { documentId: ARTICLE, question: evidence });
    const file = await call<{ fileName: string; content: string; report: { questionId: string; moodleType: string; losses: string[] }[] }>('questions.exportMoodle', { documentId: ARTICLE });
    expect(file.fileName).toMatch(/^lectern-selftest-japan-nato-\d{4}-\d\d-\d\d\.xml$/);
    const questions = (parser.parse(file.content) as { quiz: { question: MoodleQuestion[] } }).quiz.question;
    // question/format/xml/format.php: a category first; every question has a type, a name's text and
    // a question text with its format; the types this export writes are ones Moodle imports.
    expect(questions[0]!['@type']).toBe('category');
    for (const q of questions.slice(1)) {
      expect(['multichoice', 'truefalse', 'matching', 'ordering', 'essay', 'shortanswer']).toContain(q['@type']);
      expect(q.name.text).not.toBe('');
      expect(q.questiontext['@format']).toBe('plain_text');
      expect(String(q.questiontext.text).trim()).not.toBe('');
    }
    const byName = new Map(questions.slice(1).map((q) => [q.name.text, q]));
    const mine = byName.get(made.id) as MoodleQuestion & { single: string; answer: { '@fraction': string; text: string }[] };
    expect(mine['@type']).toBe('multichoice');
    expect(mine.single).toBe('true');
    expect(mine.answer.map((a) => [a.text, a['@fraction']])).toEqual([['In Tokyo', '100'], ['In Osaka', '0'], ['In Kyoto', '0']]);
    const found = byName.get(own.id) as MoodleQuestion & { graderinfo: { text: string } };
    expect(found['@type']).toBe('essay');
    expect(found.questiontext.text).toContain(evidence.claim);
    expect(found.graderinfo.text).toContain(QUOTE);
    for (const q of questions.filter((x) => x['@type'] === 'truefalse') as (MoodleQuestion & { answer: { '@fraction': string; text: string }[] })[]) {
      expect(q.answer.map((a) => a.text)).toEqual(['true', 'false']);
      expect(q.answer.map((a) => a['@fraction']).sort()).toEqual(['0', '100']);
    }
    for (const q of questions.filter((x) => x['@type'] === 'matching') as (MoodleQuestion & { subquestion: { text: string; answer: { text: string }[] }[] })[]) {
      for (const sub of q.subquestion) expect(sub.answer[0]!.text).not.toBe('');
    }
    expect(file.report).toHaveLength(questions.length - 1);
    expect(file.report.find((r) => r.questionId === own.id)?.losses[0]).toContain('no question type in which the learner selects the passage');
    expect(file.report.every((r) => r.losses.length > 0)).toBe(true);
  });

  it('goes through the save dialog on the desktop and says unavailable on the web', async () => {
    const saved: { fileName: string; content: string | Uint8Array }[] = [];
    const desktop = await serviceUnderTest(dir, 7, { saveFile: async (file) => (saved.push(file), { outcome: 'saved', path: `/tmp/${file.fileName}` }) });
    const reply = await desktop.call<{ saved: { outcome: string }; report: unknown[] }>('questions.saveMoodleExport', { documentId: ARTICLE });
    expect(reply.saved.outcome).toBe('saved');
    expect(String(saved[0]!.content)).toContain('<quiz>');
    const web = await serviceUnderTest(await mkdtemp(path.join(os.tmpdir(), 'lectern-questions-web-')));
    expect((await web.call<{ saved: { outcome: string } }>('questions.saveMoodleExport', { documentId: ARTICLE })).saved.outcome).toBe('unavailable');
  });

  it('refuses a document with no questions, with what to do', async () => {
    const { call, fail } = await serviceUnderTest(dir);
    const imported = await call<{ item: { id: string } }>('library.paste', { title: 'Notes', text: 'Some text.' });
    expect((await fail('questions.exportMoodle', { documentId: imported.item.id })).message).toContain('Add question');
  });
});
