/** Public API of annotation anchoring: selectors, describing a range, and finding it again after edits. */
export {
  AnchorMethod,
  AnchorResult,
  MAX_CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  OrphanReason,
  Target,
  TextPositionSelector,
  TextQuoteSelector,
} from './types';
export {
  ARTICLE_SEPARATOR,
  articleText,
  fromParagraphOffset,
  paragraphOffsets,
  toParagraphRange,
  type ParagraphOffsets,
  type ParagraphRange,
  type ParagraphText,
} from './article-text';
export { DEFAULT_CONTEXT_LENGTH, describeRange } from './describe';
export {
  DEFAULT_DEADLINE_MS,
  DEFAULT_MIN_SCORE,
  matchQuote,
  type MatchQuoteOptions,
  type QuoteMatch,
} from './match-quote';
export { anchor, anchorAll, type AnchorOptions } from './anchor';
