/** Size limits of self-test input, shared by the contract and the renderer (no zod here, so the renderer bundle stays small). */

/** The longest short answer we keep: a generous page of text, far more than the questions need. */
export const MAX_SHORT_ANSWER_CHARS = 5000;
