import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions } from './app-menu';

function actions() {
  return {
    page: vi.fn<MenuActions['page']>(),
    navigate: vi.fn<MenuActions['navigate']>(),
    exportAnnotations: vi.fn<MenuActions['exportAnnotations']>(),
    exportCards: vi.fn<MenuActions['exportCards']>(),
    importAnnotations: vi.fn<MenuActions['importAnnotations']>(),
    importDocument: vi.fn<MenuActions['importDocument']>(),
  } satisfies MenuActions;
}

/** Every item, depth first, as Menu.buildFromTemplate would see them. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((item) => item.label === label);
const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role).filter(Boolean);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has no developer tools or reload in a packaged build on %s', (platform) => {
    const found = roles(menuTemplate({ platform, packaged: true, actions: actions() }));
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(found).not.toContain(role);
    expect(found).toEqual(expect.arrayContaining(['editMenu', 'windowMenu']));
  });

  it('keeps reload and developer tools while developing', () => {
    expect(roles(menuTemplate({ platform: 'linux', packaged: false, actions: actions() }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('offers About: in the app menu on macOS, under Help elsewhere', () => {
    const mac = menuTemplate({ platform: 'darwin', packaged: true, actions: actions() });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    const linux = menuTemplate({ platform: 'linux', packaged: true, actions: actions() });
    expect(linux.at(-1)).toMatchObject({ role: 'help', submenu: [{ role: 'about' }] });
    expect(roles(linux)).toContain('quit');
  });

  it('gives Find and the text size the shortcuts the reader answers, and runs them in the page', () => {
    const all = actions();
    const menu = menuTemplate({ platform: 'linux', packaged: true, actions: all });
    const expected = { 'Find in Text…': ['CmdOrCtrl+F', 'find'], 'Larger Text': ['CmdOrCtrl+=', 'text-larger'], 'Smaller Text': ['CmdOrCtrl+-', 'text-smaller'], 'Default Text Size': ['CmdOrCtrl+0', 'text-reset'] };
    for (const [label, [accelerator, command]] of Object.entries(expected)) {
      const item = byLabel(menu, label);
      expect(item?.accelerator, label).toBe(accelerator);
      click(item);
      expect(all.page).toHaveBeenLastCalledWith(command);
    }
  });

  it('opens the reader, flashcards and self-test, and exports and imports through main', () => {
    const all = actions();
    const menu = menuTemplate({ platform: 'win32', packaged: true, actions: all });
    click(byLabel(menu, 'Flashcards'));
    expect(all.navigate).toHaveBeenCalledWith('flashcards');
    expect(byLabel(menu, 'Self-test')?.accelerator).toBe('CmdOrCtrl+4');
    click(byLabel(menu, 'Export Flashcards for Anki…'));
    expect(all.exportCards).toHaveBeenCalledWith('anki');
    click(byLabel(menu, 'Export Annotations as JSON-LD…'));
    expect(all.exportAnnotations).toHaveBeenCalledWith('jsonld');
    click(byLabel(menu, 'Import Annotations…'));
    expect(all.importAnnotations).toHaveBeenCalledOnce();
    const importDocument = byLabel(menu, 'Import Files…');
    expect(importDocument?.accelerator).toBe('CmdOrCtrl+O');
    click(importDocument);
    expect(all.importDocument).toHaveBeenCalledOnce();
  });

  it('opens the library first, with Ctrl/Cmd+1, and numbers the other places after it', () => {
    const all = actions();
    const menu = menuTemplate({ platform: 'linux', packaged: true, actions: all });
    const view = menu.find((item) => item.label === '&View');
    const places = ((view && view.submenu) as MenuItemConstructorOptions[]).slice(0, 4).map((item) => [item.label, item.accelerator]);
    expect(places).toEqual([
      ['Library', 'CmdOrCtrl+1'],
      ['Reader', 'CmdOrCtrl+2'],
      ['Flashcards', 'CmdOrCtrl+3'],
      ['Self-test', 'CmdOrCtrl+4'],
    ]);
    click(byLabel(menu, 'Library'));
    expect(all.navigate).toHaveBeenCalledWith('library');
  });

  it('uses no accelerator twice', () => {
    const accelerators = flatten(menuTemplate({ platform: 'linux', packaged: false, actions: actions() })).map((item) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
