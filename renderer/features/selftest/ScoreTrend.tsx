import type { AttemptSummary } from '../../../electron/contract/selftest';

// In SVG units; the chart scales to its box, so these are set near its real size to keep text small.
const WIDTH = 820;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 28, left: 40 };

/** The score of each finished attempt as a line over 0–100 %, with a table as its text alternative. */
export function ScoreTrend({ attempts }: { attempts: readonly AttemptSummary[] }) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (attempts.length === 1 ? innerW / 2 : (i / (attempts.length - 1)) * innerW);
  const y = (percent: number) => PAD.top + innerH - (percent / 100) * innerH;
  const points = attempts.map((a, i) => `${x(i)},${y(a.percent)}`).join(' ');
  const summary = attempts.length
    ? attempts.length === 1
      ? `Score of 1 attempt: ${attempts[0]!.percent}%.`
      : `Scores of ${attempts.length} attempts, from ${attempts[0]!.percent}% to ${attempts.at(-1)!.percent}%.`
    : 'No attempts yet.';
  return (
    <figure className="trend">
      <svg className="trend__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line className="trend__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="trend__tick" x={PAD.left - 8} y={y(tick) + 4} textAnchor="end">
              {tick}%
            </text>
          </g>
        ))}
        {attempts.length > 1 && <polyline className="trend__line" points={points} />}
        {attempts.map((a, i) => (
          <g key={a.id}>
            <circle className="trend__dot" cx={x(i)} cy={y(a.percent)} r={4.5} />
            <text className="trend__tick" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="trend__caption">{summary}</figcaption>
    </figure>
  );
}
