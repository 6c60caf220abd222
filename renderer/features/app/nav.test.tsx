// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHeader } from './AppHeader';
import { CurrentDocumentContext, type CurrentDocument } from './current-document';
import { DocumentFeatureGate } from './DocumentFeatureGate';
import { currentArticle, currentTides } from './fixtures';
import { navItemsFor } from './nav';

function withDocument(open: CurrentDocument | null, ui: ReactNode) {
  return render(<CurrentDocumentContext.Provider value={open}>{ui}</CurrentDocumentContext.Provider>);
}

afterEach(cleanup);

describe('navigation per document', () => {
  it('lists a self-test and an argument map only for a document that has them', () => {
    const labels = (features: Parameters<typeof navItemsFor>[0]) => navItemsFor(features).map((item) => item.label);
    expect(labels({ selftest: true, argumentMap: true })).toEqual(['Library', 'Reader', 'Flashcards', 'Self-test', 'Questions', 'Argument map', 'Progress']);
    expect(labels({ selftest: false, argumentMap: false })).toEqual(['Library', 'Reader', 'Flashcards', 'Questions', 'Progress']);
    expect(labels({ selftest: true, argumentMap: false })).toEqual(['Library', 'Reader', 'Flashcards', 'Self-test', 'Questions', 'Progress']);
    expect(labels(null)).toEqual(['Library', 'Reader', 'Flashcards', 'Progress']);
  });

  it('shows the open document’s places in the header', () => {
    withDocument(currentTides(), <AppHeader current="reader" />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toBe('LibraryReaderFlashcardsQuestionsProgress');
    screen.getByRole('link', { name: 'Reader' });
  });

  it('shows the article’s self-test and argument map in the header', () => {
    withDocument(currentArticle(), <AppHeader current="reader" />);
    expect(screen.getByRole('link', { name: 'Self-test' }).getAttribute('href')).toBe('#/selftest');
    screen.getByRole('link', { name: 'Argument map' });
  });
});

describe('a screen the open document lacks', () => {
  it('explains why and leads back to the reader instead of an empty page', () => {
    withDocument(currentTides(), <DocumentFeatureGate feature="selftest" path="selftest"><p>the self-test</p></DocumentFeatureGate>);
    expect(screen.queryByText('the self-test')).toBeNull();
    screen.getByRole('heading', { level: 1, name: 'Self-test' });
    screen.getByText(/“Notes on tides” has no self-test/);
    expect(screen.getByRole('link', { name: 'Back to the reader' }).getAttribute('href')).toBe('#/reader');
  });

  it('says so for an argument map too', () => {
    withDocument(currentTides(), <DocumentFeatureGate feature="argumentMap" path="argument-map"><p>the map</p></DocumentFeatureGate>);
    expect(screen.getByText(/has no argument map/)).toBeTruthy();
  });

  it('shows the screen for a document that has it', () => {
    withDocument(currentArticle(), <DocumentFeatureGate feature="argumentMap" path="argument-map"><p>the map</p></DocumentFeatureGate>);
    expect(screen.getByText('the map')).toBeTruthy();
  });
});
