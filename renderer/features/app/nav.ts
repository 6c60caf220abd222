/** The places in the app frame's navigation, in order. A feature adds its entry when it works. */
export const navItems: readonly { path: string; label: string }[] = [
  { path: 'library', label: 'Library' },
  { path: 'reader', label: 'Reader' },
  { path: 'flashcards', label: 'Flashcards' },
  { path: 'selftest', label: 'Self-test' },
  { path: 'argument-map', label: 'Argument map' },
  { path: 'progress', label: 'Progress' },
];
