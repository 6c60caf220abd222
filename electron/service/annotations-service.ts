/** Annotations methods over the store and domain logic. */
import type { annotationsContract } from '../contract/annotations';
import type { FeatureHandlers } from '../contract/spec';
import type { ServiceDeps } from './deps';

export function annotationsHandlers(_deps: Required<ServiceDeps>): FeatureHandlers<typeof annotationsContract> {
  return {};
}
