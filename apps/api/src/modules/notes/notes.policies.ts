import type { WorkflowActor } from '@kyoso/contracts/workflow';

/** Internal notes are for city staff in charge: the desk and the lead and supporting departments. */
export function canUseInternalNotes(relations: readonly WorkflowActor[]): boolean {
  return relations.some(
    (r) => r === 'coordinator' || r === 'lead_department' || r === 'supporting_department',
  );
}
