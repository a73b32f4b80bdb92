/** The months from `from` to `to` in calendar order, across the new year if needed (2 → 3, 12 → 1). */
export function monthsBetween(from: number, to: number): number[] {
  const months = [from];
  for (let m = from; m !== to;) {
    m = (m % 12) + 1;
    months.push(m);
  }
  return months;
}
