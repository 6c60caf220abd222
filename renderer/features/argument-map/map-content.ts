// A document's argument map (from `argumentMap.get`), grouped the way the map lays it out.
import type { PackArgumentMap, PackMapNode, PackMapSide } from '../../../electron/domain/pack/pack-schema';

export type MapNodeData = PackMapNode;
export type NodeGroup = { id: string; title: string; nodes: MapNodeData[] };

/** Headings of the sides when the pack gives none. */
const defaultSideLabels: Record<PackMapSide, string> = { context: 'Context', against: 'Against', for: 'For', conclusion: 'Conclusion' };

/** The headings of the map's sides: the pack's own, else the defaults. */
export function sideLabelsOf(map: PackArgumentMap): Record<PackMapSide, string> {
  return { ...defaultSideLabels, ...map.sideLabels };
}

/**
 * The map's regions, top to bottom: context, the two sides (the "for" side grouped by whom a reason
 * benefits, reasons for no one in particular first), the conclusion.
 */
export function regionsOf(map: PackArgumentMap) {
  const on = (filter: (n: MapNodeData) => boolean) => map.nodes.filter(filter);
  const forNodes = on((n) => n.side === 'for');
  const beneficiaries = [...new Set(forNodes.flatMap((n) => (n.gainsFor ? [n.gainsFor] : [])))];
  const general = forNodes.filter((n) => !n.gainsFor);
  const forGroups: NodeGroup[] = [
    ...(general.length > 0 ? [{ id: 'why', title: beneficiaries.length > 0 ? 'Why it may happen' : '', nodes: general }] : []),
    ...beneficiaries.map((who, index) => ({ id: `gains-${index}`, title: `What ${who} would gain`, nodes: forNodes.filter((n) => n.gainsFor === who) })),
  ];
  return { context: on((n) => n.side === 'context'), against: on((n) => n.side === 'against'), forGroups, conclusion: on((n) => n.side === 'conclusion') };
}
