import type { ReactNode } from 'react';

/**
 * The icons on the reader’s first screen, drawn as lucide-react 1.79.0 draws them (its path data,
 * ISC licence; the same 24-unit box, 2-unit round stroke in the current colour, hidden from assistive
 * technology). lucide's own component code would add about 2.5 KB gzipped to the first screen's
 * JavaScript budget; every other screen keeps using lucide-react.
 */
function Glyph({ size = 24, children }: { size?: number; children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

type IconProps = { size?: number };

export const BookOpen = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="M12 5v16" />
    <path d="M20.001 19A2 2 0 0022 17V5a2 2 0 00-1.999-2L16 3.002A5 5 0 0012 5a5 5 0 00-4-2H4a2 2 0 00-2 2v12a2 2 0 001.999 2H8a5 5 0 014 2 5 5 0 014-2z" />
  </Glyph>
);

export const NotebookPen = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="M13.4 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7.4" />
    <path d="M2 6h4M2 10h4M2 14h4M2 18h4" />
    <path d="M21.378 5.626a1 1 0 1 0-3.004-3.004l-5.01 5.012a2 2 0 0 0-.506.854l-.837 2.87a.5.5 0 0 0 .62.62l2.87-.837a2 2 0 0 0 .854-.506z" />
  </Glyph>
);

export const Search = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="m21 21-4.34-4.34" />
    <circle cx="11" cy="11" r="8" />
  </Glyph>
);

export const Type = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="M12 4v16" />
    <path d="M4 7V5a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v2" />
    <path d="M9 20h6" />
  </Glyph>
);

// The header's Import menu and the reader's Contents button are on the first screen too.
const FILE = 'M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z';

export const FilePlus2 = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="M11.35 22H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.706.706l3.588 3.588A2.4 2.4 0 0 1 20 8v5.35" />
    <path d="M14 2v5a1 1 0 0 0 1 1h5" />
    <path d="M14 19h6" />
    <path d="M17 16v6" />
  </Glyph>
);

export const FileUp = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d={FILE} />
    <path d="M14 2v5a1 1 0 0 0 1 1h5" />
    <path d="M12 12v6" />
    <path d="m15 15-3-3-3 3" />
  </Glyph>
);

export const FileDown = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d={FILE} />
    <path d="M14 2v5a1 1 0 0 0 1 1h5" />
    <path d="M12 18v-6" />
    <path d="m9 15 3 3 3-3" />
  </Glyph>
);

export const ClipboardPaste = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="M11 14h10" />
    <path d="M16 4h2a2 2 0 0 1 2 2v1.344" />
    <path d="m17 18 4-4-4-4" />
    <path d="M8 4H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 1.793-1.113" />
    <rect x="8" y="2" width="8" height="4" rx="1" />
  </Glyph>
);

export const ContentsIcon = ({ size }: IconProps) => (
  <Glyph size={size}>
    <path d="M16 5H3M16 12H3M16 19H3M21 5h.01M21 12h.01M21 19h.01" />
  </Glyph>
);
