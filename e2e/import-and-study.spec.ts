import { test, expect, type Lectern } from './fixtures';
import { buildEpub, clutteredPage } from '../electron/domain/import/fixtures';
import { paintedCounts } from './support/annotations';
import { fileToImport, importThroughChooser, selectPhrase, type FileToImport } from './support/import-driver';

/** One format's journey: what to import and the passages to study in it. */
type Journey = {
  format: string;
  /** Imports the document the way a person would (file chooser or the paste dialog). */
  bring: (lectern: Lectern) => Promise<void>;
  title: string;
  highlight: string;
  note: string;
  card: string;
  /** The word of `card` hidden in the cloze card. */
  gap: string;
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The card's text with its gap as the review and the browser show it: "[…]", which a screen reader hears as "blank". */
const withGap = (card: string, gap: string) => new RegExp(card.split(gap).map(escaped).join('\\[…\\](blank)?'));

const chooser = (file: FileToImport) => (lectern: Lectern) => importThroughChooser(lectern, file);

const journeys: Journey[] = [
  {
    format: 'plain text (.txt)',
    bring: chooser(
      fileToImport(
        'tides.txt',
        'Tides and the Moon\n\nby A. Student\n\nThe moon pulls the sea toward it, and the sea answers twice a day.\n\nSpring tides come when the sun and the moon line up.\n\nNeap tides come at the quarter moons, when the pulls work against each other.\n',
      ),
    ),
    title: 'Tides and the Moon',
    highlight: 'the sea answers twice a day',
    note: 'Spring tides come when the sun and the moon line up',
    card: 'Neap tides come at the quarter moons',
    gap: 'quarter',
  },
  {
    format: 'Markdown (.md)',
    bring: chooser(
      fileToImport(
        'rivers.md',
        '# Rivers of the North\n\nThe Wendle rises in *peat hills* above the town.\n\n## Floods\n\n> Water remembers where it used to go.\n\n- alder grows along the banks\n- willow covers the islands below the weir\n',
      ),
    ),
    title: 'Rivers of the North',
    highlight: 'rises in peat hills',
    note: 'Water remembers where it used to go.',
    card: 'willow covers the islands below the weir',
    gap: 'islands',
  },
  {
    format: 'a saved web page (.html)',
    bring: chooser(fileToImport('otter.html', clutteredPage())),
    title: 'The Slow Return of the River Otter',
    highlight: 'a camera trap set by volunteers',
    note: 'Ecologists say the return is no accident.',
    card: 'the results will be published in the autumn',
    gap: 'autumn',
  },
  {
    format: 'EPUB (.epub)',
    bring: chooser(
      fileToImport(
        'stars.epub',
        buildEpub({
          title: 'A Short Book of Stars',
          authors: ['M. Reader'],
          chapters: [
            { title: 'The Pole Star', paragraphs: ['Polaris sits almost exactly above the north pole of the Earth.', 'Sailors found their latitude from its height above the horizon.'] },
            { title: 'Wandering Planets', paragraphs: ['The planets drift against the fixed stars from night to night.', 'Venus is never far from the sun in the evening sky.'] },
          ],
        }),
      ),
    ),
    title: 'A Short Book of Stars',
    highlight: 'almost exactly above the north pole',
    note: 'Sailors found their latitude',
    card: 'Venus is never far from the sun',
    gap: 'Venus',
  },
  {
    format: 'pasted text',
    bring: async ({ page }) => {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Paste text…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Paste text' });
      await dialog.getByLabel('Title').fill('Notes on Bees');
      await dialog.getByLabel('Author (optional)').fill('B. Keeper');
      await dialog.getByLabel('Text').fill('A worker bee visits hundreds of flowers on one trip.\n\nThe waggle dance tells the hive where the flowers are.\n\nA queen can lay two thousand eggs in a single day.');
      await dialog.getByRole('button', { name: 'Import text' }).click();
      await expect(dialog).toBeHidden();
    },
    title: 'Notes on Bees',
    highlight: 'visits hundreds of flowers',
    note: 'The waggle dance tells the hive',
    card: 'A queen can lay two thousand eggs',
    gap: 'thousand',
  },
];

for (const journey of journeys) {
  test(`imports ${journey.format}, then reads, highlights, notes, makes and reviews a card, and finds it all after a restart`, async ({ lectern }) => {
    test.setTimeout(90_000);
    let page = lectern.page;
    await expect(page.getByRole('heading', { level: 1, name: /Japan Deepens Its Cooperation/ })).toBeVisible();

    await journey.bring(lectern);
    await expect(page.getByRole('heading', { level: 1, name: journey.title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Imported “${journey.title}”` })).toBeVisible();
    await expect(page.getByText(journey.card)).toBeVisible();

    // Highlight.
    await selectPhrase(page, journey.highlight);
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
    await toolbar.getByRole('button', { name: 'Highlight Blue' }).click();
    await expect.poll(() => paintedCounts(page)).toMatchObject({ blue: 1 });

    // Note.
    await selectPhrase(page, journey.note);
    await toolbar.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(`Remember: ${journey.format}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Remember: ${journey.format}`)).toBeVisible();

    // A cloze card from a passage.
    await selectPhrase(page, journey.card);
    await toolbar.getByRole('button', { name: 'Make card' }).click();
    await expect(page.getByRole('heading', { name: 'Make a card' })).toBeVisible();
    await expect(page.locator('.passage blockquote')).toHaveText(`“${journey.card}”`);
    await page.getByRole('radio', { name: 'Hide words (cloze)' }).check();
    await page.getByRole('group', { name: 'Words to hide' }).getByRole('button', { name: journey.gap, exact: true }).click();
    await page.getByRole('button', { name: 'Save card' }).click();
    await expect(page.getByRole('heading', { name: 'Card saved' })).toBeVisible();

    // Review it.
    await page.getByRole('link', { name: 'Flashcards' }).click();
    const front = page.locator('.review-card__front');
    await expect(front).toHaveText(withGap(journey.card, journey.gap));
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('.review__progress')).toContainText('1 reviewed');

    // Restart: the app reopens on the document, with the highlight, the note and the card.
    page = await lectern.restart();
    await expect(page.getByRole('heading', { level: 1, name: journey.title })).toBeVisible();
    // The note took the colour used last, so both are blue.
    await expect.poll(() => paintedCounts(page)).toMatchObject({ blue: 2 });
    await page.getByRole('button', { name: 'Annotations' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await expect(sidebar.getByText('2 annotations')).toBeVisible();
    await expect(sidebar.getByText(`Remember: ${journey.format}`)).toBeVisible();
    await page.evaluate(() => (window.location.hash = '#/cards'));
    await page.getByRole('searchbox', { name: 'Search cards' }).fill(journey.gap);
    await expect(page.locator('.card-row').filter({ hasText: withGap(journey.card, journey.gap) })).toHaveCount(1);
  });
}
