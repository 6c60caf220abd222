import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('keeps the text a person reads, with breaks at block ends and line breaks', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p><p>three<br>four<br/>five</p>')).toBe('One & two\nthree\nfour\nfive');
    expect(htmlToText('<ul><li>Geese</li><li>Reeds</li></ul>')).toBe('- Geese\n- Reeds');
    expect(htmlToText('<H2>Title</H2 ><DIV>Body</DIV>')).toBe('Title\nBody');
  });

  it('drops script, style, comments and declarations with their content', () => {
    expect(htmlToText('<!doctype html>a<!-- hidden <b>x</b> -->b<script type="x">alert("<p>")</script >c<STYLE>p{}</style>d')).toBe('abcd');
    expect(htmlToText('kept<script>never closed <p>text</p>')).toBe('kept');
  });

  it('keeps a < that starts no tag, and drops a tag never closed', () => {
    expect(htmlToText('1 < 2 and 3<4, </ 5')).toBe('1 < 2 and 3<4, </ 5');
    expect(htmlToText('before <a href="x')).toBe('before');
  });

  it('folds runs of blank lines and trailing spaces', () => {
    expect(htmlToText('<p>a   </p>\t<p></p><p></p><p>b</p>')).toBe('a\n\nb');
  });

  it('reads hostile notes in linear time: thousands of unclosed tags, a long run of spaces, unclosed scripts', () => {
    // Each took the old regexes tens of seconds: every `<a` searched to the end for a `>`.
    expect(htmlToText('<a'.repeat(120_000))).toBe('');
    expect(htmlToText(`x${' '.repeat(200_000)}y`)).toBe(`x${' '.repeat(200_000)}y`);
    expect(htmlToText(`${' '.repeat(200_000)}\n`)).toBe('');
    expect(htmlToText('<script>'.repeat(30_000))).toBe('');
    expect(htmlToText('</p'.repeat(80_000))).toBe('');
  });
});
