import { useEffect, useRef } from 'react';
import type { ImportReport as Report } from '../../../electron/contract/annotations';

const outcomeLabel = { added: 'Added', updated: 'Updated', unchanged: 'Unchanged', skipped: 'Skipped' } as const;

/** Counts as one sentence: "2 added, 1 updated, 0 unchanged, 3 skipped". */
export function reportSummary(report: Report): string {
  return `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped`;
}

/** What an import did, annotation by annotation, with why each skipped one was skipped. Text only. */
export function ImportReport({ report, onClose }: { report: Report; onClose: () => void }) {
  const orphaned = report.annotations.filter((a) => a.placement.status === 'orphaned').length;
  const heading = useRef<HTMLHeadingElement>(null);
  // The report sits at the foot of the sidebar: bring it into view and say it is there.
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title" ref={heading} tabIndex={-1} className="import-report__title">Import report ({report.format})</h3>
      <p className="import-report__summary">
        {reportSummary(report)}.{orphaned > 0 ? ` ${orphaned} not found in the text (kept under “Orphaned”).` : ''}
      </p>
      <ol className="import-report__list">
        {report.entries.map((entry, index) => (
          <li key={index} className={`import-report__entry import-report__entry--${entry.outcome}`}>
            <span className="import-report__outcome">{outcomeLabel[entry.outcome]}</span> {entry.label}
            {entry.detail && <span className="import-report__detail">: {entry.detail}</span>}
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={onClose}>Close report</button>
    </section>
  );
}
