// The New complaint draft: read back once when the form opens, then saved as staff type (debounced) and on leaving the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { db } from '../../store/desk';
import { loadDraft, saveDraft, type DraftFile, type DraftKey } from '../../store/drafts';
import { formatDateTime } from '../../ui/en-gb-format';
import type { IntakeControl } from './intake-form';
import { draftIntakeValues, type IntakeValues } from './intake-values';

/** How long typing must pause before the draft is written. */
export const DRAFT_DELAY_MS = 400;

export type DraftLoad =
  | { status: 'loading' }
  | { status: 'ready'; values: IntakeValues; files: DraftFile[]; restoredFrom: string | null; problem: string | null };

export function useDraftLoad(key: DraftKey, blank: () => IntakeValues): DraftLoad {
  const [state, setState] = useState<DraftLoad>({ status: 'loading' });
  const { userId, form } = key;
  const blankRef = useRef(blank);
  useEffect(() => {
    let cancelled = false;
    void loadDraft(db, { userId, form }, draftIntakeValues)
      .then((draft): DraftLoad => {
        const values = blankRef.current();
        if (draft.status === 'none') return { status: 'ready', values, files: [], restoredFrom: null, problem: null };
        if (draft.status === 'unreadable') {
          return { status: 'ready', values, files: [], restoredFrom: null, problem: `A draft saved ${formatDateTime(draft.savedAt)} could not be read back (${draft.problem}); it is kept until you save or discard this form.` };
        }
        return { status: 'ready', values: draft.values ?? values, files: draft.files, restoredFrom: draft.savedAt, problem: null };
      })
      .catch((error: unknown): DraftLoad => ({ status: 'ready', values: blankRef.current(), files: [], restoredFrom: null, problem: `Your draft could not be read: ${String(error)}` }))
      .then((next) => {
        if (!cancelled) setState(next);
      });
    return () => {
      cancelled = true;
    };
  }, [userId, form]);
  return state;
}

export interface DraftAutosave {
  /** When the draft was saved, while it holds everything on screen; null while a change waits to be saved. */
  savedAt: string | null;
  /** Something typed since the last save is not saved yet. */
  saving: boolean;
  error: string | null;
  /** Stops saving (the complaint is being recorded, which removes the draft in the same transaction). */
  stop(): void;
  /** Saves again after a refused save, so what is on screen is kept. */
  resume(): void;
}

export function useDraftAutosave(key: DraftKey, control: IntakeControl, initial: IntakeValues): DraftAutosave {
  const values = useWatch({ control }) as IntakeValues;
  const json = JSON.stringify(values);
  const lastSaved = useRef(JSON.stringify(initial));
  const stopped = useRef(false);
  const [committed, setCommitted] = useState<{ text: string; at: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { userId, form } = key;

  const write = useCallback(
    (text: string) => {
      if (stopped.current || text === lastSaved.current) return;
      lastSaved.current = text;
      const now = new Date().toISOString();
      saveDraft(db, { userId, form }, JSON.parse(text) as unknown, now).then(
        () => {
          setCommitted({ text, at: now });
          setError(null);
        },
        (e: unknown) => setError(`The draft could not be saved: ${e instanceof Error ? e.message : String(e)}`),
      );
    },
    [userId, form],
  );

  useEffect(() => {
    const timer = window.setTimeout(() => write(json), DRAFT_DELAY_MS);
    // Closing or reloading the window mid-pause still keeps the last keystrokes.
    const flush = () => write(json);
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [json, write]);

  // Leaving the form for another screen keeps what was typed in the last pause too.
  const latest = useRef(json);
  latest.current = json;
  useEffect(() => {
    const last = latest;
    return () => write(last.current);
  }, [write]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  const resume = useCallback(() => {
    stopped.current = false;
    lastSaved.current = '';
  }, []);
  const upToDate = committed !== null && committed.text === json;
  return { savedAt: upToDate ? committed.at : null, saving: committed !== null && !upToDate, error, stop, resume };
}
