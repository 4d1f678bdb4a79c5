// A Web Worker that generates synthetic-desk batches on request, so seeding uses every core of the machine.
import { deskPlan, generateBatch, type DeskOptions, type DeskPlan } from '../../../renderer/store/seed/synthetic-desk';

export type SeedRequest = { kind: 'plan'; options: DeskOptions } | { kind: 'batch'; index: number };

let plan: DeskPlan | null = null;

self.onmessage = (message: MessageEvent<SeedRequest>) => {
  const request = message.data;
  if (request.kind === 'plan') {
    plan = deskPlan(request.options);
    self.postMessage({ kind: 'ready' });
    return;
  }
  if (!plan) throw new Error('The seed worker was asked for a batch before its plan');
  try {
    self.postMessage({ kind: 'batch', index: request.index, batch: generateBatch(plan, request.index) });
  } catch (error) {
    self.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
