// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { onTextWanted, requestWholeText } from './text-filled';

describe('asking for the whole text', () => {
  it('tells a listener that subscribes after the request (the lazily loaded filler), once', () => {
    const article = document.createElement('article');
    requestWholeText(article);
    const listener = vi.fn<() => void>();
    const unsubscribe = onTextWanted(article, listener);
    expect(listener).toHaveBeenCalledTimes(1);
    // Taken: a second listener, or the same one again, is not told of it twice.
    const later = vi.fn<() => void>();
    onTextWanted(article, later);
    expect(later).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('tells a listener already there when the request comes, and no unsubscribed one', () => {
    const article = document.createElement('article');
    const listener = vi.fn<() => void>();
    const gone = vi.fn<() => void>();
    onTextWanted(article, listener);
    onTextWanted(article, gone)();
    requestWholeText(article);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
    // The request was taken as it came: a filler mounted afterwards does not fill everything again.
    const later = vi.fn<() => void>();
    onTextWanted(article, later);
    expect(later).not.toHaveBeenCalled();
  });

  it('says nothing to a listener when nobody asked', () => {
    const article = document.createElement('article');
    const listener = vi.fn<() => void>();
    onTextWanted(article, listener);
    expect(listener).not.toHaveBeenCalled();
  });
});
