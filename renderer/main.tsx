import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
import { startReaderBoot, type ReaderBoot } from './features/reader/useReaderBoot';

/** Past this, "Opening Lectern…" shows while the first screen's data is still on its way. */
const OPENING_AFTER_MS = 150;

// The reader's data is usually here already (public/early.js asked before this bundle parsed): then
// React renders once, straight into the reader, instead of "Opening Lectern…" first and the reader a
// render later. A slow answer (or a failure) shows the app's own loading and error screens.
const root = document.getElementById('root');
let rendered = false;
const render = (initial: ReaderBoot | null) => {
  if (rendered || !root) return;
  rendered = true;
  createRoot(root).render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  );
};
startReaderBoot().then(render, () => render(null));
setTimeout(() => render(null), OPENING_AFTER_MS);
