import type { SelftestKinds, BuiltinKind } from '../../../electron/domain/selftest/kinds/registry';
import type { KindQuestionProps } from './kinds/view';

/** What a built-in kind's question component gets (see kinds/view.ts). */
export type QuestionProps<K extends BuiltinKind> = KindQuestionProps<SelftestKinds, K>;

type AnyLayout = { kind: string } & Partial<Record<'optionIds' | 'itemIds' | 'leftIds' | 'rightIds', string[]>>;

/** The layout's ids of one field, or `fallback` when the layout does not carry them. */
export function layoutIds(layout: AnyLayout, field: 'optionIds' | 'itemIds' | 'leftIds' | 'rightIds', fallback: string[]): string[] {
  const ids = layout[field];
  return ids && ids.length === fallback.length ? ids : fallback;
}
