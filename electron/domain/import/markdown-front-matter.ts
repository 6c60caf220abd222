/**
 * YAML front matter (`---` lines around `key: value` pairs at the very top), which CommonMark does not
 * know and would read as a rule and a heading. Only the title and author are taken; the rest is
 * dropped with it. This reads lines of metadata, not Markdown.
 */
export function readFrontMatter(text: string): { meta: { title?: string; author?: string }; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return { meta: {}, body: text };
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end < 0) return { meta: {}, body: text };
  const meta: { title?: string; author?: string } = {};
  for (const line of lines.slice(1, end)) {
    const pair = /^(title|author)\s*:\s*(.*)$/i.exec(line.trim());
    if (!pair?.[1] || pair[2] === undefined) continue;
    const value = pair[2].trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value.length === 0) continue;
    if (pair[1].toLowerCase() === 'title') meta.title = value;
    else meta.author = value;
  }
  return { meta, body: lines.slice(end + 1).join('\n') };
}
