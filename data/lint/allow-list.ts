/**
 * Body sentences that may go without a card, each with the reason. A sentence belongs here only when
 * it carries no fact a learner should recall; anything else gets a card (docs/content.md, "Coverage").
 */
import type { AllowedUncited } from './rules';

export const allowedUncited: readonly AllowedUncited[] = [];
