/** Flashcards methods over the store and domain logic. */
import type { flashcardsContract } from '../contract/flashcards';
import type { FeatureHandlers } from '../contract/spec';
import type { ServiceDeps } from './deps';

export function flashcardsHandlers(_deps: Required<ServiceDeps>): FeatureHandlers<typeof flashcardsContract> {
  return {};
}
