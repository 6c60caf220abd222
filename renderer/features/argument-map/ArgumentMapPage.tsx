import { useEffect, useState } from 'react';
import type { DocumentMap } from '../../../electron/contract/argument-map';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { AppHeader } from '../app/AppHeader';
import { useCurrentDocument } from '../app/current-document';
import { MapNode, noop } from './MapNode';
import { SourcePanel } from './SourcePanel';
import { regionsOf, sideLabelsOf, type MapNodeData } from './map-content';

type Recall = 'knew' | 'missed';
type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'none' } | { state: 'ready'; map: DocumentMap };

/** The open document's argument map, from its pack through the contract. */
export function ArgumentMapPage() {
  const documentId = useCurrentDocument()?.item.id ?? null;
  const [loaded, setLoaded] = useState<{ id: string | null; value: Loaded }>({ id: null, value: { state: 'loading' } });
  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    api['argumentMap.get']({ documentId }).then(
      (map) => live && setLoaded({ id: documentId, value: map ? { state: 'ready', map } : { state: 'none' } }),
      (error: Error) => live && setLoaded({ id: documentId, value: { state: 'failed', message: error.message } }),
    );
    return () => {
      live = false;
    };
  }, [documentId]);
  const value: Loaded = documentId === null ? { state: 'none' } : loaded.id === documentId ? loaded.value : { state: 'loading' };

  let body;
  if (value.state === 'loading') body = <p className="selftest__loading" role="status">Loading the argument map…</p>;
  else if (value.state === 'failed') body = <Banner tone="error" title="The argument map could not be loaded">{value.message}</Banner>;
  else if (value.state === 'none') body = <Banner tone="info" title="No argument map">This document has no argument map. A study pack can bring one.</Banner>;
  else body = <MapView key={documentId} documentMap={value.map} />;
  return (
    <>
      <AppHeader current="argument-map" />
      <main className="argument-map" id="argument-map">
        {body}
      </main>
    </>
  );
}

/**
 * A map laid out: context, the case against, the case for (and what it would give each side), and the
 * conclusion. Selecting a claim shows its sentence; "Hide the text" turns the map into a recall test.
 */
function MapView({ documentMap }: { documentMap: DocumentMap }) {
  const { map: argumentMap, blocks } = documentMap;
  const regions = regionsOf(argumentMap);
  const labels = sideLabelsOf(argumentMap);
  const blockText = (id: string) => blocks[id] ?? '';
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [recallMode, setRecallMode] = useState(false);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [recall, setRecall] = useState<ReadonlyMap<string, Recall>>(new Map());
  const order = [...regions.context, ...regions.against, ...regions.forGroups.flatMap((g) => g.nodes), ...regions.conclusion];
  const numberOf = (id: string) => order.findIndex((n) => n.id === id) + 1;
  const selected = argumentMap.nodes.find((n) => n.id === selectedId) ?? null;
  const knew = [...recall.values()].filter((r) => r === 'knew').length;

  const setMode = (on: boolean) => {
    setRecallMode(on);
    setRevealed(new Set());
    setRecall(new Map());
    if (on) setSelectedId(null);
  };

  const node = (n: MapNodeData) => (
    <li key={n.id}>
      <MapNode
        node={n}
        position={labels[n.side]}
        number={numberOf(n.id)}
        selected={selectedId === n.id}
        hidden={recallMode && !revealed.has(n.id)}
        recall={recall.get(n.id)}
        onSelect={() => setSelectedId((id) => (id === n.id ? null : n.id))}
        onReveal={() => {
          setRevealed((s) => new Set(s).add(n.id));
          setSelectedId(n.id);
        }}
        onRecall={recallMode ? (r) => setRecall((m) => new Map(m).set(n.id, r)) : noop}
      />
    </li>
  );

  return (
    <>
        <div className="argument-map__intro">
          <p className="page-kicker">Argument map</p>
          <h1 className="page-title">{argumentMap.question}</h1>
          <p className="argument-map__lead">Select a claim to see the sentence of the text it comes from.</p>
          <div className="argument-map__tools">
            <button type="button" className="button" aria-pressed={recallMode} onClick={() => setMode(!recallMode)}>
              {recallMode ? 'Show the text' : 'Hide the text'}
            </button>
            {recallMode && (
              <>
                <p className="argument-map__tally" role="status">
                  Revealed {revealed.size} of {order.length} · recalled {knew}
                </p>
                <button type="button" className="button button--link" onClick={() => setRevealed(new Set(order.map((n) => n.id)))}>
                  Reveal all
                </button>
              </>
            )}
          </div>
          {recallMode && <p className="argument-map__hint">Each card shows only where the claim stands. Recall it, reveal it, then say whether you knew it.</p>}
        </div>
        <div className="argument-map__layout">
          <div className="argument-map__map">
            {/* A pack's map may leave a region out: no heading over nothing. */}
            {regions.context.length > 0 && (
              <section className="map-region map-region--context" aria-labelledby="region-context">
                <h2 id="region-context" className="map-region__title">
                  {labels.context}
                </h2>
                <ul className="map-region__nodes map-region__nodes--row">{regions.context.map(node)}</ul>
              </section>
            )}
            <div className="argument-map__sides">
              {regions.against.length > 0 && (
                <section className="map-region map-region--against" aria-labelledby="region-against">
                  <h2 id="region-against" className="map-region__title">
                    {labels.against}
                  </h2>
                  <ul className="map-region__nodes">{regions.against.map(node)}</ul>
                </section>
              )}
              {regions.forGroups.some((group) => group.nodes.length > 0) && (
                <section className="map-region map-region--for" aria-labelledby="region-for">
                  <h2 id="region-for" className="map-region__title">
                    {labels.for}
                  </h2>
                  {regions.forGroups
                    .filter((group) => group.nodes.length > 0)
                    .map((group) => (
                      <div key={group.id} className="map-group">
                        {group.title && <h3 className="map-group__title">{group.title}</h3>}
                        <ul className="map-region__nodes">{group.nodes.map(node)}</ul>
                      </div>
                    ))}
                </section>
              )}
            </div>
            {regions.conclusion.length > 0 && (
              <section className="map-region map-region--conclusion" aria-labelledby="region-conclusion">
                <h2 id="region-conclusion" className="map-region__title">
                  {labels.conclusion}
                </h2>
                <ul className="map-region__nodes map-region__nodes--row">{regions.conclusion.map(node)}</ul>
              </section>
            )}
          </div>
          <SourcePanel node={selected} blockText={blockText} />
        </div>
    </>
  );
}
