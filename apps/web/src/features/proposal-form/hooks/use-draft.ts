/**
 * Autosave for a draft: every few seconds of typing, when a field is left and on every step.
 * What the proposer types is also kept in the browser until the server has it, so a network
 * failure, a closed tab or a crash loses nothing: the next visit restores it and saves it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Proposal, ProposalDraftFields } from '@kyoso/contracts/proposals';
import { isApiError } from '../../../lib/api-client';
import { getProposal, proposalKey } from '../api/get-proposal';
import { saveDraft } from '../api/save-draft';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'offline' | 'invalid' | 'failed';

const DEBOUNCE_MS = 2000;
const MAX_RETRY_MS = 60_000;

export function draftFields(p: Proposal): ProposalDraftFields {
  return {
    title: p.title,
    summary: p.summary,
    problem: p.problem ?? '',
    whyThisCity: p.whyThisCity ?? '',
    solution: p.solution ?? '',
    cityRole: p.cityRole ?? '',
    companyRole: p.companyRole ?? '',
    cityBudget: p.cityBudget,
    cityBudgetEstimateYen: p.cityBudgetEstimateYen,
    resourcesWanted: p.resourcesWanted,
    impact: p.impact ?? '',
    kpis: p.proposedKpis ?? [],
    desiredStart: p.desiredStart,
    pilot: p.pilot,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    confidentialSections: p.confidentialSections,
  };
}

type Backup = { values: Partial<ProposalDraftFields>; dirty: string[]; savedAt: string };
const backupKey = (id: string) => `kyoso.draft.${id}`;

function readBackup(id: string): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

function writeBackup(id: string, backup: Backup | null) {
  try {
    if (backup) {
      window.localStorage.setItem(backupKey(id), JSON.stringify(backup));
    } else {
      window.localStorage.removeItem(backupKey(id));
    }
  } catch {
    // Storage full or unavailable: the server save still goes on.
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The draft being edited: its values, autosave state and the latest proposal from the server. */
export type Draft = ReturnType<typeof useDraft>;

export function useDraft(initial: Proposal) {
  const id = initial.id;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ProposalDraftFields>(() => {
    const backup = readBackup(id);
    return backup ? { ...draftFields(initial), ...backup.values } : draftFields(initial);
  });
  const [restored] = useState(() => (readBackup(id)?.dirty.length ?? 0) > 0);
  const [status, setStatus] = useState<SaveStatus>(restored ? 'dirty' : 'saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [proposal, setProposal] = useState<Proposal>(initial);

  const valuesRef = useRef(values);
  const versionRef = useRef(initial.version);
  const dirtyRef = useRef(new Set<string>(readBackup(id)?.dirty ?? []));
  const savingRef = useRef<Promise<boolean> | null>(null);
  const againRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryMsRef = useRef(3000);

  const backup = useCallback(() => {
    const dirty = [...dirtyRef.current];
    writeBackup(
      id,
      dirty.length === 0
        ? null
        : {
            values: Object.fromEntries(
              dirty.map((f) => [f, valuesRef.current[f as keyof ProposalDraftFields]]),
            ),
            dirty,
            savedAt: new Date().toISOString(),
          },
    );
  }, [id]);

  const save = useCallback((): Promise<boolean> => {
    if (timerRef.current) {
      clearTimeout(timerRef.current);
      timerRef.current = null;
    }
    if (savingRef.current) {
      againRef.current = true;
      return savingRef.current;
    }
    const fields = [...dirtyRef.current];
    if (fields.length === 0) {
      return Promise.resolve(true);
    }
    const snapshot = Object.fromEntries(
      fields.map((f) => [f, valuesRef.current[f as keyof ProposalDraftFields]]),
    );
    setStatus('saving');
    const run = async (): Promise<boolean> => {
      try {
        const res = await saveDraft(id, { version: versionRef.current, ...snapshot });
        versionRef.current = res.proposal.version;
        setProposal(res.proposal);
        queryClient.setQueryData(proposalKey(id), res);
        void queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] });
        for (const f of fields) {
          if (same(valuesRef.current[f as keyof ProposalDraftFields], snapshot[f])) {
            dirtyRef.current.delete(f);
          }
        }
        backup();
        setFieldErrors({});
        setSavedAt(new Date());
        setStatus(dirtyRef.current.size === 0 ? 'saved' : 'dirty');
        retryMsRef.current = 3000;
        return true;
      } catch (error) {
        if (isApiError(error) && error.code === 'workflow.version_conflict') {
          // Saved from another tab meanwhile: take the new version and save what is typed here.
          const fresh = await getProposal(id).catch(() => null);
          if (fresh) {
            versionRef.current = fresh.proposal.version;
            againRef.current = true;
          }
          setStatus('dirty');
          return false;
        }
        if (isApiError(error) && error.status === 400) {
          setFieldErrors(error.fieldErrors());
          setStatus('invalid');
          return false;
        }
        if (isApiError(error) && (error.code === 'network.error' || error.status >= 500)) {
          setStatus('offline');
          const wait = retryMsRef.current;
          retryMsRef.current = Math.min(MAX_RETRY_MS, wait * 2);
          timerRef.current = setTimeout(() => void save(), wait);
          return false;
        }
        setStatus('failed');
        return false;
      }
    };
    const promise = run().finally(() => {
      savingRef.current = null;
      if (againRef.current) {
        againRef.current = false;
        void save();
      }
    });
    savingRef.current = promise;
    return promise;
  }, [backup, id, queryClient]);

  const setField = useCallback(
    <K extends keyof ProposalDraftFields>(field: K, value: ProposalDraftFields[K]) => {
      valuesRef.current = { ...valuesRef.current, [field]: value };
      setValues(valuesRef.current);
      dirtyRef.current.add(field);
      backup();
      setStatus((current) => (current === 'saving' ? current : 'dirty'));
      if (timerRef.current) {
        clearTimeout(timerRef.current);
      }
      timerRef.current = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [backup, save],
  );

  // Anything restored from the browser is sent as soon as the page opens.
  useEffect(() => {
    if (dirtyRef.current.size > 0) {
      void save();
    }
    return () => {
      if (timerRef.current) {
        clearTimeout(timerRef.current);
      }
    };
  }, [save]);

  // Leaving with unsaved text: ask first (the text is kept in the browser anyway).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current.size > 0) {
        event.preventDefault();
      }
    };
    const onOnline = () => {
      if (dirtyRef.current.size > 0) {
        void save();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('online', onOnline);
    };
  }, [save]);

  return {
    values,
    setField,
    save,
    status,
    savedAt,
    fieldErrors,
    restored,
    proposal,
    setProposal,
    /** Takes a newer answer of the server about this draft (its kind changed): its version too. */
    adopt: (next: Proposal) => {
      versionRef.current = next.version;
      setProposal(next);
    },
    version: () => versionRef.current,
  };
}
