// A file dropped on New complaint (or handed over from the app window or the desktop's "Open with"): read it,
// then fill the form from an email, offer a reply as a later contact on its case, or ask a letter's post-room date.
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Actor } from '../../../shared/model';
import { db } from '../../store/desk';
import { recordLaterContact } from '../../store/email-threads';
import { onFilesHandedOver, takeHandedOverFiles } from '../../ui/incoming-files';
import { emailFormValues, letterFormValues } from './email-form-values';
import { emailFiles, emailTimes, londonDateOf, planForFile, type IncomingPlan } from './incoming-email';
import type { IntakeValues } from './intake-values';
import type { FileToKeep } from './use-intake-files';

export type EmailPlan = Extract<IncomingPlan, { kind: 'email' }>;

export type IncomingState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'reply'; plan: EmailPlan }
  | { step: 'letter'; file: File }
  | { step: 'filled'; note: string };

export interface IncomingForm {
  values(): IntakeValues;
  fill(values: IntakeValues): void;
  keep(files: readonly FileToKeep[]): Promise<void>;
}

export function useIncomingFile(form: IncomingForm, actor: Actor) {
  const navigate = useNavigate();
  const [state, setState] = useState<IncomingState>({ step: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const fillFromEmail = useCallback(
    async (plan: EmailPlan) => {
      form.fill(emailFormValues(form.values(), plan.email, plan.customer, new Date()));
      await form.keep(emailFiles(plan.file, plan.email));
      const who = plan.customer ? `matched to the existing customer ${plan.customer.name}` : 'a new customer: check their details below';
      setState({ step: 'filled', note: `Filled in from the email "${plan.email.subject || plan.file.name}". ${emailTimes(plan.email)} The sender is ${who}. Check the complaint's words before recording it.` });
    },
    [form],
  );

  const take = useCallback(
    async (files: readonly File[]) => {
      setProblem(null);
      const [file, ...others] = files;
      if (!file) return;
      if (others.length > 0) {
        setProblem('Drop one email or letter at a time: nothing was changed. Several supporting documents go under Supporting documents.');
        return;
      }
      setState({ step: 'reading', name: file.name });
      try {
        const plan = await planForFile(file, actor);
        if (plan.kind === 'refused') {
          setProblem(plan.problem);
          setState({ step: 'idle' });
        } else if (plan.kind === 'letter') setState({ step: 'letter', file: plan.file });
        else if (plan.thread) setState({ step: 'reply', plan });
        else await fillFromEmail(plan);
      } catch (error) {
        setProblem(`"${file.name}" could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
        setState({ step: 'idle' });
      }
    },
    [actor, fillFromEmail],
  );

  const addToCase = useCallback(
    async (plan: EmailPlan) => {
      const thread = plan.thread;
      if (!thread) return;
      const { email } = plan;
      const summary = [`Email: ${email.subject}`, email.text].filter((p) => p.trim() !== '').join('\n\n');
      const result = await recordLaterContact(
        db,
        { caseId: thread.caseId, expectedVersion: thread.version, on: londonDateOf(email.sentAt ?? email.deliveredAt ?? new Date().toISOString()), from: email.from.name || email.from.address, summary, files: emailFiles(plan.file, email) },
        actor,
        new Date().toISOString(),
      );
      if (result.ok) void navigate(`/cases/${thread.caseId}`);
      else setProblem(`Not added to ${thread.reference}: ${result.missing.join('; ')}`);
    },
    [actor, navigate],
  );

  const fillLetter = useCallback(
    async (file: File, postRoomDate: string) => {
      form.fill(letterFormValues(form.values(), postRoomDate, new Date()));
      await form.keep([{ blob: file, name: file.name, source: 'customer' }]);
      setState({ step: 'filled', note: `The scanned letter "${file.name}" is attached and the channel is Letter. Type the customer and their complaint from the letter.` });
    },
    [form],
  );

  // Files dropped on the app window, or opened with the desktop app, arrive here once this screen is open.
  useEffect(() => {
    const takeWaiting = () => {
      const files = takeHandedOverFiles();
      if (files.length > 0) void take(files);
    };
    takeWaiting();
    return onFilesHandedOver(takeWaiting);
  }, [take]);

  return { state, problem, take, fillFromEmail, addToCase, fillLetter, dismiss: () => setState({ step: 'idle' }) };
}
