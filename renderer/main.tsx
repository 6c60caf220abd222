import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-ext-400.css';
import '@fontsource/literata/latin-400-italic.css';
import '@fontsource/literata/latin-600.css';
import '@fontsource/literata/latin-ext-600.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/reader.css';
import './styles/annotations.css';
import './styles/versions.css';
import './styles/flashcards.css';
import './styles/study.css';
import './styles/selftest.css';
import './styles/questions.css';
import './styles/argument-map.css';
import './styles/import.css';
import './styles/study-document.css';
import './styles/library.css';
import { App } from './features/app/App';
import { bootOf, startReaderBoot, type FirstScreen, type ReaderBoot } from './features/reader/useReaderBoot';
import { rememberTheme } from './features/reader/theme-memory';
import { FIRST_SCREEN_ID } from '../electron/contract/first-screen';

/** Past this, "Opening Lectern…" shows while the first screen's data is still on its way. */
const OPENING_AFTER_MS = 150;

const root = document.getElementById('root');

/**
 * The answers the page's first screen was pre-rendered from, when it is the screen to show. A page
 * opened on another screen (public/early.js marks it stale) is cleared: the app draws that one itself.
 */
function preRendered(): FirstScreen | null {
  const data = document.getElementById(FIRST_SCREEN_ID);
  const html = document.documentElement;
  let answers: FirstScreen | null = null;
  if (data && html.dataset.preRendered !== 'stale') {
    try {
      answers = JSON.parse(data.textContent ?? '') as FirstScreen;
    } catch {
      answers = null;
    }
  }
  if (!answers) {
    if (html.dataset.preRendered !== undefined) root?.replaceChildren();
    delete html.dataset.preRendered;
    delete html.dataset.placing;
  }
  return answers;
}

/** Renders nothing; once the pre-rendered screen is React's (its first commit), the page is no longer busy. */
function Hydrated() {
  useEffect(() => root?.removeAttribute('aria-busy'), []);
  return null;
}

const app = (initial: ReaderBoot | null) => (
  <StrictMode>
    <App initial={initial} />
    <Hydrated />
  </StrictMode>
);

const answers = preRendered();
if (root && answers) {
  // The text is on screen already: React adopts the pre-rendered elements instead of drawing them.
  rememberTheme(answers.settings.theme);
  hydrateRoot(root, app(bootOf(answers)));
} else {
  // The reader's data is usually here already (public/early.js asked before this bundle parsed): then
  // React renders once, straight into the reader, instead of "Opening Lectern…" first and the reader a
  // render later. A slow answer (or a failure) shows the app's own loading and error screens.
  let rendered = false;
  const render = (initial: ReaderBoot | null) => {
    if (rendered || !root) return;
    rendered = true;
    createRoot(root).render(app(initial));
  };
  startReaderBoot().then(render, () => render(null));
  setTimeout(() => render(null), OPENING_AFTER_MS);
}
