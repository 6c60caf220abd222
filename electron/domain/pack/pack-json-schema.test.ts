import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import committedSchema from '../../../docs/pack.schema.json';
import examplePack from '../../../docs/example.lectern.json';
import { builtinPack } from './builtin-pack';
import { packJsonSchema } from './pack-json-schema';

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(committedSchema);
}

describe('docs/pack.schema.json', () => {
  it('is what the zod schemas generate today (run `npm run data:pack-schema` when this fails)', () => {
    expect(committedSchema).toEqual(packJsonSchema());
  });

  it('validates the built-in article as a pack', () => {
    const validate = compile();
    const valid = validate(builtinPack());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates the example pack of docs/', () => {
    const validate = compile();
    expect(validate(examplePack)).toBe(true);
  });

  it('refuses a pack with an unknown field, a question of an unknown interaction, or no manifest', () => {
    const validate = compile();
    expect(validate({ ...examplePack, extra: 1 })).toBe(false);
    const questions = [{ ...examplePack.selfTest.questions[0], interaction: 'slider' }];
    expect(validate({ ...examplePack, selfTest: { ...examplePack.selfTest, questions } })).toBe(false);
    const { manifest: _manifest, ...rest } = examplePack;
    expect(validate(rest)).toBe(false);
  });
});
