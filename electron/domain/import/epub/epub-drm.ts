import { importError } from '../import-error';
import type { ImportError } from '../importer';
import type { ZipArchive } from './read-zip';
import { elementsNamed, parseXml, xmlText } from './xml';

/**
 * Recognises a book locked by DRM, which cannot be read without its vendor's key: Adobe ADEPT
 * (META-INF/rights.xml), Apple FairPlay (META-INF/sinf.xml), or any entry encrypted by
 * META-INF/encryption.xml with something other than the font obfuscation EPUB allows for fonts.
 */

const RIGHTS_FILES = ['META-INF/rights.xml', 'META-INF/sinf.xml'];
const ENCRYPTION_PATH = 'META-INF/encryption.xml';

/** Font obfuscation (IDPF and Adobe) hides embedded fonts only; the text stays readable. */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);

export function drmRefusal(zip: ZipArchive, fileName: string): ImportError | undefined {
  const refusal = importError('drm', fileName, 'the book is protected by DRM (copy protection), so its text cannot be read. Import a DRM-free copy of the book instead.');
  if (RIGHTS_FILES.some((path) => zip.entries.has(path))) return refusal;
  if (!zip.entries.has(ENCRYPTION_PATH)) return undefined;
  const bytes = zip.read([ENCRYPTION_PATH]).get(ENCRYPTION_PATH);
  if (!bytes) return undefined;
  const document = parseXml(xmlText(bytes));
  for (const data of elementsNamed(document, 'EncryptedData')) {
    const algorithm = elementsNamed(data, 'EncryptionMethod')[0]?.getAttribute('Algorithm') ?? '';
    if (!FONT_OBFUSCATION.has(algorithm)) return refusal;
  }
  return undefined;
}
