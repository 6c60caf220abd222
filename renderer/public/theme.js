// Runs before the first paint (a blocking script in <head>): applies the last theme the app saved in
// localStorage (renderer/features/reader/theme-memory.ts), so a dark or sepia reader never flashes light.
try {
  const theme = localStorage.getItem('lectern.theme');
  if (theme === 'light' || theme === 'sepia' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage: the theme comes with the settings.
}
