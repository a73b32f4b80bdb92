/**
 * Grouping of the confidential access log for reading: a department that reloads a page ten
 * times in five minutes is one line ("10 views, 14:02–14:07"), not ten. Pure, tested with tables.
 */

/** Views closer than this to the previous one of the same group join it. */
export const ACCESS_LOG_GROUP_WINDOW_MINUTES = 30;

export type RawView = {
  id: string;
  at: Date;
  /** Who, as the reader of the log may know them (a person for the desk, a department for the proposer). */
  readerKey: string;
  /** What was seen (the sections, or the file). */
  subjectKey: string;
};

export type GroupedView<T extends RawView> = { first: T; last: T; views: number };

/**
 * Groups views newest first: consecutive views (in time) by the same reader of the same subject,
 * each within the window of the previous one, become one group.
 */
export function groupViews<T extends RawView>(
  newestFirst: readonly T[],
  windowMinutes = ACCESS_LOG_GROUP_WINDOW_MINUTES,
): Array<GroupedView<T>> {
  const windowMs = windowMinutes * 60_000;
  const groups: Array<GroupedView<T>> = [];
  const open = new Map<string, GroupedView<T>>();
  for (const view of newestFirst) {
    const key = `${view.readerKey}\u0000${view.subjectKey}`;
    const group = open.get(key);
    if (group && group.first.at.getTime() - view.at.getTime() <= windowMs) {
      group.first = view;
      group.views += 1;
      continue;
    }
    const created = { first: view, last: view, views: 1 };
    groups.push(created);
    open.set(key, created);
  }
  return groups;
}
