/**
 * The page the app opens on, with the reader's first screen already in it: the markup the renderer's
 * own App renders for the document read last (renderer/first-screen/pre-render.tsx, passed in so this
 * side imports no React), the two answers it was drawn from (for main.tsx to hydrate with the same),
 * the theme on <html> so the first paint has it, and `data-placing` when the reader reopens past the
 * top, which keeps the text hidden until it is scrolled to the place (useReadingPosition), so the
 * top never shows and jumps. Served by the web host (with the tab's token) and Electron's app://.
 */
import type { Handlers } from '../contract/contract';
import { FIRST_SCREEN_ID, documentToOpen, type FirstScreen } from '../contract/first-screen';
import type { OpenedDocument } from '../contract/library';

export type PreRender = (answers: FirstScreen) => Promise<string | null>;

/** What the reader opens on with no document named (an address's hash never reaches this side): documentToOpen's choice, the page's own. */
export async function firstScreenOf(handlers: Pick<Handlers, 'settings.get' | 'library.open' | 'library.list'>): Promise<FirstScreen> {
  const settings = await handlers['settings.get']({});
  return { settings, opened: await documentToOpen({ open: (input) => handlers['library.open'](input), list: () => handlers['library.list']({}) }) };
}

/**
 * JSON that is safe inside a <script> element whatever the text holds (an imported page's title
 * "</script><script>…" included): every `<` is escaped, so the element cannot be closed or commented
 * from inside. U+2028/2029 are escaped for older parsers' sake.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** True when the saved place is past the top: the first block at offset 0 is the top (useReadingPosition). */
function opensPastTop(opened: OpenedDocument): boolean {
  const place = opened.reading;
  if (!place) return false;
  const first = opened.document.sections.find((section) => section.blocks.length > 0)?.blocks[0]?.id;
  return !(place.paragraphId === first && place.offset === 0);
}

const HTML_OPEN = '<html lang="en">';
const ROOT = '<div id="root"></div>';
const EARLY_SCRIPT = '<script src="./early.js"></script>';

/**
 * index.html with the first screen in it; the page unchanged when there is nothing to pre-render or
 * the page is not the one expected (then the renderer draws the first screen itself, as before).
 */
export async function firstScreenPage(template: string, answers: FirstScreen, preRender: PreRender): Promise<string> {
  if (!answers.opened || !template.includes(HTML_OPEN) || !template.includes(ROOT) || !template.includes(EARLY_SCRIPT)) return template;
  const markup = await preRender(answers);
  if (markup === null) return template;
  const placing = opensPastTop(answers.opened) ? ' data-placing=""' : '';
  const theme = answers.settings.theme.replace(/[^a-z]/g, '');
  const data = `<script type="application/json" id="${FIRST_SCREEN_ID}">${scriptSafeJson(answers)}</script>`;
  return template
    .replace(HTML_OPEN, () => `<html lang="en" data-theme="${theme}" data-pre-rendered=""${placing}>`)
    .replace(EARLY_SCRIPT, () => `${data}\n    ${EARLY_SCRIPT}`)
    // Busy until the app has taken the screen over (main.tsx): a control pressed before then does nothing.
    .replace(ROOT, () => `<div id="root" aria-busy="true">${markup}</div>`);
}
