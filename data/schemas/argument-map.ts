import { z } from 'zod';
import { Source } from './article';

/** Where a node stands in the argument: reasons against joining soon, for joining one day, the verdict, or background. */
export const ArgumentSide = z.enum(['against-soon', 'for-one-day', 'conclusion', 'context']);
export type ArgumentSide = z.infer<typeof ArgumentSide>;

/** One claim of the map: a short label and a detail in our words, tied to the sentence it paraphrases. */
export const ArgumentNode = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug'),
  side: ArgumentSide,
  /** On the "for" side: whom membership would benefit; absent for reasons it may happen. */
  gainsFor: z.enum(['japan', 'nato']).optional(),
  label: z.string().trim().min(1).max(80),
  detail: z.string().trim().min(1).max(400),
  source: Source,
});
export type ArgumentNode = z.infer<typeof ArgumentNode>;

/**
 * The argument map as shipped in data/argument-map.json. Nodes are listed in display order within each
 * side; ids are unique, every side has a node, and the conclusion is one or two nodes so it fits its slot.
 */
export const ArgumentMap = z
  .object({
    version: z.literal(1),
    question: z.string().trim().min(1),
    nodes: z.array(ArgumentNode).min(4),
  })
  .superRefine((map, ctx) => {
    const seen = new Set<string>();
    map.nodes.forEach((node, index) => {
      if (seen.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', index, 'id'], message: `duplicate node id: ${node.id}` });
      seen.add(node.id);
    });
    for (const side of ArgumentSide.options) {
      if (!map.nodes.some((n) => n.side === side)) ctx.addIssue({ code: 'custom', path: ['nodes'], message: `no node on side "${side}"` });
    }
    map.nodes.forEach((node, index) => {
      if (node.gainsFor && node.side !== 'for-one-day') ctx.addIssue({ code: 'custom', path: ['nodes', index, 'gainsFor'], message: 'only a "for" node names whom it benefits' });
    });
    const conclusions = map.nodes.filter((n) => n.side === 'conclusion').length;
    if (conclusions > 2) ctx.addIssue({ code: 'custom', path: ['nodes'], message: `${conclusions} conclusion nodes, at most 2` });
  });
export type ArgumentMap = z.infer<typeof ArgumentMap>;
