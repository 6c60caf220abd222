/** Selftest methods over the store and domain logic. */
import type { selftestContract } from '../contract/selftest';
import type { FeatureHandlers } from '../contract/spec';
import type { ServiceDeps } from './deps';

export function selftestHandlers(_deps: Required<ServiceDeps>): FeatureHandlers<typeof selftestContract> {
  return {};
}
