/** IPC channel names. Free of zod so the preload bundle stays small. */

/** The channel a method's calls travel on. */
export const ipcChannel = (method: string): string => `lectern:${method}`;

/** Synchronous channel on which the preload asks main for the method names once, at start. */
export const METHODS_CHANNEL = 'lectern:methods';
