/**
 * The renderer's view of every built-in question kind, listed once; typed against the domain's
 * registry, so a kind listed there without a view here does not compile.
 */
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import { classifyView } from './classify';
import { evidenceView } from './evidence';
import { matchView } from './match';
import { multiView } from './multi';
import { orderView } from './order';
import { shortView } from './short';
import { singleView } from './single';
import { truefalseView } from './truefalse';
import type { ViewRegistry } from './view';

export const selftestViews: ViewRegistry<SelftestKinds> = {
  single: singleView,
  multi: multiView,
  truefalse: truefalseView,
  classify: classifyView,
  order: orderView,
  match: matchView,
  short: shortView,
  evidence: evidenceView,
};
