import { decodeText, encodingLabel, type DecodedText } from './decode-text';
import { describeBinary } from './file-signature';
import type { ImportInput } from './importer';

/** Text formats (txt, md) accept any bytes that decode as text and are no known binary format. */
export function sniffText(input: ImportInput): boolean {
  return describeBinary(input.bytes) === undefined && textRefusal(input) === undefined;
}

/** Why bytes that are no known binary format are still not text: the decoder's own reason. */
export function textRefusal(input: ImportInput): string | undefined {
  const decoded = decodeText(input.bytes);
  return decoded.ok ? undefined : decoded.reason;
}

/** The warning the UI shows when a file was not UTF-8, so the user can check its accented letters. */
export function decodedWarnings(decoded: DecodedText, fileName: string): string[] {
  if (!decoded.ok || decoded.encoding === 'UTF-8') return [];
  return [
    `“${fileName}” is not UTF-8; it was read as ${encodingLabel(decoded.encoding)}. If letters look wrong, save it as UTF-8 and import it again.`,
  ];
}
