/**
 * The reader's first screen pre-rendered by the main side into the page it serves
 * (web-host/first-screen-page.ts), and hydrated by the renderer (main.tsx) from the same answers.
 */
import type { OpenedDocument } from './library';
import type { Settings } from './settings';

/** The two answers the first screen is drawn from: `settings.get` and the reader's `library.open`. */
export type FirstScreen = { settings: Settings; opened: OpenedDocument | null };

/** The id of the page's `<script type="application/json">` holding them (public/early.js spells it out too). */
export const FIRST_SCREEN_ID = 'lectern-first-screen';
