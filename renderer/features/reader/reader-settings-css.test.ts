import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_SIZES_PX, LINE_WIDTH_CH } from '../../../electron/contract/reader-values';
import { BLOCKS_ATTRIBUTE, CHARS_ATTRIBUTE } from './long-text-chunks';

const css = readFileSync(new URL('../../styles/reader.css', import.meta.url), 'utf8');
const rule = (selector: string) => new RegExp(`${selector.replace(/[[\]]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

describe('the reading settings as rules in reader.css (a pre-rendered page has no style attributes under the CSP)', () => {
  it('has the size of every text size step', () => {
    FONT_SIZES_PX.forEach((px, step) => expect(rule(`.article[data-size-step='${step}']`)).toContain(`--reading-size: ${px}px;`));
    expect(rule(`.article[data-size-step='${FONT_SIZES_PX.length}']`)).toBe('');
  });

  it('has the measure of every line width', () => {
    for (const [width, ch] of Object.entries(LINE_WIDTH_CH)) {
      const body = rule(`.article[data-line-width='${width}']`);
      expect(body).toContain(`--reading-measure: ${ch}ch;`);
      expect(body).toContain(`--measure-chars: ${ch};`);
    }
  });
});

describe('a long text chunk estimated in reader.css before it is laid out', () => {
  it('reads its characters and blocks from the attributes the reader writes', () => {
    expect(css).toContain(`--chunk-chars: attr(${CHARS_ATTRIBUTE} type(<number>)`);
    expect(css).toContain(`--chunk-blocks: attr(${BLOCKS_ATTRIBUTE} type(<number>)`);
  });
});
