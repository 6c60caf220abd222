import { useState } from 'react';
import type { ArgumentNode } from '../../../data/schemas/argument-map';
import { AppHeader } from '../app/AppHeader';
import { MapNode, noop } from './MapNode';
import { SourcePanel } from './SourcePanel';
import { argumentMap, regions } from './map-content';

type Recall = 'knew' | 'missed';

/**
 * "Could Japan become a NATO member?" laid out: context, the case against joining soon, the case for
 * joining one day (and what it would give each side), and the conclusion. Selecting a claim shows its
 * sentence; "Hide the text" turns the map into a recall test.
 */
export function ArgumentMapPage() {
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

  const node = (n: ArgumentNode) => (
    <li key={n.id}>
      <MapNode
        node={n}
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
      <AppHeader current="argument-map" />
      <main className="argument-map" id="argument-map">
        <div className="argument-map__intro">
          <p className="page-kicker">Argument map</p>
          <h1 className="page-title">{argumentMap.question}</h1>
          <p className="argument-map__lead">
            The article’s last two paragraphs weigh the question; what comes before gives the background. Select a claim to see its sentence.
          </p>
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
            <section className="map-region map-region--context" aria-labelledby="region-context">
              <h2 id="region-context" className="map-region__title">
                Context <span className="map-region__sub">paragraphs 1–4</span>
              </h2>
              <ul className="map-region__nodes map-region__nodes--row">{regions.context.map(node)}</ul>
            </section>
            <div className="argument-map__sides">
              <section className="map-region map-region--against" aria-labelledby="region-against">
                <h2 id="region-against" className="map-region__title">
                  Against: not in the near future
                </h2>
                <ul className="map-region__nodes">{regions.against.map(node)}</ul>
              </section>
              <section className="map-region map-region--for" aria-labelledby="region-for">
                <h2 id="region-for" className="map-region__title">
                  For: one day
                </h2>
                {regions.forGroups.map((group) => (
                  <div key={group.id} className="map-group">
                    <h3 className="map-group__title">{group.title}</h3>
                    <ul className="map-region__nodes">{group.nodes.map(node)}</ul>
                  </div>
                ))}
              </section>
            </div>
            <section className="map-region map-region--conclusion" aria-labelledby="region-conclusion">
              <h2 id="region-conclusion" className="map-region__title">
                Conclusion
              </h2>
              <ul className="map-region__nodes map-region__nodes--row">{regions.conclusion.map(node)}</ul>
            </section>
          </div>
          <SourcePanel node={selected} />
        </div>
      </main>
    </>
  );
}
