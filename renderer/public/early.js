// Blocking, before the bundle parses (CSP: 'self' scripts only). Sets the last theme (theme-memory.ts)
// so nothing flashes, and starts the reader's boot calls; renderer/api/early-calls.ts says how.
(() => {
  // The main side pre-rendered the reader's first screen into this page (web-host/first-screen-page.ts),
  // with its theme and its data: nothing to ask. Opened on another screen, the page is marked stale
  // (hidden, then cleared by main.tsx) and the app starts as without it.
  const first = document.getElementById('lectern-first-screen');
  if (first) {
    if (['', '#', '#/', '#/reader'].includes(location.hash)) return;
    document.documentElement.dataset.preRendered = 'stale';
  }
  try {
    const theme = localStorage.getItem('lectern.theme');
    if (theme === 'light' || theme === 'sepia' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {}
  try {
    const doc = new URLSearchParams(location.hash.split('?')[1] || '').get('doc');
    const inputs = { 'settings.get': {}, 'library.open': doc ? { id: doc } : {} };
    const bridge = window.lectern;
    let token = '';
    if (!bridge) token = new URL(location.href).searchParams.get('token') || sessionStorage.getItem('lectern.token') || '';
    const calls = {};
    for (const method in inputs) {
      const input = JSON.stringify(inputs[method]);
      const answer = bridge ? bridge[method](inputs[method]) : fetch('api/' + method, { method: 'POST', headers: { 'content-type': 'application/json', 'x-lectern-token': token }, body: input });
      answer.catch(() => {});
      calls[method] = { input, answer };
    }
    window.lecternEarlyCalls = { via: bridge ? 'bridge' : 'http', calls };
  } catch {}
})();
