import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const text = 'Café au lait — “naïve” déjà vu';

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((value.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < value.length; i += 1) view.setUint16(offset + i * 2, value.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 and strips its byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding: 'UTF-8' });
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'UTF-8' });
  });

  it('reads UTF-16 little- and big-endian by their byte order marks', () => {
    expect(decodeText(utf16(text, true, true))).toEqual({ ok: true, text, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(text, false, true))).toEqual({ ok: true, text, encoding: 'UTF-16BE' });
  });

  it('recognises UTF-16 without a byte order mark by its zero bytes', () => {
    const plain = 'A plain English sentence without a mark.';
    expect(decodeText(utf16(plain, true, false))).toEqual({ ok: true, text: plain, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(plain, false, false))).toEqual({ ok: true, text: plain, encoding: 'UTF-16BE' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Café “quoted”" in Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Café “q”', encoding: 'windows-1252' });
  });

  it('refuses binary data', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'it holds binary data, not text.' });
  });

  it('refuses a UTF-8 byte order mark followed by bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x41]);
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'its bytes are not valid UTF-8 text.' });
  });
});
