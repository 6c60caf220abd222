/**
 * The JSON-LD export checked against the W3C Web Annotation Data Model's MUSTs (and the SHOULDs the
 * issue names), on a real export: highlights made in the reader, a quote-only import and an orphan.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../../data/article';
import type { Method, Output, Reply } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { articleText } from '../domain/anchoring';
import { openStore } from '../store/store';
import { createService } from './service';

type Json = Record<string, unknown>;

const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const text = articleText(article.paragraphs);

let dir: string;
let collection: Json;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-jsonld-model-'));
  const store = await openStore({ dataDir: dir });
  const handlers = createService({ store, now: () => new Date('2026-03-01T09:00:00.000Z') });
  const call = async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const reply = (await dispatch(handlers, method, input)) as Reply<Output<M>>;
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };
  const p1 = article.paragraphs[0]!.text;
  const start = p1.indexOf('liaison office');
  await call('annotations.create', { documentId: article.id, from: { paragraphId: 'p1', offset: start }, to: { paragraphId: 'p1', offset: start + 14 }, color: 'green', note: 'a note', tags: ['nato'] });
  await call('annotations.create', { documentId: article.id, from: { paragraphId: 'p2', offset: 0 }, to: { paragraphId: 'p2', offset: 20 }, color: 'yellow' });
  // A quote-only import (its stored position is a placeholder) and one whose text is not in the article.
  const imported = [
    { id: 'https://example.org/anno/1', type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Individually Tailored Partnership Programme' } } },
    { id: 'https://example.org/anno/2', type: 'Annotation', bodyValue: 'lost', target: { selector: { type: 'TextQuoteSelector', exact: 'a sentence never written, about submarines and tea' } } },
  ];
  await call('annotations.import', { documentId: article.id, text: JSON.stringify(imported) });
  collection = JSON.parse((await call('annotations.export', { documentId: article.id, format: 'jsonld' })).content) as Json;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = () => collection.first as Json;
const items = () => page().items as Json[];

describe('W3C Web Annotation Data Model: the collection and its page', () => {
  it('the collection has the anno.jsonld context, one IRI id, its type, a label, a total, first and last', () => {
    expect([collection['@context']].flat()).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection.id).toMatch(IRI);
    expect(collection.type).toBe('AnnotationCollection');
    expect(typeof collection.label).toBe('string');
    expect(collection.total).toBe(4);
    expect(collection.last).toBe(page().id);
  });

  it('the page has one IRI id, its type, partOf naming the collection, items and a startIndex', () => {
    expect(page().id).toMatch(IRI);
    expect(page().type).toBe('AnnotationPage');
    expect((page().partOf as Json).id).toBe(collection.id);
    expect(page().startIndex).toBe(0);
    expect(items()).toHaveLength(4);
  });
});

describe('W3C Web Annotation Data Model: every annotation', () => {
  it('has exactly one IRI id (urn:uuid or http, no unregistered urn namespace), type Annotation and a target', () => {
    for (const item of items()) {
      expect(item.id).toMatch(IRI);
      expect(item.id).toMatch(/^(urn:uuid:[0-9a-f-]{36}|https?:\/\/)/);
      expect([item.type].flat()).toContain('Annotation');
      expect(item.target).toBeDefined();
      expect(MOTIVATIONS).toContain(item.motivation);
    }
  });

  it('writes created and modified as xsd:dateTime in UTC ("Z")', () => {
    for (const item of items()) {
      expect(item.created).toMatch(UTC);
      expect(item.modified).toMatch(UTC);
    }
  });

  it('has a body only when there is one, and every TextualBody has one string value', () => {
    for (const item of items()) {
      if (!('body' in item)) continue;
      const bodies = [item.body].flat() as Json[];
      expect(bodies.length).toBeGreaterThan(0);
      for (const body of bodies) {
        expect(body.type).toBe('TextualBody');
        expect(typeof body.value).toBe('string');
      }
    }
    expect(items().filter((item) => !('body' in item))).toHaveLength(2);
  });

  it('gives each TextQuoteSelector one exact, and no empty prefix or suffix', () => {
    for (const item of items()) {
      const selectors = (item.target as Json).selector as Json[];
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
      expect(typeof quote.exact).toBe('string');
      for (const key of ['prefix', 'suffix']) if (key in quote) expect((quote[key] as string).length).toBeGreaterThan(0);
    }
  });

  it('writes a TextPositionSelector where the quote is anchored now, agreeing with the quote; none for the orphan', () => {
    const positions: [string, number, number][] = [];
    for (const item of items()) {
      const selectors = (item.target as Json).selector as Json[];
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
      const position = selectors.find((s) => s.type === 'TextPositionSelector');
      if (quote.exact === 'a sentence never written, about submarines and tea') {
        expect(position).toBeUndefined();
        continue;
      }
      expect(Number.isInteger(position?.start) && (position!.start as number) >= 0).toBe(true);
      expect(Number.isInteger(position?.end) && (position!.end as number) > (position!.start as number)).toBe(true);
      expect(text.slice(position!.start as number, position!.end as number)).toBe(quote.exact);
      if (typeof quote.prefix === 'string') expect(text.slice(0, position!.start as number).endsWith(quote.prefix)).toBe(true);
      positions.push([quote.exact as string, position!.start as number, position!.end as number]);
    }
    expect(positions.map(([exact]) => exact)).toContain('Individually Tailored Partnership Programme');
  });

  it('names the document as the target source', () => {
    for (const item of items()) expect((item.target as Json).source).toBe('https://lectern.invalid/documents/japan-nato');
  });
});
