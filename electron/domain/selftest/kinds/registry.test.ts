import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaKit } from '../../../../data/schemas/selftest-parts';
import { questionKinds } from '../../../../data/schemas/selftest';
import { selfTest } from '../../../../data/selftest';
import { selftestKinds } from './registry';

/** The README's grading table as the kinds describe themselves: kinds scored alike share a row. */
function gradingTable(): string {
  const rows = new Map<string, string[]>();
  for (const kind of Object.values(selftestKinds)) rows.set(kind.grading, [...(rows.get(kind.grading) ?? []), kind.label.toLowerCase()]);
  return ['| kind | score |', '| --- | --- |', ...[...rows].map(([score, names]) => `| ${names.join(', ')} | ${score} |`)].join('\n');
}

describe('the question kind registry', () => {
  it('files every kind under its own name, in the data format’s order', () => {
    expect(Object.entries(selftestKinds).map(([name, kind]) => [name, kind.kind])).toEqual(questionKinds.map((k) => [k, k]));
  });

  it('describes every field of every kind for the question editor, and its blank has exactly those fields', () => {
    const common = ['id', 'kind', 'explanation', 'source'];
    for (const kind of Object.values(selftestKinds)) {
      const shape = Object.keys(kind.schemas(schemaKit).question.shape).filter((field) => !common.includes(field));
      expect(Object.keys(kind.editor.fields).sort(), kind.kind).toEqual([...shape].sort());
      expect(Object.keys(kind.editor.blank()).sort(), kind.kind).toEqual([...shape].sort());
      for (const spec of Object.values(kind.editor.fields)) expect(spec.label && spec.help, kind.kind).toBeTruthy();
    }
  });

  it('gives every shipped question a prompt and a described right answer', () => {
    const context = { paragraphText: () => '' };
    for (const q of selfTest.questions) {
      const kind = selftestKinds[q.kind];
      expect(kind.prompt(q as never), q.id).not.toBe('');
      expect(kind.describeAnswer.right(q as never, context).length, q.id).toBeGreaterThan(0);
    }
  });

  it('matches the README’s grading table (update README.md from the table printed here)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = /<!-- grading table[^>]*-->\n([\s\S]*?)\n<!-- \/grading table -->/.exec(readme)?.[1];
    expect(table, 'README.md has no grading table between its markers').toBeDefined();
    expect(table).toBe(gradingTable());
  });
});
