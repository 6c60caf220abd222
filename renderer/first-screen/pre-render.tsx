/**
 * The reader's first screen as HTML, rendered on the main side (the web host, Electron's app://
 * handler) into the page it serves, so the text paints as soon as the page and its stylesheet are in,
 * as a static page would, instead of after the bundle has loaded and run. main.tsx hydrates this
 * markup with the same App and the same answers (`FirstScreen`, sent in the page beside it), so React
 * adopts these elements instead of drawing them again. Nothing here may read the browser while
 * rendering: effects, which do, do not run on the main side.
 *
 * `prerender` waits for the lazy parts of the screen (on the main side they are in the same bundle),
 * so every Suspense boundary arrives complete: `renderToString` would send their fallbacks, and the
 * page would then throw them away and draw those parts itself (React's error #419).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from '../features/app/App';
import { bootOf, type FirstScreen } from '../features/reader/useReaderBoot';

export type { FirstScreen };

/** The markup inside #root for these answers; null when there is no document to show (the client says what to do). */
export async function preRenderFirstScreen(answers: FirstScreen): Promise<string | null> {
  if (!answers.opened) return null;
  const { prelude } = await prerender(
    <StrictMode>
      <App initial={bootOf(answers)} />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
