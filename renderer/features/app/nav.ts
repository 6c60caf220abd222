/** The places in the app frame's navigation, in order. A feature adds its entry when it works. */
export const navItems: readonly { path: string; label: string }[] = [
  { path: 'reader', label: 'Reader' },
  { path: 'flashcards', label: 'Flashcards' },
  { path: 'progress', label: 'Progress' },
];
