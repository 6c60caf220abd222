// Preloaded into electronegativity's process: its TypeScript parser (@typescript-eslint/typescript-
// estree 4) is hoisted beside our TypeScript 7, which has no JavaScript API, and would load it. Point
// it at the TypeScript 4 that electronegativity ships in its own node_modules instead.
const Module = require('node:module');
const path = require('node:path');

const ownTypescript = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'node_modules', 'typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveTypescript4(request, parent, ...rest) {
  const fromParser = parent && typeof parent.filename === 'string' && parent.filename.includes(`${path.sep}@typescript-eslint${path.sep}`);
  return resolve.call(this, request === 'typescript' && fromParser ? ownTypescript : request, parent, ...rest);
};
