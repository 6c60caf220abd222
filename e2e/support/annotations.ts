/** Helpers for the annotation specs: selecting article text with the mouse, and reading painted highlights. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const article = JSON.parse(readFileSync('data/article.json', 'utf8')) as { id: string; paragraphs: { id: string; text: string }[] };

export function paragraph(id: string): string {
  const found = article.paragraphs.find((p) => p.id === id);
  if (!found) throw new Error(`no paragraph ${id}`);
  return found.text;
}

/**
 * Drags the mouse across `phrase` in paragraph `paragraphId`, as a person selecting it would. The
 * page may still be settling (fonts, layout) under load, so the drag is retried until the selection
 * is exactly the phrase. `text` is the block's text (the article's paragraph by default; pass it for another document).
 * Each try starts from no selection: a press inside a selection left by a missed try would drag
 * that selected text instead of selecting anew, so every retry would keep the missed one.
 */
export async function dragSelect(page: Page, paragraphId: string, phrase: string, text = paragraph(paragraphId)): Promise<void> {
  await expect
    .poll(async () => {
      await dragOnce(page, paragraphId, phrase, text);
      return page.evaluate(() => document.getSelection()?.toString());
    })
    .toBe(phrase);
}

async function dragOnce(page: Page, paragraphId: string, phrase: string, text: string): Promise<void> {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in ${paragraphId}`);
  const box = await page.evaluate(
    async ({ paragraphId, start, end }) => {
      // A web font still loading would move the lines between measuring and dragging.
      await document.fonts.ready;
      document.getSelection()?.removeAllRanges();
      const element = document.querySelector(`[data-paragraph-id="${paragraphId}"]`)!;
      const text = element.firstChild!;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const first = range.getBoundingClientRect();
      range.setStart(text, end - 1);
      range.setEnd(text, end);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    { paragraphId, start, end: start + phrase.length },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** How many ranges each annotation highlight paints. */
export function paintedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const name of ['yellow', 'green', 'blue', 'pink']) out[name] = CSS.highlights.get(`annotation-${name}`)?.size ?? 0;
    return out;
  });
}
