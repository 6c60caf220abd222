import type { ChoiceQuestion, HottextQuestion, MatchQuestion, OrderQuestion, PackQuestion, TextEntryQuestion } from './pack-questions';
import { isTrueFalse } from './pack-questions';
import type { Pack } from './pack-schema';
import { element, escapeXml, fraction, textElement } from './moodle-xml-writer';

/**
 * A pack's self-test as Moodle XML (docs.moodle.org "Moodle XML format"), with a report, per
 * question, of what the format loses. Choice becomes multichoice (partial credit that grades as
 * Lectern does) or truefalse; match becomes matching; order becomes Moodle's ordering type;
 * text-entry becomes shortanswer when the pack gives accepted answers, else essay; hottext ("find the
 * evidence") has no Moodle equivalent and becomes an essay graded by hand, said so in the report.
 * All text is written as plain_text, so pack text stays text in Moodle too.
 */

export type MoodleType = 'multichoice' | 'truefalse' | 'matching' | 'ordering' | 'shortanswer' | 'essay';

export interface MoodleQuestionReport {
  questionId: string;
  /** The Moodle question type written. */
  moodleType: MoodleType;
  /** What the format loses for this question, in words a teacher reads; empty when nothing. */
  losses: string[];
}

export interface MoodleExport {
  xml: string;
  report: MoodleQuestionReport[];
}

const CITATION_LOSS = 'the link to the cited passage: its quote is kept as text in the general feedback';

type Written = { type: MoodleType; body: string[]; losses: string[] };

function choice(q: ChoiceQuestion): Written {
  if (isTrueFalse(q)) {
    const answer = (value: 'true' | 'false') => element('answer', { fraction: q.correct[0] === value ? '100' : '0', format: 'moodle_auto_format' }, [textElement(value)]);
    return { type: 'truefalse', body: [answer('true'), answer('false')], losses: [] };
  }
  const single = q.maxChoices === 1;
  const right = q.correct.length;
  // Each wrong pick takes away what a right pick gives, floored at 0 by Moodle: Lectern's own rule.
  const grade = (id: string) => (q.correct.includes(id) ? fraction(100 / right) : single ? '0' : fraction(-100 / right));
  const answers = q.choices.map((c) => element('answer', { fraction: grade(c.id), format: 'plain_text' }, [textElement(c.text)]));
  return {
    type: 'multichoice',
    body: [element('single', {}, [single ? 'true' : 'false']), element('shuffleanswers', {}, ['true']), element('answernumbering', {}, ['abc']), ...answers],
    losses: [],
  };
}

function matching(q: MatchQuestion): Written {
  const rightText = new Map(q.right.map((r) => [r.id, r.text]));
  const sub = (text: string, answer: string) => element('subquestion', { format: 'plain_text' }, [textElement(text), element('answer', {}, [textElement(answer)])]);
  const subs = q.left.map((l) => sub(l.text, rightText.get(q.pairs[l.id] ?? '') ?? ''));
  // A category no item belongs to is still offered: Moodle's extra answer with an empty question.
  const used = new Set(Object.values(q.pairs));
  const extra = q.right.filter((r) => !used.has(r.id)).map((r) => sub('', r.text));
  const losses = new Set(q.right.map((r) => r.text)).size < 3 ? ['Moodle’s editing form asks for at least three answers; this question has two, so Moodle asks for another when the question is edited'] : [];
  return { type: 'matching', body: [element('shuffleanswers', {}, ['true']), ...subs, ...extra], losses };
}

function ordering(q: OrderQuestion): Written {
  const answers = q.choices.map((c, i) => element('answer', { fraction: `${i + 1}.0000000`, format: 'plain_text' }, [textElement(c.text)]));
  return {
    type: 'ordering',
    body: [
      element('layouttype', {}, ['VERTICAL']),
      element('selecttype', {}, ['ALL']),
      element('selectcount', {}, ['0']),
      element('gradingtype', {}, ['RELATIVE_NEXT_EXCLUDE_LAST']),
      element('showgrading', {}, ['SHOW']),
      element('numberingstyle', {}, ['none']),
      ...answers,
    ],
    losses: [
      'partial credit: Moodle counts a pair only when the second item comes right after the first; Lectern counts it when it comes anywhere after, so Moodle’s partial scores can be lower',
    ],
  };
}

function textEntry(q: TextEntryQuestion): Written {
  const guide = `Model answer: ${q.modelAnswer}\nKey points:\n${q.keyPoints.map((p) => `- ${p}`).join('\n')}`;
  if (q.acceptedAnswers) {
    const answers = q.acceptedAnswers.map((a) => element('answer', { fraction: '100', format: 'plain_text' }, [textElement(a)]));
    return {
      type: 'shortanswer',
      body: [element('usecase', {}, ['0']), ...answers],
      losses: ['self-marking: Moodle grades by matching the accepted answers; the model answer and key points are not shown to the learner'],
    };
  }
  return {
    type: 'essay',
    body: [
      element('responseformat', {}, ['plain']),
      element('responserequired', {}, ['1']),
      element('responsefieldlines', {}, ['10']),
      element('attachments', {}, ['0']),
      element('graderinfo', { format: 'plain_text' }, [textElement(guide)]),
    ],
    losses: ['self-marking: with no short accepted answers it becomes an essay the teacher grades, the model answer and key points given as information for graders'],
  };
}

/**
 * Find the evidence has no Moodle type (none lets the learner select a passage of a text), so it is
 * written as an essay asking for the passage in the learner's own copy, the expected passage given
 * to the grader: the question survives, and a teacher grades it by hand.
 */
function evidence(q: HottextQuestion): Written {
  const guide = `Expected passage (block ${q.source.block}): “${q.source.quote}”\nFull marks when the quoted passage covers at least ${Math.round(q.minOverlap * 100)}% of it.`;
  return {
    type: 'essay',
    body: [
      element('responseformat', {}, ['plain']),
      element('responserequired', {}, ['1']),
      element('responsefieldlines', {}, ['5']),
      element('attachments', {}, ['0']),
      element('graderinfo', { format: 'plain_text' }, [textElement(guide)]),
    ],
    losses: [
      'find the evidence: Moodle has no question type in which the learner selects the passage of a text; written instead as an essay asking the learner to copy the passage, graded by the teacher against the expected passage given as grader information',
    ],
  };
}

/** The question's text as Moodle shows it: the prompt, or for find-the-evidence the claim with the task. */
function questionText(q: PackQuestion): string {
  return q.interaction === 'hottext' ? `Copy the sentence or phrase of the text that supports this claim:\n${q.claim}` : q.prompt;
}

function write(q: PackQuestion): Written {
  switch (q.interaction) {
    case 'choice':
      return choice(q);
    case 'match':
      return matching(q);
    case 'order':
      return ordering(q);
    case 'text-entry':
      return textEntry(q);
    case 'hottext':
      return evidence(q);
  }
}

/** Questions as one Moodle XML file, in a question-bank category named `title`. */
export function questionsToMoodleXml(title: string, questions: readonly PackQuestion[]): MoodleExport {
  const category = element('question', { type: 'category' }, [element('category', {}, [textElement(`$course$/top/${title}`)])]);
  const written: string[] = [];
  const report: MoodleQuestionReport[] = [];
  for (const q of questions) {
    const out = write(q);
    const feedback = `${q.explanation}\n\nFrom the text: “${q.source.quote}”`;
    written.push(
      element('question', { type: out.type }, [
        element('name', {}, [textElement(q.id)]),
        element('questiontext', { format: 'plain_text' }, [textElement(questionText(q))]),
        element('generalfeedback', { format: 'plain_text' }, [textElement(feedback)]),
        element('defaultgrade', {}, ['1']),
        element('penalty', {}, ['0.3333333']),
        element('hidden', {}, ['0']),
        element('idnumber', {}, [escapeXml(q.id)]),
        ...out.body,
      ]),
    );
    report.push({ questionId: q.id, moodleType: out.type, losses: [...out.losses, CITATION_LOSS] });
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${element('quiz', {}, [category, ...written])}\n`;
  return { xml, report };
}

/** The self-test of `pack` as one Moodle XML file, in a question-bank category named after it. */
export function selfTestToMoodleXml(pack: Pack): MoodleExport {
  return questionsToMoodleXml(pack.selfTest?.title ?? pack.manifest.title, pack.selfTest?.questions ?? []);
}
