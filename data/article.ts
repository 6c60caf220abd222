import articleJson from './article.json';
import { Article } from './schemas/article';

/** The study article, validated once at import. */
export const article: Article = Article.parse(articleJson);

/** Text of a body paragraph by id; throws for an unknown id so a bad citation fails loudly. */
export function paragraphText(id: string): string {
  const found = article.paragraphs.find((p) => p.id === id);
  if (!found) throw new Error(`unknown paragraph id: ${id}`);
  return found.text;
}
