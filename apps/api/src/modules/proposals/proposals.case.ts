/**
 * The case core: a proposal as one case, loaded for one caller, with the STEP records that plug
 * into it.
 *
 * `proposals` owns the case: loading a proposal for a caller (404 for whoever may not see it),
 * the caller's relations to it, the timeline, and what the caller may do (`can`). A STEP record
 * (the NDA, the dialogue records, the files, the access log, and next the decision, the agreement
 * and the evaluation) is a module of its own that plugs in with a `CasePlugin`:
 *
 * - `state`: its part of the case, read in the same query as the proposal (a correlated subquery
 *   on its own table, built by its own repository), so that loading a case stays one round trip;
 * - `guards`: the workflow guards it answers for (`nda_settled`, `dialogue_2_recorded`, …);
 * - `unlocksConfidential`: whether it lets the departments in charge read confidential parts
 *   (the NDA in effect);
 * - `permissions`: its part of `can`;
 * - `view`: its part of the case as each audience sees it (files, and next the decision…);
 * - `events`: the words of its timeline events;
 * - `onShown` / observers: what it does when the case or a confidential file is shown (the
 *   access log).
 *
 * `app.ts` lists the plugins once (`createCaseCore([...])`); nothing in `proposals` imports a
 * plugin, and no plugin reads another module's table.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import type { ServiceLevels } from '@kyoso/contracts/service-levels';
import { preparedOnce } from '../../db/prepared';
import {
  ACTIONS,
  STATUSES,
  WORKFLOW_ACTIONS,
  WORKFLOW_GUARDS,
  canTakeAction,
  type ProposalStatus,
  type WorkflowAction,
  type WorkflowActor,
  type WorkflowGuard,
} from '@kyoso/contracts/workflow';
import type {
  ConfidentialSection,
  ProposalEventType,
  ProposalPermissions,
} from '@kyoso/contracts/proposals';
import type { TransitionBody } from '@kyoso/contracts/transitions';
import type { LocalizedText } from '@kyoso/i18n/languages';
import {
  departmentRefsSql,
  departmentSql,
  type DepartmentRecord,
} from '../departments/departments.repository';
import { organizationRefSql } from '../organizations/organizations.repository';
import { AppError, type ErrorMessageKey } from '../shared/errors';
import { outerRef } from '../shared/sql';
import { themeRefSql } from '../themes/themes.repository';
import type { Actor } from '../users/actor';
import { userNameSql } from '../users/users.repository';
import {
  actorRelations,
  audienceOf,
  canSeeConfidential,
  type CaseAudience,
} from './proposals.policies';
import { currentDueDate } from './due';
import { setProposalDueOn } from './proposals.repository';
import {
  proposalColumns,
  proposalDepartmentsTable,
  proposalsTable,
  type ProposalRow,
} from './proposals.table';

export type DepartmentRef = { id: string; nameJa: string; nameEn: string };

/** The core of a case: the proposal row and what every presentation of it needs. */
export type CaseRecord = {
  proposal: ProposalRow;
  organization: { id: string; name: string };
  theme: { id: string; title: string; departmentId: string } | null;
  leadDepartment: DepartmentRecord | null;
  supportingDepartments: DepartmentRef[];
  assignedCoordinator: { id: string; name: string } | null;
  /** The declined proposal this one was resubmitted from, with its reasons. */
  previous: LinkedProposal | null;
  /** The new proposal started from this one once it was declined. */
  resubmittedAs: LinkedProposal | null;
};

/** A proposal linked by a resubmission. */
export type LinkedProposal = {
  id: string;
  referenceNumber: string | null;
  status: ProposalStatus;
  declineReasonCodes: string[] | null;
  declineReason: string | null;
  closedAt: string | null;
};

/** A case as one caller may see it. */
export type CaseAccess = CaseRecord & {
  /** How the caller relates to the proposal (never empty: otherwise it is "not found"). */
  relations: WorkflowActor[];
  audience: CaseAudience;
  /** The caller may read the confidential sections and files now. */
  seesConfidential: boolean;
  /** Each plugin's state, by plugin name (read it with the plugin's own accessor). */
  states: ReadonlyMap<string, unknown>;
};

/**
 * What a guard may look at: the case, the action, and the request when one is being carried out
 * (absent when the core works out which actions the caller may take).
 */
export type GuardInput = {
  access: CaseAccess;
  action: WorkflowAction;
  input?: TransitionBody | undefined;
};

/** A timeline event as stored, for the plugins that give it words. */
export type CaseEvent = {
  type: ProposalEventType;
  data: Record<string, unknown>;
};

/** What a plugin's `onShown` hook gets when a case is shown to someone. */
export type ShownInput = { db: Executor; actor: Actor; access: CaseAccess };

/** What a view may depend on besides the case: the time of the request. */
export type ViewContext = { now: Date };

/** What a plugin's `onTransition` hook gets. */
export type TransitionHookInput = {
  db: Executor;
  actor: Actor;
  /** The case as it was before the action. */
  access: CaseAccess;
  action: WorkflowAction;
  now: Date;
};

/** A STEP record (or another part of a case) that plugs into the case core. */
export type CasePlugin<S = unknown> = {
  /** Unique; the key of its state on `CaseAccess.states`. */
  name: string;
  /** Its state for one proposal, as a JSON-valued SQL expression correlated on `proposalId`. */
  state?: (proposalId: AnyPgColumn | SQL) => SQL<S>;
  guards?: Partial<Record<WorkflowGuard, (state: S, input: GuardInput) => boolean>>;
  /** What to tell the caller when one of its guards does not hold (a message of the catalogue). */
  guardMessages?: Partial<Record<WorkflowGuard, ErrorMessageKey>>;
  /** Whether it lets the departments in charge read confidential parts now. */
  unlocksConfidential?: (state: S) => boolean;
  /** The same as a SQL condition on a proposal (for searches that must not reveal them). */
  unlocksConfidentialSql?: (proposalId: AnyPgColumn | SQL) => SQL;
  permissions?: (state: S, access: CaseAccess) => Partial<ProposalPermissions>;
  /** Its part of the case view for an audience (merged into the proposal answer). */
  view?: (state: S, access: CaseAccess, context: ViewContext) => Record<string, unknown>;
  /** The words of the timeline events it writes. */
  events?: Partial<Record<ProposalEventType, (event: CaseEvent) => LocalizedText>>;
  /** Runs whenever the case is shown to someone (in the same request). */
  onShown?: (state: S, input: ShownInput) => Promise<void>;
  /**
   * Runs inside a workflow transition's transaction, after the status changed (a STEP record
   * marks the version the action carried out).
   */
  onTransition?: (state: S, input: TransitionHookInput) => Promise<void>;
  /**
   * The due date of a stage whose clock runs from records of this plugin (the next KPI report
   * in STEP 6), or null when nothing is waiting.
   */
  clockDue?: (state: S, access: CaseAccess, levels: ServiceLevels) => string | null;
  /** Facts it adds to the proposer's e-mail about an action (the decision's conclusions…). */
  emailFacts?: (
    state: S,
    access: CaseAccess,
    action: WorkflowAction,
  ) => Array<[label: LocalizedText, value: LocalizedText]>;
  /** Runs when someone opens one of the case's confidential files. */
  onFileOpened?: (input: {
    db: Executor;
    actor: Actor;
    access: CaseAccess;
    file: { id: string; fileName: string; confidential: boolean };
  }) => Promise<void>;
};

/**
 * Any plugin, whatever its state: the core hands each plugin back its own state, so the list
 * may mix them (`unknown` would not do: a plugin's hooks take its state as an argument).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyCasePlugin = CasePlugin<any>;

/** Declares a plugin with its state type checked against its hooks. */
export function defineCasePlugin<S>(plugin: CasePlugin<S>): CasePlugin<S> {
  return plugin;
}

/** Every permission of `can`, false until the core or a plugin grants it. */
const NO_PERMISSIONS: ProposalPermissions = {
  editDraft: false,
  actions: [],
  actionsWithOverride: [],
  readTimeline: false,
  readMessages: false,
  writeMessages: false,
  readNotes: false,
  writeNotes: false,
  readDialogues: false,
  recordDialogue: false,
  confirmDialogue: false,
  commentDialogue: false,
  readNda: false,
  openNda: false,
  signNda: false,
  countersignNda: false,
  readAccessLog: false,
  takeFirstCheck: false,
  releaseFirstCheck: false,
  readRoutingSuggestions: false,
  readSimilar: false,
  readDecision: false,
  recordDecision: false,
  resubmit: false,
  readAgreement: false,
  recordAgreement: false,
  confirmAgreement: false,
  writePublicSummary: false,
  consentPublicSummary: false,
  editLogicModel: false,
  editKpis: false,
  reportKpi: false,
  verifyKpi: false,
  readEvaluation: false,
  recordEvaluation: false,
  commentEvaluation: false,
};

/**
 * The result of checking an action's guards for a caller: they hold, one may be set aside with a
 * reason, or one fails (with the message that says why, when its plugin gives one).
 */
export type GuardVerdict =
  | { verdict: 'holds' }
  | { verdict: 'override_needed' }
  | { verdict: 'fails'; guard: WorkflowGuard; message: ErrorMessageKey | null };

export type CaseCore = ReturnType<typeof createCaseCore>;

/**
 * The case core with its plugins. Fails at start when a guard of the workflow table has no
 * plugin to answer for it, or when two plugins share a name.
 */
export function createCaseCore(plugins: readonly AnyCasePlugin[]) {
  const all = plugins as unknown as readonly CasePlugin[];
  const names = new Set<string>();
  for (const plugin of all) {
    if (names.has(plugin.name)) {
      throw new Error(`Two case plugins are named ${plugin.name}`);
    }
    names.add(plugin.name);
  }
  const guardOwners = new Map<WorkflowGuard, CasePlugin>();
  for (const plugin of all) {
    for (const guard of Object.keys(plugin.guards ?? {}) as WorkflowGuard[]) {
      if (guardOwners.has(guard)) {
        throw new Error(`Two case plugins answer for the guard ${guard}`);
      }
      guardOwners.set(guard, plugin);
    }
  }
  const usedGuards = new Set<WorkflowGuard>(
    WORKFLOW_ACTIONS.flatMap((a) => ACTIONS[a].guards.map((g): WorkflowGuard => g.guard)),
  );
  for (const guard of WORKFLOW_GUARDS) {
    if (usedGuards.has(guard) && !guardOwners.has(guard)) {
      throw new Error(`No case plugin answers for the workflow guard ${guard}`);
    }
  }
  const eventWords = new Map<ProposalEventType, (event: CaseEvent) => LocalizedText>();
  for (const plugin of all) {
    for (const [type, words] of Object.entries(plugin.events ?? {})) {
      eventWords.set(type as ProposalEventType, words);
    }
  }
  const withState = all.filter((p) => p.state);
  // One statement per process, prepared once: PostgreSQL plans the join a single time.
  const statementName = `case_load_${withState.map((p) => p.name).join('_')}`.slice(0, 60);

  function stateOf(access: CaseAccess, plugin: CasePlugin): unknown {
    return access.states.get(plugin.name);
  }

  const stateColumns = Object.fromEntries(
    withState.map((p) => [p.name, p.state!(proposalsTable.id)]),
  );
  // Built once per database handle (building it cost more than running it).
  const statement = preparedOnce((db) =>
    db
      .select({
        proposal: proposalColumns,
        organization: organizationRefSql(proposalsTable.organizationId),
        theme: themeRefSql(proposalsTable.themeId),
        leadDepartment: departmentSql(proposalsTable.leadDepartmentId),
        supporting: departmentRefsSql(
          sql`(select ${proposalDepartmentsTable.departmentId} from ${proposalDepartmentsTable}
               where ${proposalDepartmentsTable.proposalId} = ${outerRef(proposalsTable.id)}
                 and ${proposalDepartmentsTable.role} = 'supporting')`,
        ),
        assignedCoordinatorName: userNameSql(proposalsTable.assignedCoordinatorId),
        previous: linkedProposalSql(
          sql`${sql.identifier('linked')}.${sql.identifier('id')} = ${outerRef(proposalsTable.previousProposalId)}`,
        ),
        resubmittedAs: linkedProposalSql(
          sql`${sql.identifier('linked')}.${sql.identifier('previous_proposal_id')} = ${outerRef(proposalsTable.id)}`,
        ),
        ...stateColumns,
      })
      .from(proposalsTable)
      .where(eq(proposalsTable.id, sql.placeholder('id')))
      .limit(1)
      .prepare(statementName),
  );

  /** The case record and the plugins' states, in one round trip. */
  async function read(db: Executor, proposalId: string) {
    const [row] = await statement(db).execute({ id: proposalId });
    if (!row) {
      return undefined;
    }
    const record: CaseRecord = {
      proposal: row.proposal,
      organization: row.organization,
      theme: row.theme,
      leadDepartment: row.leadDepartment,
      supportingDepartments: row.supporting,
      assignedCoordinator:
        row.proposal.assignedCoordinatorId && row.assignedCoordinatorName
          ? { id: row.proposal.assignedCoordinatorId, name: row.assignedCoordinatorName }
          : null,
      previous: row.previous,
      resubmittedAs: row.resubmittedAs,
    };
    const states = new Map<string, unknown>(
      withState.map((p) => [p.name, (row as Record<string, unknown>)[p.name]]),
    );
    return { record, states };
  }

  function accessFor(
    actor: Pick<Actor, 'role' | 'organizationId' | 'departmentId'>,
    record: CaseRecord,
    states: ReadonlyMap<string, unknown>,
  ): CaseAccess | null {
    const relations = actorRelations(actor, {
      status: record.proposal.status,
      organizationId: record.proposal.organizationId,
      leadDepartmentId: record.proposal.leadDepartmentId,
      supportingDepartmentIds: record.supportingDepartments.map((d) => d.id),
    });
    if (relations.length === 0) {
      return null;
    }
    const unlocked = all.some((p) => p.unlocksConfidential?.(states.get(p.name)) ?? false);
    return {
      ...record,
      relations,
      audience: audienceOf(relations),
      seesConfidential: canSeeConfidential(relations, unlocked),
      states,
    };
  }

  function guardVerdict(
    action: WorkflowAction,
    access: CaseAccess,
    input?: TransitionBody,
  ): GuardVerdict {
    let verdict: GuardVerdict = { verdict: 'holds' };
    for (const { guard, overridable } of ACTIONS[action].guards) {
      const owner = guardOwners.get(guard)!;
      const holds = owner.guards![guard]!(stateOf(access, owner), { access, action, input });
      if (!holds) {
        if (!overridable) {
          return { verdict: 'fails', guard, message: owner.guardMessages?.[guard] ?? null };
        }
        verdict = { verdict: 'override_needed' };
      }
    }
    return verdict;
  }

  /** The actions the caller may take now, and those that need an override reason. */
  function actionsOf(access: CaseAccess) {
    const status: ProposalStatus = access.proposal.status;
    const allowed: WorkflowAction[] = [];
    const withOverride: WorkflowAction[] = [];
    for (const action of WORKFLOW_ACTIONS) {
      if (!canTakeAction(action, status, access.relations)) {
        continue;
      }
      const { verdict } = guardVerdict(action, access);
      if (verdict !== 'fails') {
        allowed.push(action);
      }
      if (verdict === 'override_needed') {
        withOverride.push(action);
      }
    }
    return { allowed, withOverride };
  }

  const unlockers = all.filter((p) => p.unlocksConfidentialSql);

  return {
    plugins: all,

    /** "A plugin lets the departments in charge read this proposal's confidential parts." */
    unlockedSql: (proposalId: AnyPgColumn | SQL): SQL =>
      unlockers.length === 0
        ? sql`false`
        : sql`(${sql.join(
            unlockers.map((p) => p.unlocksConfidentialSql!(proposalId)),
            sql` or `,
          )})`,

    /**
     * A proposal the actor may see, with their relations to it.
     * @throws proposals.not_found (also when the actor may not see it)
     */
    async load(
      db: Executor,
      actor: Pick<Actor, 'role' | 'organizationId' | 'departmentId'>,
      proposalId: string,
    ): Promise<CaseAccess> {
      const found = await read(db, proposalId);
      const access = found && accessFor(actor, found.record, found.states);
      if (!access) {
        throw new AppError('proposals.not_found');
      }
      return access;
    },

    /**
     * A case read by the system itself (the daily jobs): no caller, so no relation, and nothing
     * confidential is presented from it.
     */
    async loadForSystem(db: Executor, proposalId: string): Promise<CaseAccess | undefined> {
      const found = await read(db, proposalId);
      if (!found) {
        return undefined;
      }
      return {
        ...found.record,
        relations: [],
        audience: 'staff',
        seesConfidential: false,
        states: found.states,
      };
    },

    /** The same case read again after a change, for the same caller's relations. */
    async reload(db: Executor, before: CaseAccess): Promise<CaseAccess> {
      const found = await read(db, before.proposal.id);
      if (!found) {
        throw new Error('proposal vanished inside its transaction');
      }
      const unlocked = all.some((p) => p.unlocksConfidential?.(found.states.get(p.name)) ?? false);
      return {
        ...found.record,
        relations: before.relations,
        audience: before.audience,
        seesConfidential: canSeeConfidential(before.relations, unlocked),
        states: found.states,
      };
    },

    guardVerdict,

    /** What the caller may do now: the core's rules, then each plugin's. */
    permissions(access: CaseAccess): ProposalPermissions {
      const { allowed, withOverride } = actionsOf(access);
      const core = corePermissions(access);
      // One object, each plugin's answers written into it (not a copy of all of it per plugin).
      const can: ProposalPermissions = {
        ...NO_PERMISSIONS,
        ...core,
        actions: allowed,
        actionsWithOverride: withOverride,
      };
      for (const plugin of all) {
        if (plugin.permissions) {
          Object.assign(can, plugin.permissions(stateOf(access, plugin), access));
        }
      }
      return can;
    },

    /** The plugins' parts of the case view, merged. */
    views(access: CaseAccess, context: ViewContext): Record<string, unknown> {
      return Object.assign(
        {},
        ...all.map((p) => (p.view ? p.view(stateOf(access, p) as never, access, context) : {})),
      ) as Record<string, unknown>;
    },

    /** Words of a plugin's timeline event, if a plugin gives them. */
    eventWords(event: CaseEvent): LocalizedText | null {
      return eventWords.get(event.type)?.(event) ?? null;
    },

    /** Runs the plugins' hooks for a case shown to `actor`. */
    async shown(db: Executor, actor: Actor, access: CaseAccess): Promise<void> {
      for (const plugin of all) {
        await plugin.onShown?.(stateOf(access, plugin), { db, actor, access });
      }
    },

    /** The due date of the case's current stage (STEP 2's fixed clocks, the settings, the KPIs). */
    dueOn(access: CaseAccess, levels: ServiceLevels): string | null {
      const clock = STATUSES[access.proposal.status].clock;
      let fromRecords: string | null = null;
      if (clock && 'from' in clock && clock.from === 'period_end') {
        for (const plugin of all) {
          fromRecords ??= plugin.clockDue?.(stateOf(access, plugin), access, levels) ?? null;
        }
      }
      return currentDueDate(access.proposal, levels, fromRecords);
    },

    /** Stores the due date again after a STEP record changed it (inside the same transaction). */
    async refreshDue(db: Executor, access: CaseAccess, levels: ServiceLevels): Promise<void> {
      const after = await this.reload(db, access);
      const dueOn = this.dueOn(after, levels);
      if (dueOn !== after.proposal.dueOn) {
        await setProposalDueOn(db, after.proposal.id, dueOn);
      }
    },

    /** The facts the plugins add to the proposer's e-mail about an action. */
    emailFacts(access: CaseAccess, action: WorkflowAction) {
      return all.flatMap((p) => p.emailFacts?.(stateOf(access, p), access, action) ?? []);
    },

    /** Runs the plugins' hooks for a transition (inside its transaction). */
    async transitioned(input: TransitionHookInput): Promise<void> {
      for (const plugin of all) {
        await plugin.onTransition?.(stateOf(input.access, plugin), input);
      }
    },

    /** Runs the plugins' hooks for a confidential file opened by `actor`. */
    async fileOpened(
      db: Executor,
      actor: Actor,
      access: CaseAccess,
      file: { id: string; fileName: string; confidential: boolean },
    ): Promise<void> {
      for (const plugin of all) {
        await plugin.onFileOpened?.({ db, actor, access, file });
      }
    },
  };
}

/** What the core itself decides about the caller (the plugins add theirs). */
/** A proposal linked to this one by a resubmission, as JSON (`linked` is its alias). */
function linkedProposalSql(condition: SQL): SQL<LinkedProposal | null> {
  const linked = sql.identifier('linked');
  const col = (name: string) => sql`${linked}.${sql.identifier(name)}`;
  return sql<LinkedProposal | null>`(select json_build_object(
      'id', ${col('id')}, 'referenceNumber', ${col('reference_number')}, 'status', ${col('status')},
      'declineReasonCodes', ${col('decline_reason_codes')}, 'declineReason', ${col('decline_reason')},
      'closedAt', ${col('closed_at')})
    from ${proposalsTable} as ${linked} where ${condition}
    order by ${col('created_at')} limit 1)`;
}

function corePermissions(access: CaseAccess): Partial<ProposalPermissions> {
  const { relations } = access;
  const status = access.proposal.status;
  const isCoordinator = relations.includes('coordinator');
  const open = status !== 'draft' && !['completed', 'declined', 'withdrawn'].includes(status);
  const assignee = access.proposal.assignedCoordinatorId;
  return {
    editDraft: status === 'draft' && relations.includes('proposer'),
    readTimeline: true,
    takeFirstCheck: isCoordinator && open && assignee === null,
    releaseFirstCheck: isCoordinator && open && assignee !== null,
    readRoutingSuggestions: isCoordinator && (status === 'submitted' || status === 'routing'),
    readSimilar: maySeeSimilar(access),
    resubmit:
      relations.includes('proposer') && status === 'declined' && access.resubmittedAs === null,
  };
}

/** The duplicate radar is for the city staff in charge of the proposal (never its proposer). */
export function maySeeSimilar(access: Pick<CaseAccess, 'relations'>): boolean {
  return access.relations.some((relation) => relation !== 'proposer');
}

/** The confidential sections the caller may not read now. */
export function hiddenSections(access: CaseAccess): ConfidentialSection[] {
  return access.seesConfidential
    ? []
    : [...(access.proposal.confidentialSections as ConfidentialSection[])];
}
