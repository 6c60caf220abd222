import { useId } from 'react';

/** One bar: its label (on the axis and in the table) and its value. */
export type Bar = { label: string; value: number };

type Props = { title: string; summary: string; bars: readonly Bar[]; valueLabel: string };

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 32 };

/** A small bar chart in SVG, themed by CSS, with its data as a table for screen readers and on request. */
export function BarChart({ title, summary, bars, valueLabel }: Props) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, bars.length);
  const barW = Math.max(2, step * 0.7);
  const ticks = max <= 4 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max];
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const labelled = new Set([0, Math.floor((bars.length - 1) / 2), bars.length - 1]);
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__title" id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-summary`} className="bar-chart__svg">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className="bar-chart__grid" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="bar-chart__tick">{t}</text>
          </g>
        ))}
        {bars.map((bar, i) => (
          <g key={bar.label}>
            {bar.value > 0 && <rect x={PAD.left + i * step + (step - barW) / 2} y={y(bar.value)} width={barW} height={Math.max(1, y(0) - y(bar.value))} rx={2} className="bar-chart__bar" />}
            {labelled.has(i) && (
              <text x={PAD.left + i * step + step / 2} y={HEIGHT - 8} textAnchor="middle" className="bar-chart__tick">{bar.label}</text>
            )}
          </g>
        ))}
      </svg>
      <p className="bar-chart__summary" id={`${id}-summary`}>{summary}</p>
      <details className="bar-chart__data">
        <summary>Show as table</summary>
        <table>
          <thead><tr><th scope="col">Day</th><th scope="col">{valueLabel}</th></tr></thead>
          <tbody>{bars.map((bar) => <tr key={bar.label}><th scope="row">{bar.label}</th><td>{bar.value}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
