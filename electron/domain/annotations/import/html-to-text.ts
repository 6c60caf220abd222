/**
 * HTML made plain text, for note bodies other tools write as `text/html`. The markup is dropped,
 * never rendered: Lectern shows notes as text. Block ends become line breaks, entities are decoded.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_ENDS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr']);
const RAW_TEXT = new Set(['script', 'style']);

/**
 * The text a person would read in the HTML: tags removed (script and style with their content),
 * breaks kept. One pass that looks at each character a bounded number of times: the regexes it
 * replaces were quadratic on hostile notes (235 KB of `<a` without a `>` took 25 s).
 */
export function htmlToText(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    out += html.slice(at, open);
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    const isTag = /[a-z]/i.test(next) || next === '!' || (next === '/' && /[a-z]/i.test(html[open + 2] ?? ''));
    const end = isTag ? html.indexOf('>', open) : -1;
    if (end === -1) {
      // Not a tag, or one never closed: no `>` follows, so nothing after this can be a tag either.
      out += isTag ? '' : '<';
      at = isTag ? html.length : open + 1;
      continue;
    }
    const closing = next === '/';
    const name = /^[a-z][a-z0-9]*/i.exec(html.slice(open + (closing ? 2 : 1), Math.min(end, open + 40)))?.[0]?.toLowerCase() ?? '';
    at = end + 1;
    if (name === 'br') out += '\n';
    else if (closing && BLOCK_ENDS.has(name)) out += '\n';
    else if (!closing && name === 'li') out += '- ';
    else if (!closing && RAW_TEXT.has(name)) {
      const rawEnd = new RegExp(`</${name}\\s*>`, 'gi');
      rawEnd.lastIndex = at;
      const found = rawEnd.exec(html);
      at = found ? found.index + found[0].length : html.length;
    }
  }
  if (at < html.length) out += html.slice(at);
  const lines = decodeEntities(out).split('\n').map(trimEndSpaces);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Spaces and tabs off a line's end, without a regex that backtracks over a long run of them. */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return line.slice(0, end);
}
