/** A small XML writer for the Moodle export: escaped text, attributes, two-space indentation. */

// XML 1.0 forbids these control characters even escaped; pack text could carry them.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text made safe for XML content and attribute values: markup in it stays literal characters. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // As references, so indenting the file never changes a text's line breaks.
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

const indent = (xml: string) => xml.split('\n').map((line) => `  ${line}`).join('\n');

/**
 * `<name attr="…">children</name>`. Children are already-written elements or escaped text; an
 * element of elements puts each on its own line, an element of text keeps it inline.
 */
export function element(name: string, attributes: Record<string, string>, children: readonly string[]): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const nested = children.some((child) => child.startsWith('<'));
  const body = nested ? `\n${children.map(indent).join('\n')}\n` : children.join('');
  return `<${name}${attrs}>${body}</${name}>`;
}

/** Moodle's `<text>` element around escaped text. */
export function textElement(text: string): string {
  return element('text', {}, [escapeXml(text)]);
}

/** A grade percentage as Moodle writes it: up to five decimals, no trailing zeros ("33.33333", "-50"). */
export function fraction(percent: number): string {
  return String(Number(percent.toFixed(5)));
}
