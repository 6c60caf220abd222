import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './support/api-call';
import { exportedFile } from './support/exported-file';

const example = readFileSync('docs/example.lectern.json', 'utf8');
type Outcome = { outcome: string; token?: string; item?: { id: string; title: string }; warnings?: string[] };
type Reply = { ok: true; value: Outcome } | { ok: false; error: { message: string } };

/**
 * Sends a file the way the browser version's file chooser does (POST /upload with the tab's token),
 * and accepts the content warnings as the review dialog's “Import anyway” does.
 */
async function importPack(page: Page, name: string, text: string): Promise<Reply> {
  const reply = await page.evaluate(
    async ([fileName, body]) => {
      const response = await fetch(`upload?name=${encodeURIComponent(fileName)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-lectern-token': sessionStorage.getItem('lectern.token') ?? '' },
        body,
      });
      return (await response.json()) as Reply;
    },
    [name, text] as const,
  );
  if (reply.ok && reply.value.outcome === 'review') return { ok: true, value: await callApi<Outcome>(page, 'library.confirmImport', { token: reply.value.token }) };
  return reply;
}

/** Opens a document in the reader (the app's current document), then, if asked, another page for it. */
async function openDocument(page: Page, id: string, route = 'reader') {
  await page.evaluate((hash) => (window.location.hash = hash), `#/reader?doc=${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Gettysburg Address' })).toBeVisible();
  if (route !== 'reader') await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
}

test.skip(({ mode }) => mode === 'electron', 'the pack travels through the web host’s upload here; the desktop reads it in its own open dialog');

test('docs/example.lectern.json imports; its self-test and argument map are that document’s', async ({ lectern }, testInfo) => {
  const { page } = lectern;
  const reply = await importPack(page, 'example.lectern.json', example);
  if (!reply.ok) throw new Error(reply.error.message);
  expect(reply.value).toMatchObject({ outcome: 'imported', item: { title: 'The Gettysburg Address' } });
  const id = reply.value.item!.id;

  await openDocument(page, id);
  await page.getByRole('link', { name: 'Argument map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JSON.parse(example).argumentMap.question })).toBeVisible();
  const node = JSON.parse(example).argumentMap.nodes[0] as { label: string; source: { quote: string } };
  await page.getByRole('button', { name: new RegExp(`^${node.label}`) }).click();
  await expect(page.getByRole('complementary').locator('mark')).toHaveText(node.source.quote);
  await page.screenshot({ path: testInfo.outputPath('pack-argument-map.png'), fullPage: true });
  await page.getByRole('link', { name: 'Self-test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JSON.parse(example).selfTest.title })).toBeVisible();
});

test('a map that leaves a side out shows no heading over nothing', async ({ lectern }) => {
  const { page } = lectern;
  const pack = JSON.parse(example) as { argumentMap: { nodes: { side: string }[] } };
  pack.argumentMap.nodes = pack.argumentMap.nodes.filter((n) => n.side !== 'against');
  const reply = await importPack(page, 'no-objection.lectern.json', JSON.stringify(pack));
  if (!reply.ok) throw new Error(reply.error.message);
  await openDocument(page, reply.value.item!.id, 'argument-map');
  const map = page.getByRole('main');
  await expect(map.getByRole('heading', { level: 2, name: 'Reasons to carry on' })).toBeVisible();
  await expect(map.getByRole('heading', { name: 'What the ceremony cannot do' })).toHaveCount(0);
});

test('a pack with a wrong quote is refused, naming the item, and nothing is imported', async ({ lectern }) => {
  const { page } = lectern;
  const wrong = example.replace('Four score and seven years ago our fathers brought forth on this continent, a new nation', 'Five score years ago');
  const reply = await importPack(page, 'wrong.lectern.json', wrong);
  expect(reply.ok).toBe(false);
  if (!reply.ok) expect(reply.error.message).toContain('card how-long-ago: quote not found in block p1');
  const { items } = await callApi<{ items: { builtin: boolean }[] }>(page, 'library.list');
  expect(items.filter((item) => !item.builtin)).toHaveLength(0);
});

test('a document with own cards and questions exported as a pack imports again, and its self-test is taken there', async ({ lectern }, testInfo) => {
  let page = lectern.page;
  const first = await importPack(page, 'example.lectern.json', example);
  if (!first.ok) throw new Error(first.error.message);
  const id = first.value.item!.id;
  const quote = 'government of the people, by the people, for the people';
  const block = JSON.parse(example).document.sections[0].blocks.find((b: { text: string }) => b.text.includes(quote));
  const start = block.text.indexOf(quote);
  await callApi(page, 'cards.create', { kind: 'basic', documentId: id, front: 'What shall not perish from the earth?', back: quote, source: { paragraph: block.id, start, end: start + quote.length, quote } });

  await openDocument(page, id, 'cards');
  await page.getByRole('button', { name: 'Export as study pack' }).click();
  // The pack's own credits come filled in.
  const credits = page.getByRole('dialog', { name: 'Export “The Gettysburg Address” as a study pack' });
  await expect(credits.getByLabel('Made by')).toHaveValue(JSON.parse(example).manifest.packAuthor);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`pack-export-dialog-${theme}.png`) });
  }
  const file = await exportedFile(lectern, () => credits.getByRole('button', { name: 'Export' }).click());
  expect(file.name).toMatch(/\.lectern\.json$/);
  expect(file.text).toContain('What shall not perish from the earth?');

  // The document leaves this library for good (removed, then the restart drops it with its cards), so
  // the exported file imports as onto a machine that never had it.
  await callApi(page, 'library.remove', { id });
  page = await lectern.restart();
  const again = await importPack(page, file.name, file.text);
  if (!again.ok) throw new Error(again.error.message);
  expect(again.value.outcome).toBe('imported');
  const there = again.value.item!.id;
  const { cards } = await callApi<{ cards: { front: string }[] }>(page, 'cards.list', { documentId: there });
  expect(cards.map((card) => card.front)).toContain('What shall not perish from the earth?');

  await openDocument(page, there, 'selftest');
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
});
