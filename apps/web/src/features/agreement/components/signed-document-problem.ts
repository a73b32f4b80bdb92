/** What is wrong with the file chosen as the signed agreement, before it is sent (if anything). */
export function signedDocumentProblem(
  file: Pick<File, 'size'> | null,
  maxBytes: number,
): 'missing' | 'tooLarge' | null {
  if (!file || file.size === 0) {
    return 'missing';
  }
  return file.size > maxBytes ? 'tooLarge' : null;
}
