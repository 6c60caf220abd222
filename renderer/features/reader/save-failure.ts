/**
 * The reason a save failed, for a sentence that already says it was not saved: the store's messages
 * start with "Not saved:", which the banner's title says once already.
 */
export function failureReason(error: Error): string {
  return error.message.replace(/^Not saved:\s*/i, '');
}
