import { DOMParser } from 'linkedom';
import { decodeHtml } from '../html-text';
import { elementName } from '../html-to-blocks';

/** Small helpers over linkedom's XML parser for the EPUB's package files (container, OPF, NCX). */

/**
 * The text of an XML or XHTML file in the book. OCF allows UTF-8 and UTF-16, told apart by the byte
 * order mark (or the zero bytes of UTF-16 without one); a file that is not text reads as empty.
 */
export function xmlText(bytes: Uint8Array): string {
  const decoded = decodeHtml(bytes);
  return decoded.ok ? decoded.text : '';
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}

/** Every element under `root` with this local name, whatever namespace prefix the file used. */
export function elementsNamed(root: Document | Element, name: string): Element[] {
  // querySelectorAll, not getElementsByTagName('*'): linkedom's XML documents return nothing for the latter.
  const wanted = name.toLowerCase();
  return Array.from(root.querySelectorAll('*')).filter((element) => elementName(element) === wanted);
}

/** The first child element of `parent` with this local name. */
export function childNamed(parent: Element | undefined, name: string): Element | undefined {
  const wanted = name.toLowerCase();
  return parent ? Array.from(parent.children).find((child) => elementName(child) === wanted) : undefined;
}

export function firstNamed(root: Document | Element, name: string): Element | undefined {
  return elementsNamed(root, name)[0];
}

/** An attribute by local name, so `epub:type` and `type` are both found. */
export function attributeNamed(element: Element, name: string): string | undefined {
  const direct = element.getAttribute(name);
  if (direct !== null) return direct;
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name.replace(/^.*:/, '') === name) return attribute.value;
  }
  return undefined;
}

/**
 * Resolves an href found in a file at `from` (a path inside the zip) to a zip path: percent-decoded,
 * without its fragment or query, `.` and `..` applied.
 */
export function resolveHref(from: string, href: string): string {
  const clean = href.replace(/[#?].*$/, '');
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // A malformed escape is kept as written; the entry then simply is not found.
  }
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (decoded.startsWith('/') ? decoded.slice(1) : base + decoded).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
