// Makes a case pack end to end: plans it (consent gate, redaction, summary, case.json) and streams it to a sink.
import { planCasePack, type CasePackRefusal, type CasePackRequest } from './pack-contents';
import { writeCasePack, type CasePackWriteResult, type ZipSink, type ZipWriterOptions } from './zip-writer';

export type { CasePackFile, CasePackRequest } from './pack-contents';

export interface CasePackMade extends CasePackWriteResult {
  ok: true;
  fileName: string;
}

/**
 * Refuses with reasons as data, or writes the pack. Attachments are read one chunk at a time as the sink accepts
 * the output, so a pack of hundreds of megabytes is never held whole by the builder.
 */
export async function buildCasePack(
  request: CasePackRequest,
  sink: ZipSink,
  options: Omit<ZipWriterOptions, 'modifiedAt' | 'expectedTotals'> = {},
): Promise<CasePackMade | CasePackRefusal> {
  const plan = await planCasePack(request);
  if (!plan.ok) return plan;
  const written = await writeCasePack(plan.header, plan.entries, sink, options);
  return { ok: true, fileName: plan.fileName, ...written };
}
