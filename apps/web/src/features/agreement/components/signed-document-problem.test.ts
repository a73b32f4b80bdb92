import { expect, it } from 'vitest';
import { signedDocumentProblem } from './signed-document-problem';

it.each([
  [null, 'missing'],
  [{ size: 0 }, 'missing'],
  [{ size: 1 }, null],
  [{ size: 100 }, null],
  [{ size: 101 }, 'tooLarge'],
] as const)('a file of %o: %s', (file, problem) => {
  expect(signedDocumentProblem(file, 100)).toBe(problem);
});
