/** The argument map of a document, from the pack the document came with (built-in or imported). */
import type { argumentMapContract } from '../contract/argument-map';
import type { FeatureHandlers } from '../contract/spec';
import type { ServiceContext } from './deps';

export function argumentMapHandlers({ store, documents }: ServiceContext): FeatureHandlers<typeof argumentMapContract> {
  return {
    'argumentMap.get': async ({ documentId }) => {
      await documents.ready;
      const map = documents.pack(documentId, store.read())?.argumentMap;
      if (!map) return null;
      const text = await documents.load(documentId);
      const blocks = Object.fromEntries(map.nodes.map((node) => [node.source.block, text.blockText(node.source.block) ?? '']));
      return { map, blocks };
    },
  };
}
