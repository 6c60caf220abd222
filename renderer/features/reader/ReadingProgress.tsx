import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { scrolledPercent } from './useReadingPosition';

/** A thin bar under the header showing how far through the article the reader is. */
export function ReadingProgress() {
  const [percent, setPercent] = useState(0);
  // Through the CSSOM, not a style attribute: the CSP drops those from a pre-rendered page.
  const fill = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    fill.current?.style.setProperty('transform', `scaleX(${percent / 100})`);
  }, [percent]);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPercent(Math.round(scrolledPercent())));
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, []);
  return (
    <div className="reading-progress" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}% read`}>
      <div ref={fill} className="reading-progress__fill" />
    </div>
  );
}
