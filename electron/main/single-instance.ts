/**
 * One Lectern per data folder. Electron's single-instance lock is keyed on the userData folder
 * (electron_api_app.cc, App::RequestSingleInstanceLock reads chrome::DIR_USER_DATA), so a given data
 * folder must become userData before the lock is asked for: otherwise two Lecterns on two folders
 * refuse each other, and e2e runs write Chromium's profile into the user's own ~/.config/Lectern.
 */
import path from 'node:path';
import { PROFILE_FOLDER } from './launch-options';

export interface InstanceApp {
  on(event: 'second-instance', listener: () => void): unknown;
  setPath(name: 'userData', value: string): void;
  requestSingleInstanceLock(): boolean;
}

/**
 * Registers `onSecondInstance` first, so no launch is missed while the first window loads, then
 * moves userData into the data folder and asks for the lock. False: another Lectern has this folder.
 */
export function claimSingleInstance(app: InstanceApp, dataDir: string | null, onSecondInstance: () => void): boolean {
  app.on('second-instance', onSecondInstance);
  if (dataDir) app.setPath('userData', path.join(dataDir, PROFILE_FOLDER));
  return app.requestSingleInstanceLock();
}
