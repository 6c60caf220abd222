/**
 * Plain values shared by the contract and the renderer. Kept free of zod so the renderer can import
 * them without pulling the schema library into its bundle.
 */
import type { Settings } from './settings';

/** Font-size steps the reader offers, in CSS pixels; the setting stores an index into this list. */
export const FONT_SIZES_PX = [15, 17, 19, 21, 23, 26, 29] as const;

export const defaultSettings: Settings = {
  theme: 'light',
  fontSizeStep: 2,
  lineWidth: 'medium',
  fontFamily: 'serif',
};

/** Reading column widths in characters (`ch` of the body font), about 65-75 as typographers advise. */
export const LINE_WIDTH_CH = { narrow: 60, medium: 68, wide: 76 } as const;
