import selfTestJson from './selftest.json';
import { SelfTest } from './schemas/selftest';

/** The self-test on the membership argument, validated once at import. */
export const selfTest: SelfTest = SelfTest.parse(selfTestJson);
