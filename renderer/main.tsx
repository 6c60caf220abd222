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
import { startReaderBoot } from './features/reader/useReaderBoot';

// Ask for the reader's data at once: the calls travel while React starts.
void startReaderBoot().catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
