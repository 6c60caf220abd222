/**
 * The last theme, kept in localStorage so `public/early.js` (a tiny blocking script in the page's
 * head: CSP allows only 'self' scripts, no inline ones) can set it before the first paint, before
 * any API answer. The stored setting stays the truth: it is applied again when it arrives.
 */
export const THEME_KEY = 'lectern.theme';

export function rememberTheme(theme: string): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be off (private windows, policies): the theme then shows once the settings load.
  }
}
