import { DOCUMENT_LIMITS } from '../document/document';
import { problemAt, type PackProblem, type Path } from './pack-problem';
import type { Pack } from './pack-schema';
import type { PackSource } from './pack-source';
import { questionIssues } from './question-rules';
import type { PackItem } from './pack-questions';

/**
 * The rules over a whole pack that its schema cannot express: ids unique, every citation found
 * verbatim in the block it names, tags declared, the map's conclusion slot. Run on a pack the schema
 * accepted; `raw` is the pack as read, so problems name items by the ids their author wrote.
 */
export function packProblems(pack: Pack, raw: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: Path, message: string) => problems.push(problemAt(raw, path, message, { nameField: false }));
  const blocks = documentProblems(pack, add);
  // `within` names a cited option or item inside a question ("item no-plans: ").
  const cite = (source: PackSource, path: Path, within = '') => {
    const text = blocks.get(source.block);
    if (text === undefined) add(path, `${within}cites block ${source.block}, which the document does not have`);
    else if (!text.includes(source.quote)) add(path, `${within}quote not found in block ${source.block}`);
  };

  const deck = pack.deck;
  if (deck) {
    uniqueIds(deck.tags, ['deck', 'tags'], 'tag', add);
    uniqueIds(deck.cards, ['deck', 'cards'], 'card', add);
    const declared = new Set(deck.tags.map((t) => t.id));
    deck.cards.forEach((card, i) => {
      cite(card.source, ['deck', 'cards', i, 'source', 'quote']);
      card.tags.forEach((tag, j) => {
        if (declared.size > 0 && !declared.has(tag)) add(['deck', 'cards', i, 'tags', j], `tag ${tag} is not among the deck’s tags`);
      });
    });
  }

  const questions = pack.selfTest?.questions ?? [];
  uniqueIds(questions, ['selfTest', 'questions'], 'question', add);
  questions.forEach((q, i) => {
    const at = ['selfTest', 'questions', i];
    cite(q.source, [...at, 'source', 'quote']);
    for (const issue of questionIssues(q)) add([...at, ...issue.path], issue.message);
    const items: [string, PackItem[]][] = q.interaction === 'order' ? [['choices', q.choices]] : q.interaction === 'match' ? [['left', q.left], ['right', q.right]] : [];
    for (const [field, list] of items) {
      list.forEach((item, j) => {
        if (item.source) cite(item.source, [...at, field, j, 'source', 'quote'], `${field === 'choices' ? 'item' : field} ${item.id}: `);
      });
    }
  });

  const map = pack.argumentMap;
  if (map) {
    uniqueIds(map.nodes, ['argumentMap', 'nodes'], 'node', add);
    map.nodes.forEach((node, i) => {
      cite(node.source, ['argumentMap', 'nodes', i, 'source', 'quote']);
      if (node.gainsFor && node.side !== 'for') add(['argumentMap', 'nodes', i, 'gainsFor'], 'only a node on the "for" side names whom it benefits');
    });
    const conclusions = map.nodes.filter((n) => n.side === 'conclusion').length;
    if (conclusions > 2) add(['argumentMap', 'nodes'], `${conclusions} conclusion nodes; the map has room for at most 2`);
  }
  return problems;
}

/** Checks the document's ids and size; returns each block's text by id for the citation checks. */
function documentProblems(pack: Pack, add: (path: Path, message: string) => void): Map<string, string> {
  const blocks = new Map<string, string>();
  const sectionIds = new Set<string>();
  let count = 0;
  let length = 0;
  pack.document.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) add(['document', 'sections', i], `duplicate section id ${section.id}`);
    sectionIds.add(section.id);
    section.blocks.forEach((block, j) => {
      if (blocks.has(block.id)) add(['document', 'sections', i, 'blocks', j], `duplicate block id ${block.id}`);
      else blocks.set(block.id, block.text);
      count += 1;
      length += block.text.length;
    });
  });
  if (count > DOCUMENT_LIMITS.blocks) add(['document'], `${count} blocks, more than the ${DOCUMENT_LIMITS.blocks} a document may have`);
  if (length > DOCUMENT_LIMITS.text) add(['document'], `${length} characters of text, more than the ${DOCUMENT_LIMITS.text} a document may have`);
  return blocks;
}

function uniqueIds(items: readonly { id: string }[], path: Path, what: string, add: (path: Path, message: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add([...path, i], `duplicate ${what} id ${item.id}: ids must be unique, progress is kept by them`);
    seen.add(item.id);
  });
}
