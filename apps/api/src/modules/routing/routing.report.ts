/**
 * The routing report, per department: how often it was made lead, accepted, returned, how many
 * wait for it (and how many of those are overdue), and how long it took to accept. Pure.
 */
export type RoutingEvent = {
  proposalId: string;
  action: string | null;
  data: Record<string, unknown>;
  actorDepartmentId: string | null;
  createdAt: Date;
};

export type DepartmentRoutingStats = {
  routedAsLead: number;
  accepted: number;
  returned: number;
  daysToAccept: number[];
};

/** Folds the hand-off events (ordered by proposal, then time) into per-department counts. */
export function foldRoutingEvents(events: readonly RoutingEvent[]) {
  const stats = new Map<string, DepartmentRoutingStats>();
  const of = (id: string) => {
    let s = stats.get(id);
    if (!s) {
      s = { routedAsLead: 0, accepted: 0, returned: 0, daysToAccept: [] };
      stats.set(id, s);
    }
    return s;
  };
  // The current lead and when it was routed, per proposal.
  const pending = new Map<string, { departmentId: string; at: Date }>();
  for (const e of events) {
    if (e.action === 'route' && typeof e.data.leadDepartmentId === 'string') {
      of(e.data.leadDepartmentId).routedAsLead += 1;
      pending.set(e.proposalId, { departmentId: e.data.leadDepartmentId, at: e.createdAt });
    } else if (e.action === 'accept_assignment') {
      const routed = pending.get(e.proposalId);
      const departmentId = routed?.departmentId ?? e.actorDepartmentId;
      if (departmentId) {
        const s = of(departmentId);
        s.accepted += 1;
        if (routed) {
          s.daysToAccept.push((e.createdAt.getTime() - routed.at.getTime()) / 86_400_000);
        }
      }
      pending.delete(e.proposalId);
    } else if (e.action === 'return_assignment') {
      const routed = pending.get(e.proposalId);
      const departmentId =
        (typeof e.data.returnedBy === 'string' ? e.data.returnedBy : null) ??
        routed?.departmentId ??
        e.actorDepartmentId;
      if (departmentId) {
        of(departmentId).returned += 1;
      }
      pending.delete(e.proposalId);
    }
  }
  return stats;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
