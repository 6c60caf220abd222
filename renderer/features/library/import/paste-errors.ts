/**
 * The contract's refusal of a paste, split by field so each message stands under its own field. The
 * main side validates (the renderer bundles no zod) and answers e.g. `Invalid input for
 * library.paste: title: a title cannot be empty; text: paste some text first`.
 */
export type PasteField = 'title' | 'author' | 'text';
export type PasteErrors = Partial<Record<PasteField | 'form', string>>;

const fields: readonly PasteField[] = ['title', 'author', 'text'];

export function pasteErrorsOf(message: string): PasteErrors {
  const prefix = /^Invalid input for library\.paste: /;
  if (!prefix.test(message)) return { form: message };
  const errors: PasteErrors = {};
  for (const part of message.replace(prefix, '').split('; ')) {
    const colon = part.indexOf(': ');
    const field = fields.find((name) => name === part.slice(0, colon));
    if (field && errors[field] === undefined) errors[field] = sentence(part.slice(colon + 2));
    else if (!field) errors.form = sentence(part);
  }
  return errors;
}

/** "a title cannot be empty" → "A title cannot be empty." */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
