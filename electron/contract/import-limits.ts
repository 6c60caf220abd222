/**
 * The import's limits that the page also needs, in a module of its own with no zod: the renderer
 * bundles none (the main side validates), and one value imported from a schema module brought all
 * of zod into the reader's first screen (25 KB gzipped, over its 80 KB budget).
 */

/** How many files one pick or drop imports: a folder of notes, not a disk. */
export const MAX_PICKED_FILES = 100;
