/**
 * Packaging checks, run after `npm run build` by `npm run test:package`.
 *
 * electron-builder packs the built app around a stub Electron distribution (this machine has no
 * Electron binary and no network), so the real build/electron-builder.json is exercised offline:
 * which files land in app.asar, and whether the Electron fuses are flipped. The stub "binary" carries
 * the fuse sentinel and a fuse wire in Electron's default state, so @electron/fuses flips it exactly
 * as it would flip a real binary, and the result can be read back.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEpub } from '../electron/domain/import/fixtures/epub-fixture';
import { importOnThread } from '../electron/service/library/import-thread';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const configPath = path.join(root, 'build', 'electron-builder.json');
const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  linux: { executableName: string; target: string[]; category: string };
  mac: { target: string[]; category: string };
  win: { target: string[] };
  electronFuses: Record<string, boolean>;
  appImage?: { executableArgs?: string[] };
};
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

// Same sentinel and layout as @electron/fuses: SENTINEL, wire version (1), wire length, then one byte
// per fuse: '0' disabled, '1' enabled.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
} as const;
// Electron's shipped defaults, so every fuse we configure must actually be flipped to pass.
const DEFAULT_WIRE = '10110001';
const EXPECTED_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

let work: string;
let unpacked: string;
let archive: string;
let entries: string[];
let extracted: string;

function readFuseWire(binary: string): string {
  const bytes = fs.readFileSync(binary);
  const at = bytes.indexOf(SENTINEL);
  if (at < 0) throw new Error(`no fuse sentinel in ${binary}`);
  const wire = at + SENTINEL.length;
  expect(bytes[wire]).toBe(1);
  const length = bytes[wire + 1] ?? 0;
  return bytes.subarray(wire + 2, wire + 2 + length).toString('latin1');
}

function makeStubElectron(dir: string): void {
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  fs.mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE, 'latin1')]);
  const stub = Buffer.concat([Buffer.from('#!/bin/sh\n# '), wire, Buffer.from('\necho "stub Electron for packaging tests" >&2\nexit 1\n')]);
  fs.writeFileSync(path.join(dir, 'electron'), stub, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'version'), electronVersion);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stub\n');
  fs.writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stub</title>\n');
}

beforeAll(async () => {
  for (const built of ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/electron/web-host.mjs', 'dist/electron/import-worker.mjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` before \`npm run test:package\``);
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-package-'));
  const stub = path.join(work, 'electron-stub');
  const out = path.join(work, 'out');
  makeStubElectron(stub);
  const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  await run(
    process.execPath,
    [cli, '--config', configPath, '--linux', 'dir', '--x64', `-c.electronDist=${stub}`, `-c.directories.output=${out}`],
    { cwd: root, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
  );
  unpacked = path.join(out, 'linux-unpacked');
  archive = path.join(unpacked, 'resources', 'app.asar');
  entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
  extracted = path.join(work, 'app');
  asar.extractAll(archive, extracted);
}, 170_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the built renderer', () => {
  it('keeps zod out of the first screen: one value imported from a schema module brought all of it there (25 KB gzipped)', () => {
    const renderer = path.join(root, 'dist', 'renderer');
    const html = fs.readFileSync(path.join(renderer, 'index.html'), 'utf8');
    // What the page loads at once: its scripts and module preloads, and what they import statically (not `import()`).
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = fs.readFileSync(path.join(renderer, file), 'utf8');
      for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(file), m[1]!));
    };
    for (const m of html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)) visit(m[1]!);
    expect([...seen].some((file) => file.startsWith('assets/index-'))).toBe(true);
    expect([...seen].filter((file) => fs.readFileSync(path.join(renderer, file), 'utf8').includes('ZodError'))).toEqual([]);
  });
});

describe('electron-builder configuration', () => {
  it('names the app and its targets', () => {
    expect(config.appId).toBe('app.lectern.desktop');
    expect(config.productName).toBe('Lectern');
    expect(config.asar).toBe(true);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Education');
    expect(config.mac.target).toContain('dmg');
    expect(config.mac.category).toBe('public.app-category.education');
    expect(config.win.target).toContain('nsis');
  });

  it('sets every Electron fuse the security checklist asks for', () => {
    for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) expect(config.electronFuses[fuse], fuse).toBe(value);
  });

  it('only uses fuse names electron-builder knows', () => {
    // resetAdHocDarwinSignature is not a fuse: it tells @electron/fuses to re-sign on macOS (platformPackager.js, generateFuseConfig).
    for (const fuse of Object.keys(config.electronFuses).filter((name) => name !== 'resetAdHocDarwinSignature')) expect(Object.keys(FUSE_INDEX), fuse).toContain(fuse);
  });

  it('re-signs ad hoc on macOS after flipping the fuses, so an unsigned build still launches on Apple Silicon', () => {
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
  });
});

describe('packaged app (linux dir target, stub Electron)', () => {
  it('flips the fuses in the packaged binary', () => {
    const wire = readFuseWire(path.join(unpacked, config.linux.executableName));
    for (const [fuse, value] of Object.entries(EXPECTED_FUSES)) {
      expect(wire[FUSE_INDEX[fuse as keyof typeof FUSE_INDEX]], fuse).toBe(value ? '1' : '0');
    }
  });

  it('holds the built app and its runtime dependencies', () => {
    for (const required of [
      '/package.json',
      '/dist/electron/main.mjs',
      '/dist/electron/preload.cjs',
      '/dist/electron/web-host.mjs',
      '/dist/electron/import-worker.mjs',
      '/dist/renderer/index.html',
      '/node_modules/lowdb/package.json',
      '/node_modules/zod/package.json',
      '/node_modules/ts-fsrs/package.json',
    ]) {
      expect(entries, required).toContain(required);
    }
  });

  it('points package.json main at a packaged file', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(extracted, 'package.json'), 'utf8')) as { main: string };
    expect(entries).toContain(`/${path.posix.normalize(pkg.main)}`);
  });

  it('leaves out sources, tests, tooling and source maps', () => {
    const offenders = entries.filter((entry) => {
      const inModules = entry.startsWith('/node_modules/');
      return (
        (!inModules && /\.(ts|tsx|mts|cts)$/.test(entry)) ||
        (!inModules && /^\/(electron|renderer|data|e2e|build|src|test-results|release)(\/|$)/.test(entry)) ||
        /\/tsconfig[^/]*\.json$/.test(entry) ||
        /\.(test|spec|bench)\.[cm]?[jt]sx?$/.test(entry) ||
        entry.endsWith('.map') ||
        /^\/node_modules\/(vitest|vite|electron|electron-builder|typescript|esbuild|oxlint|jsdom|fast-check|@playwright|@vitest|@types|@testing-library|@electron)(\/|$)/.test(entry)
      );
    });
    expect(offenders).toEqual([]);
  });

  it('can load every package the main process and web host import', async () => {
    const specifiers = new Set<string>();
    for (const bundle of ['main.mjs', 'web-host.mjs', 'import-worker.mjs']) {
      const code = fs.readFileSync(path.join(extracted, 'dist', 'electron', bundle), 'utf8');
      // Not after a dot: a method name such as "annotations.import" is no import statement. Only a
      // package name is taken: the bundled reader's text has strings such as "Imported from ".
      for (const match of code.matchAll(/(?:\bfrom\s*|(?<![.\w$])import\s*\(?\s*)["']((?:@[\w.-]+\/)?\w[\w.-]*(?:\/[\w.-]+)*)["']/g)) {
        const specifier = match[1] ?? '';
        if (specifier !== 'electron' && !isBuiltin(specifier)) specifiers.add(specifier);
      }
    }
    expect(specifiers.size).toBeGreaterThan(0);
    const probe = path.join(extracted, 'dist', 'electron', 'probe-imports.mjs');
    fs.writeFileSync(probe, [...specifiers].map((specifier) => `await import(${JSON.stringify(specifier)});`).join('\n'));
    await expect(run(process.execPath, [probe], { cwd: work })).resolves.toBeDefined();
  });

  it('reads a book on the packaged import worker, with the parsers it loads from the package', async () => {
    const worker = pathToFileURL(path.join(extracted, 'dist', 'electron', 'import-worker.mjs'));
    const bytes = buildEpub({ title: 'A Year on the Marsh', chapters: [{ title: 'Winter', paragraphs: ['The geese arrive in the first hard frost.'] }] });
    const seen: number[] = [];
    const result = await importOnThread(worker)({ bytes, fileName: 'marsh.epub', onProgress: (fraction) => seen.push(fraction) });
    expect(result).toMatchObject({ ok: true, document: { title: 'A Year on the Marsh', source: { kind: 'epub' }, sections: [{ title: 'Winter' }] } });
    expect(seen.at(-1)).toBe(1);
  });

  it('runs the packaged web host and serves the renderer', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_ENV;
    const child = spawn(process.execPath, [path.join(extracted, 'dist', 'electron', 'web-host.mjs'), '--port', '0', '--data-dir', path.join(work, 'data')], {
      cwd: work,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          const found = /running at (\S+)/.exec(output);
          if (found?.[1]) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`web host exited with ${code}:\n${output}`));
        });
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<html|<!doctype html/i);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

/**
 * The installers' metadata, checked by electron-builder's own code: the deb and AppImage targets are
 * built for real over the packed app (--prepackaged), with the two outside tools they download
 * replaced by stubs through the variables electron-builder reads for them (toolsets/linux.js:
 * CUSTOM_FPM_PATH, APPIMAGE_TOOLS_PATH). The fpm stub records the arguments FpmTarget computed
 * (homepage, maintainer, vendor, description); the mksquashfs stub keeps the AppImage's staged
 * folder, so its .desktop entry and AppRun can be read.
 */
describe('installers (deb and AppImage, electron-builder with stub tools)', () => {
  let fpmArgs: string[];
  let staged: string;

  beforeAll(async () => {
    const tools = path.join(work, 'tools');
    const fpmOut = path.join(work, 'fpm-args');
    staged = path.join(work, 'appimage-stage');
    fs.mkdirSync(path.join(tools, 'appimage', 'linux-x64'), { recursive: true });
    fs.mkdirSync(path.join(tools, 'appimage', 'lib', 'x64'), { recursive: true });
    fs.mkdirSync(fpmOut);
    const script = (file: string, body: string) => fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    script(
      path.join(tools, 'fpm'),
      `exec "${process.execPath}" -e 'const fs=require("fs");const a=process.argv.slice(1);fs.writeFileSync(process.env.FPM_ARGS_OUT+"/"+a[a.indexOf("-t")+1]+".json",JSON.stringify(a));fs.writeFileSync(a[a.indexOf("--package")+1],"stub")' -- "$@"`,
    );
    script(path.join(tools, 'appimage', 'linux-x64', 'mksquashfs'), 'rm -rf "$APPIMAGE_STAGE_OUT" && cp -r "$1" "$APPIMAGE_STAGE_OUT" && printf squashfs > "$2"');
    script(path.join(tools, 'appimage', 'linux-x64', 'desktop-file-validate'), 'exit 0');
    fs.writeFileSync(path.join(tools, 'appimage', 'runtime-x64'), 'runtime');
    const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
    await run(
      process.execPath,
      [cli, '--config', configPath, '--linux', 'deb', 'AppImage', '--x64', '--prepackaged', unpacked, `-c.directories.output=${path.join(work, 'installers')}`],
      {
        cwd: root,
        env: { ...process.env, CI: 'true', CUSTOM_FPM_PATH: path.join(tools, 'fpm'), APPIMAGE_TOOLS_PATH: path.join(tools, 'appimage'), FPM_ARGS_OUT: fpmOut, APPIMAGE_STAGE_OUT: staged },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    fpmArgs = JSON.parse(fs.readFileSync(path.join(fpmOut, 'deb.json'), 'utf8')) as string[];
  }, 170_000);

  const arg = (name: string) => fpmArgs[fpmArgs.indexOf(name) + 1];

  it('gives the deb the homepage, maintainer, vendor and description FpmTarget requires', () => {
    expect(arg('--url')).toBe(pkg.homepage);
    expect(arg('--maintainer')).toMatch(/^.+ <[^@\s]+@[^>\s]+>$/);
    expect(arg('--vendor')).toBe(arg('--maintainer'));
    expect(arg('--description')).toContain(String(pkg.description).slice(0, 40));
    expect(arg('--license')).toBe(pkg.license);
    expect(arg('--category')).toBe('education');
  });

  it('keeps the OS sandbox in the AppImage’s launcher, adding --no-sandbox only where user namespaces are missing', () => {
    const desktop = fs.readFileSync(path.join(staged, `${config.linux.executableName}.desktop`), 'utf8');
    expect(desktop).toMatch(/^Exec=AppRun %U$/m);
    expect(desktop).not.toContain('--no-sandbox');
    // AppRun's own fallback (appImageUtil.js): only when `unshare -Ur true` fails.
    expect(fs.readFileSync(path.join(staged, 'AppRun'), 'utf8')).toMatch(/unshare -Ur true[\s\S]*NO_SANDBOX=\(--no-sandbox\)/);
  });
});

/**
 * What the NSIS and dmg targets read, through electron-builder's own AppInfo (appInfo.js): NsisTarget
 * takes the publisher from `companyName` (author.name), the uninstall GUID from `id`, and the file
 * description and copyright; the mac Info.plist takes CFBundleIdentifier and the copyright. Neither
 * target can be built on Linux, so the metadata is checked where electron-builder computes it.
 */
describe('Windows and macOS installer metadata (electron-builder AppInfo)', () => {
  it('names a publisher, an app id, a description and a copyright', async () => {
    const { AppInfo } = (await import('app-builder-lib')) as unknown as {
      AppInfo: new (info: unknown, buildVersion: null) => { companyName: string | null; id: string; macBundleIdentifier: string; description: string; copyright: string; productName: string };
    };
    const [, name, email] = /^(.+?) <(.+)>$/.exec(String(pkg.author)) ?? [];
    const info = new AppInfo({ metadata: { ...pkg, author: { name, email } }, config, devMetadata: pkg }, null);
    expect(info.companyName).toBe('Lectern team');
    expect(info.id).toBe('app.lectern.desktop');
    expect(info.macBundleIdentifier).toBe('app.lectern.desktop');
    expect(info.productName).toBe('Lectern');
    expect(info.description.length).toBeGreaterThan(20);
    expect(info.copyright).toMatch(/^Copyright © \d{4} Lectern team$/);
  });
});
