import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page';

function shape(text: string): { root: string; children: string[]; title: string; body: string } {
  const document = parsePage(text);
  return {
    root: document.documentElement.localName,
    children: Array.from(document.documentElement.children).map((child) => child.localName),
    title: document.title,
    body: (document.body.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}

describe('parsePage', () => {
  it('gives bare text and an empty file an html root with a head and a body', () => {
    expect(shape('The reeds are grey.')).toEqual({ root: 'html', children: ['head', 'body'], title: '', body: 'The reeds are grey.' });
    expect(shape('')).toEqual({ root: 'html', children: ['head', 'body'], title: '', body: '' });
  });

  it('keeps every element of a fragment, not only its first', () => {
    expect(shape('<p>One</p><p>Two</p> and <b>three</b>').body).toBe('OneTwo and three');
    expect(shape('<?xml version="1.0"?><!DOCTYPE html><p>One</p><p>Two</p>').body).toBe('OneTwo');
  });

  it('puts the text of a page that omits its body tag in the body, and its title in the head', () => {
    expect(shape('<html><head><title>Marsh</title></head><p>Geese.</p><p>Frost.</p></html>')).toEqual({
      root: 'html', children: ['head', 'body'], title: 'Marsh', body: 'Geese.Frost.',
    });
    expect(shape('<!doctype html><html><title>Marsh</title><p>Geese.</p></html>')).toEqual({
      root: 'html', children: ['head', 'body'], title: 'Marsh', body: 'Geese.',
    });
    expect(shape('<html><title>Marsh</title><body><p>Geese.</p></body></html>')).toMatchObject({ title: 'Marsh', body: 'Geese.' });
  });

  it('moves strays outside the body into it, in order', () => {
    expect(shape('<html><p>Before</p><body><p>Inside</p></body><p>After</p></html>').body).toBe('BeforeInsideAfter');
  });

  it('leaves a well-formed page as it is', () => {
    const text = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><h1>T</h1><p>x</p></body></html>';
    expect(shape(text)).toEqual({ root: 'html', children: ['head', 'body'], title: 'T', body: 'Tx' });
  });
});
