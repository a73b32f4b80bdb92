export type StatTableRow = {
  label: string;
  cells: ReadonlyArray<{ text: string; count?: boolean }>;
};

/**
 * The numbers of a chart as a table, beside it: the same values, "<5" as "<5". Count cells are
 * marked (`data-count`), so that a test can check that none under five shows as a number.
 */
export function StatTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  /** The first column's heading, then one per value. */
  head: readonly string[];
  rows: readonly StatTableRow[];
}) {
  return (
    // Scrolls sideways on a narrow screen if it must: reachable by keyboard, named by its caption.
    <div className="table-wrap" role="region" tabIndex={0} aria-label={caption}>
      <table className="table stat-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((name, i) => (
              <th key={i} scope="col" className={i > 0 ? 'stat-table__number' : undefined}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i} className="stat-table__number" data-count={cell.count ? '' : undefined}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
