// The argument map as shipped (validated by data tests), grouped the way the map lays it out.
import argumentMapJson from '../../../data/argument-map.json';
import type { ArgumentMap, ArgumentNode } from '../../../data/schemas/argument-map';

export const argumentMap = argumentMapJson as ArgumentMap;

export type NodeGroup = { id: string; title: string; nodes: ArgumentNode[] };

const on = (filter: (n: ArgumentNode) => boolean) => argumentMap.nodes.filter(filter);

/** The map's regions, top to bottom: context, the two sides (the "for" side in three groups), the conclusion. */
export const regions = {
  context: on((n) => n.side === 'context'),
  against: on((n) => n.side === 'against-soon'),
  forGroups: [
    { id: 'why', title: 'Why it may happen', nodes: on((n) => n.side === 'for-one-day' && !n.gainsFor) },
    { id: 'japan', title: 'What Japan would gain', nodes: on((n) => n.side === 'for-one-day' && n.gainsFor === 'japan') },
    { id: 'nato', title: 'What NATO would gain', nodes: on((n) => n.side === 'for-one-day' && n.gainsFor === 'nato') },
  ] satisfies NodeGroup[],
  conclusion: on((n) => n.side === 'conclusion'),
};

/** How a hidden node is described in recall mode: its place in the argument, not its content. */
export const positionLabels: Record<ArgumentNode['side'], string> = {
  context: 'Context',
  'against-soon': 'Against, near future',
  'for-one-day': 'For, one day',
  conclusion: 'Conclusion',
};
