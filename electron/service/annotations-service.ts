/** Annotations methods over the store and domain logic: create, edit, delete with undo, import, export. */
import { article } from '../../data/article';
import type { Annotation, AnnotationId, annotationsContract, ExportedFile } from '../contract/annotations';
import { MAX_HIGHLIGHT_LENGTH } from '../contract/annotation-values';
import { CallError } from '../contract/dispatch';
import type { FeatureHandlers } from '../contract/spec';
import { describeRange, fromParagraphOffset } from '../domain/anchoring';
import { toJsonLd } from '../domain/annotations/export-jsonld';
import { toMarkdown } from '../domain/annotations/export-markdown';
import { parseJsonLd } from '../domain/annotations/import-jsonld';
import { normalizeTags } from '../domain/annotations/tags';
import { ARTICLE_OFFSETS, ARTICLE_TEXT, placed, viewOf } from './annotation-placement';
import type { ServiceDeps } from './deps';

type Point = { paragraphId: string; offset: number };

function checkArticle(articleId: string): void {
  if (articleId !== article.id) throw new CallError('invalid-input', `Unknown article: ${articleId}.`);
}

function globalOffset({ paragraphId, offset }: Point): number {
  try {
    return fromParagraphOffset(ARTICLE_OFFSETS, paragraphId, offset);
  } catch (error) {
    throw new CallError('invalid-input', `The selection is not in the article (${(error as Error).message}).`);
  }
}

/** The selection as global offsets, in order, without the whitespace a drag often picks up at its ends. */
function selectionRange(from: Point, to: Point): { start: number; end: number } {
  let start = Math.min(globalOffset(from), globalOffset(to));
  let end = Math.max(globalOffset(from), globalOffset(to));
  while (start < end && /\s/.test(ARTICLE_TEXT[start] ?? '')) start += 1;
  while (end > start && /\s/.test(ARTICLE_TEXT[end - 1] ?? '')) end -= 1;
  if (end <= start) throw new CallError('invalid-input', 'The selection holds no text to highlight.');
  if (end - start > MAX_HIGHLIGHT_LENGTH) {
    throw new CallError('invalid-input', `A highlight can span at most ${MAX_HIGHLIGHT_LENGTH.toLocaleString('en')} characters; this selection has ${(end - start).toLocaleString('en')}.`);
  }
  return { start, end };
}

const missing = () => new CallError('invalid-input', 'That annotation no longer exists; it may have been deleted in another window.');

const exportNames = { markdown: { ext: 'md', mimeType: 'text/markdown' }, jsonld: { ext: 'jsonld', mimeType: 'application/ld+json' } } as const;

export function annotationsHandlers({ store, now, newId, saveFile }: Required<ServiceDeps>): FeatureHandlers<typeof annotationsContract> {
  const find = (id: string): Annotation | undefined => store.read().annotations.find((a) => a.id === id);
  const views = (articleId: string) => store.read().annotations.filter((a) => a.articleId === articleId).map(viewOf);

  const exportFile = (articleId: string, format: keyof typeof exportNames): ExportedFile => {
    checkArticle(articleId);
    const at = now().toISOString();
    const items = views(articleId).map(placed);
    const content = format === 'markdown' ? toMarkdown(article, items, at) : toJsonLd(article, items, at);
    const { ext, mimeType } = exportNames[format];
    return { fileName: `lectern-annotations-${articleId}-${at.slice(0, 10)}.${ext}`, mimeType, content };
  };

  return {
    'annotations.list': async ({ articleId }) => {
      checkArticle(articleId);
      return views(articleId);
    },
    'annotations.create': async ({ articleId, from, to, color, note, tags }) => {
      checkArticle(articleId);
      const { start, end } = selectionRange(from, to);
      const at = now().toISOString();
      const annotation = {
        id: newId() as AnnotationId,
        articleId,
        target: describeRange(ARTICLE_TEXT, start, end),
        color,
        note,
        tags: normalizeTags(tags),
        createdAt: at,
        updatedAt: at,
      };
      await store.update((draft) => {
        draft.annotations.push(annotation);
      });
      return viewOf(annotation);
    },
    'annotations.update': async ({ id, ...patch }) => {
      const current = find(id);
      if (!current) throw missing();
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next: Annotation = {
        ...current,
        ...changes,
        tags: patch.tags ? normalizeTags(patch.tags) : current.tags,
        updatedAt: now().toISOString(),
      };
      await store.update((draft) => {
        const index = draft.annotations.findIndex((a) => a.id === id);
        if (index < 0) throw missing();
        draft.annotations[index] = next;
      });
      return viewOf(next);
    },
    'annotations.delete': async ({ id }) => {
      const current = find(id);
      if (!current) throw missing();
      await store.update((draft) => {
        const index = draft.annotations.findIndex((a) => a.id === id);
        if (index >= 0) draft.annotations.splice(index, 1);
      });
      return { deleted: current };
    },
    'annotations.restore': async ({ annotation }) => {
      checkArticle(annotation.articleId);
      if (!find(annotation.id)) {
        await store.update((draft) => {
          draft.annotations.push(annotation);
        });
      }
      return viewOf(find(annotation.id) ?? annotation);
    },
    'annotations.import': async ({ articleId, text }) => {
      checkArticle(articleId);
      const parsed = parseJsonLd(text);
      if (!parsed.ok) throw new CallError('invalid-input', parsed.message);
      const at = now().toISOString();
      let created = 0;
      let updated = 0;
      const touched: Annotation[] = [];
      await store.update((draft) => {
        const indexById = new Map(draft.annotations.map((a, index) => [a.id as string, index]));
        for (const item of parsed.annotations) {
          const known = item.id !== null ? indexById.get(item.id) : undefined;
          const base = known !== undefined ? draft.annotations[known] : undefined;
          const next: Annotation = {
            id: (item.id ?? newId()) as AnnotationId,
            articleId,
            target: item.target,
            color: item.color,
            note: item.note,
            tags: item.tags,
            createdAt: base?.createdAt ?? item.createdAt ?? at,
            updatedAt: item.updatedAt ?? at,
          };
          if (known !== undefined) {
            draft.annotations[known] = next;
            updated += 1;
          } else {
            indexById.set(next.id, draft.annotations.length);
            draft.annotations.push(next);
            created += 1;
          }
          touched.push(next);
        }
      });
      return { created, updated, annotations: touched.map(viewOf) };
    },
    'annotations.export': async ({ articleId, format }) => exportFile(articleId, format),
    'annotations.saveExport': async ({ articleId, format }) => {
      if (!saveFile) return { outcome: 'unavailable' as const };
      return saveFile({ ...exportFile(articleId, format), title: 'Export annotations' });
    },
  };
}
