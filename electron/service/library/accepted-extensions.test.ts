import { expect, it } from 'vitest';
import { acceptedExtensions as fromRegistry } from '../../domain/import';
import { acceptedExtensions } from './accepted-extensions';

it('lists exactly the extensions the importers accept', () => {
  expect([...acceptedExtensions].sort()).toEqual([...fromRegistry].sort());
});
