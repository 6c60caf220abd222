import type { MapNodeData } from './map-content';

type Props = {
  node: MapNodeData;
  /** Where the claim stands, as its side's heading says (shown in recall mode instead of the claim). */
  position: string;
  number: number;
  selected: boolean;
  hidden: boolean;
  recall: 'knew' | 'missed' | undefined;
  onSelect: () => void;
  onReveal: () => void;
  onRecall: (result: 'knew' | 'missed') => void;
};

/**
 * One claim of the map: a button that selects it (showing its sentence), or, in recall mode, a card
 * giving only its place in the argument until the learner reveals it and says whether they knew it.
 */
export function MapNode({ node, position, number, selected, hidden, recall, onSelect, onReveal, onRecall }: Props) {
  if (hidden) {
    return (
      <div className={`map-node map-node--${node.side} map-node--hidden`}>
        <p className="map-node__position">
          {number}. {position}
        </p>
        <p className="map-node__prompt">What is this claim?</p>
        <button type="button" className="button" onClick={onReveal} aria-label={`Reveal claim ${number} (${position})`}>
          Reveal
        </button>
      </div>
    );
  }
  return (
    <div className={`map-node map-node--${node.side} ${selected ? 'is-selected' : ''}`}>
      <button type="button" className="map-node__button" aria-pressed={selected} onClick={onSelect}>
        <span className="map-node__label">{node.label}</span>
        <span className="map-node__detail">{node.detail}</span>
      </button>
      {recall === undefined && onRecall !== noop && (
        <div className="map-node__recall" role="group" aria-label={`Did you recall claim ${number}?`}>
          <button type="button" className="button button--small" onClick={() => onRecall('knew')}>
            I knew it
          </button>
          <button type="button" className="button button--small" onClick={() => onRecall('missed')}>
            I missed it
          </button>
        </div>
      )}
      {recall && <p className={`map-node__recalled map-node__recalled--${recall}`}>{recall === 'knew' ? 'You knew this one.' : 'You missed this one.'}</p>}
    </div>
  );
}

/** Pass as `onRecall` when the node was never hidden, so no recall question is asked. */
export const noop = () => undefined;
