import { describe, expect, it } from 'vitest';
import { readNavDocument, readNcx } from './epub-navigation';

const ncx = (points: string) => `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${points}</navMap></ncx>`;
const point = (label: string | null, src: string, inner = '') =>
  `<navPoint>${label === null ? '' : `<navLabel><text>${label}</text></navLabel>`}<content src="${src}"/>${inner}</navPoint>`;

describe('readNcx', () => {
  it('names each file by its own point’s label, never by a label nested under it', () => {
    const titles = readNcx(ncx(point(null, 'text/part-1.xhtml', point('Winter', 'text/winter.xhtml')) + point('Spring', 'text/spring.xhtml')), 'OEBPS/toc.ncx');
    expect([...titles]).toEqual([
      ['OEBPS/text/winter.xhtml', 'Winter'],
      ['OEBPS/text/spring.xhtml', 'Spring'],
    ]);
  });

  it('reads points nested thousands deep, each once (the subtree search was quadratic: 8,000 took 98 s)', () => {
    let nested = '';
    for (let i = 3000; i >= 1; i -= 1) nested = point(`Part ${i}`, `text/part-${i}.xhtml`, nested);
    const titles = readNcx(ncx(nested), 'toc.ncx');
    expect(titles.size).toBe(3000);
    expect(titles.get('text/part-3000.xhtml')).toBe('Part 3000');
  });
});

describe('readNavDocument', () => {
  it('takes each chapter’s label as read: no script, style or hidden text inside the link', () => {
    const nav = `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>
      <li><a href="text/winter.xhtml">Winter<script>steal()</script></a></li>
      <li><a href="text/spring.xhtml"><span hidden="">Draft: </span>Spring <em>Rain</em><style>a{}</style></a></li>
    </ol></nav></body></html>`;
    expect([...readNavDocument(nav, 'OEBPS/nav.xhtml')]).toEqual([
      ['OEBPS/text/winter.xhtml', 'Winter'],
      ['OEBPS/text/spring.xhtml', 'Spring Rain'],
    ]);
  });
});
