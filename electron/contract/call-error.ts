/** The error a StudyApi call rejects with on either transport: a code and a readable message. */
import type { ErrorCode } from './contract';

export class StudyCallError extends Error {
  constructor(
    readonly code: ErrorCode | 'network' | 'unauthorized' | 'too-large' | string,
    message: string,
  ) {
    super(message);
    this.name = 'StudyCallError';
  }
}
