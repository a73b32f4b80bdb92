/** The start of a text for an e-mail or a list, cut at `max` characters with an ellipsis. */
export function excerpt(text: string, max = 400): string {
  const flat = text.trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
