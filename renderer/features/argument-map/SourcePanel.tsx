import { useEffect, useRef } from 'react';
import { showInArticle } from '../app/router';
import { passageOf, paragraphLabel } from '../selftest/content';
import type { MapNodeData } from './map-content';

/** The selected node's paragraph with its sentence marked, and the way to it in the reader. */
export function SourcePanel({ node, blockText }: { node: MapNodeData | null; blockText: (id: string) => string }) {
  const panel = useRef<HTMLElement>(null);
  // Where the panel scrolls on its own (a narrow window), bring the marked sentence into its view.
  useEffect(() => {
    const box = panel.current;
    const mark = box?.querySelector('mark');
    if (!box || !mark || box.scrollHeight <= box.clientHeight) return;
    box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
  }, [node]);
  if (!node) {
    return (
      <aside className="source-panel source-panel--empty" aria-labelledby="source-panel-title">
        <h2 id="source-panel-title" className="source-panel__title">
          In the text
        </h2>
        <p>Select a claim on the map to see the sentence it comes from, marked in its paragraph.</p>
      </aside>
    );
  }
  const source = { paragraph: node.source.block, quote: node.source.quote };
  const text = blockText(source.paragraph);
  const { start, end } = passageOf(source, blockText);
  return (
    <aside ref={panel} className="source-panel" aria-labelledby="source-panel-title" aria-live="polite">
      <h2 id="source-panel-title" className="source-panel__title">
        In the text: {paragraphLabel(source.paragraph)}
      </h2>
      <p className="source-panel__claim">{node.label}</p>
      <p className="source-panel__paragraph">
        {text.slice(0, start)}
        <mark className="source-panel__mark">{text.slice(start, end)}</mark>
        {text.slice(end)}
      </p>
      <button type="button" className="button button--primary" onClick={() => showInArticle({ paragraphId: source.paragraph, start, end })}>
        Show in article
      </button>
    </aside>
  );
}
