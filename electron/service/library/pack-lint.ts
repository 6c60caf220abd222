/**
 * The content lint (data/lint/) over an imported pack: the same rules the shipped content passes,
 * shown to the user as warnings to accept before the pack is saved. Rules about coverage ("a sentence
 * without a card") run only when the pack brings a deck, and a long list is cut to what one reads.
 */
import { formatFindings, lintContent, type Content } from '../../../data/lint/lint-content';
import type { Pack } from '../../domain/pack/pack-schema';
import { packToQuestion } from '../../domain/pack/question-mapping';

/** How many findings the review lists; the rest are counted. */
const LISTED = 30;

const cited = <T extends { source: { block: string; quote: string } }>(item: T) => ({ ...item, source: { paragraph: item.source.block, quote: item.source.quote } });

export function packLintWarnings(pack: Pack): string[] {
  // The lint's types are the article's (data/ schemas); its rules read ids and text only.
  const content = {
    paragraphs: pack.document.sections.flatMap((section) => section.blocks.map((block) => ({ id: block.id, text: block.text }))),
    deck: { cards: (pack.deck?.cards ?? []).map(cited) },
    selfTest: { questions: (pack.selfTest?.questions ?? []).map(packToQuestion) },
    map: { nodes: (pack.argumentMap?.nodes ?? []).map(cited) },
    allowedUncited: [],
  } as unknown as Content;
  const findings = lintContent(content).filter((finding) => pack.deck !== undefined || finding.rule !== 'uncited-sentence');
  const lines = formatFindings(findings.slice(0, LISTED)).split('\n').filter(Boolean).map((line) => line.replace(/\s{2,}/g, ' '));
  if (findings.length > LISTED) lines.push(`and ${findings.length - LISTED} more findings of the content rules`);
  return lines;
}
