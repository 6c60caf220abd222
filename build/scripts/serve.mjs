// `npm run serve -- [--port N] [--data-dir DIR] [--no-build]`: builds quietly (build output is shown
// only if it fails), then runs the loopback web host, which prints the URL to open.
import path from 'node:path';
import { root, runBuild, runForeground, takeNoBuild } from './process-helpers.mjs';

const { noBuild, rest } = takeNoBuild(process.argv.slice(2));
if (!noBuild) {
  const status = await runBuild({ quiet: true });
  if (status !== 0) {
    console.error('Lectern: the build failed (output above).');
    process.exit(status);
  }
}
runForeground(process.execPath, [path.join(root, 'dist', 'electron', 'web-host.mjs'), ...rest]);
