/**
 * Lectern's own Anki notetypes, in the collection's schema-11 JSON (what `models` of the `col`
 * table holds; Anki's rslib `notetype/schema11.rs` reads it). Each has a Source field, so the quote,
 * its paragraph and the document's title survive the import; the first field is the sort field.
 * Fixed ids: a second import finds the same notetypes instead of adding copies.
 */

export const BASIC_NOTETYPE_ID = 1764000000001;
export const CLOZE_NOTETYPE_ID = 1764000000002;

const CSS = `.card { font-family: Georgia, serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.source { margin-top: 1.5em; font-size: 0.75em; color: #555; }
.cloze { font-weight: bold; color: #1a56a0; }`;

function field(name: string, ord: number): Record<string, unknown> {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, description: '', plainText: false, collapsed: false, excludeFromSearch: false };
}

function template(name: string, qfmt: string, afmt: string): Record<string, unknown> {
  return { name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 };
}

function notetype(id: number, name: string, kind: 0 | 1, fields: string[], tmpl: Record<string, unknown>, mod: number, deckId: number): Record<string, unknown> {
  return {
    id,
    name,
    type: kind,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [tmpl],
    flds: fields.map(field),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Card 1 needs the first field; a cloze notetype's cards come from its cloze numbers instead.
    req: kind === 0 ? [[0, 'any', [0]]] : [],
    tags: [],
    vers: [],
  };
}

export const BASIC_FIELDS = ['Front', 'Back', 'Source'] as const;
export const CLOZE_FIELDS = ['Text', 'Back Extra', 'Source'] as const;

/** The two notetypes, keyed by id as the `models` column wants them. */
export function lecternNotetypes(mod: number, deckId: number): Record<string, Record<string, unknown>> {
  const source = '<div class="source">{{Source}}</div>';
  return {
    [BASIC_NOTETYPE_ID]: notetype(BASIC_NOTETYPE_ID, 'Lectern Basic', 0, [...BASIC_FIELDS], template('Card 1', '{{Front}}', `{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n${source}`), mod, deckId),
    [CLOZE_NOTETYPE_ID]: notetype(CLOZE_NOTETYPE_ID, 'Lectern Cloze', 1, [...CLOZE_FIELDS], template('Cloze', '{{cloze:Text}}', `{{cloze:Text}}<br>\n{{Back Extra}}\n${source}`), mod, deckId),
  };
}
