/**
 * The reader's first screen as HTML, rendered on the main side (the web host, Electron's app://
 * handler) into the page it serves, so the text paints as soon as the page and its stylesheet are in,
 * as a static page would, instead of after the bundle has loaded and run. main.tsx hydrates this
 * markup with the same App and the same answers (`FirstScreen`, sent in the page beside it), so React
 * adopts these elements instead of drawing them again. Nothing here may read the browser while
 * rendering: effects, which do, do not run on the main side.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../features/app/App';
import { bootOf, type FirstScreen } from '../features/reader/useReaderBoot';

export type { FirstScreen };

/** The markup inside #root for these answers; null when there is no document to show (the client says what to do). */
export function preRenderFirstScreen(answers: FirstScreen): string | null {
  if (!answers.opened) return null;
  return renderToString(
    <StrictMode>
      <App initial={bootOf(answers)} />
    </StrictMode>,
  );
}
