import { useId } from 'react';
import { ANNOTATION_COLORS, COLOR_INFO, type AnnotationColor } from '../../../electron/contract/annotation-values';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ColorSwatch } from './ColorSwatch';
import type { Filters, SortOrder } from './filter-annotations';

type Props = {
  filters: Filters;
  tags: readonly { tag: string; count: number }[];
  colorCounts: Record<AnnotationColor, number>;
  onChange: (filters: Filters) => void;
};

const sortOptions = [
  { value: 'reading', label: 'Reading order' },
  { value: 'newest', label: 'Newest first' },
] as const satisfies readonly { value: SortOrder; label: string }[];

/** Search, order, colour and tag filters of the sidebar. */
export function SidebarFilters({ filters, tags, colorCounts, onChange }: Props) {
  const tagId = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const toggle = (color: AnnotationColor) =>
    set({ colors: filters.colors.includes(color) ? filters.colors.filter((c) => c !== color) : [...filters.colors, color] });
  return (
    <div className="sidebar-filters">
      <input
        type="search"
        className="text-field"
        aria-label="Search notes and quotes"
        placeholder="Search notes and quotes"
        value={filters.query}
        onChange={(event) => set({ query: event.target.value })}
      />
      <SegmentedControl legend="Order" value={filters.sort} options={sortOptions} onChange={(sort) => set({ sort })} />
      <div className="sidebar-filters__row" role="group" aria-label="Show colours">
        {ANNOTATION_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className="filter-chip"
            aria-pressed={filters.colors.includes(color)}
            aria-label={`${COLOR_INFO[color].label} (${colorCounts[color]})`}
            title={`Show only ${COLOR_INFO[color].label.toLowerCase()} highlights (${COLOR_INFO[color].cue})`}
            onClick={() => toggle(color)}
          >
            <ColorSwatch color={color} />
            <span aria-hidden="true">{colorCounts[color]}</span>
          </button>
        ))}
      </div>
      <div className="sidebar-filters__row">
        <label className="field-label" htmlFor={tagId}>
          Tag
        </label>
        <select id={tagId} className="select" value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value === '' ? null : event.target.value })}>
          <option value="">All tags</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {`${tag} (${count})`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
