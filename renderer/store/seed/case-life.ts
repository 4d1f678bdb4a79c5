// One synthetic case's life, taken step by step through the real workflow so every case is one the app could hold.
import {
  actorOf,
  complaintCategories,
  type Actor,
  type CaseReference,
  type ComplaintCase,
  type ComplaintCategory,
  type ContactChannel,
  type TimelineEventDraft,
  type User,
} from '../../../shared/model';
import { applyAction, londonDate, receiveComplaint, type CaseAction, type PolicySettings } from '../../../shared/policy';
import { rightsLetterParagraph } from '../../../shared/letters/rights';
import { CAUSES, CONVERSATIONS, FINDINGS, LESSONS, natureOf } from './complaint-text';
import type { Random } from './random';
import type { SyntheticStaff } from './staff';
import { syntheticFile, type SyntheticFile } from './files';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

export interface LifeContext {
  random: Random;
  settings: PolicySettings;
  asOfMs: number;
  staff: SyntheticStaff;
  /** The chance that a complaint worked to the end (or stalled) names a member of staff; 0.02 unless set. */
  staffShare?: number;
}

export interface CaseLife {
  case: ComplaintCase;
  drafts: TimelineEventDraft[];
  files: SyntheticFile[];
}

export type Fate = 'normal' | 'firstContact' | 'withdrawn' | 'stall' | 'enquiry';

/** Takes steps until one would fall after the synthetic "now"; every refusal is a bug in this generator. */
class Life {
  drafts: TimelineEventDraft[];
  files: SyntheticFile[] = [];
  stopped = false;
  constructor(
    private readonly ctx: LifeContext,
    public c: ComplaintCase,
    drafts: TimelineEventDraft[],
    public t: number,
  ) {
    this.drafts = drafts;
  }

  step(action: CaseAction | ((at: string) => CaseAction), by: Actor, gapHours: [number, number]): boolean {
    if (this.stopped) return false;
    const next = this.t + this.ctx.random.int(gapHours[0] * 60, gapHours[1] * 60) * 60_000;
    if (next > this.ctx.asOfMs) {
      this.stopped = true;
      return false;
    }
    this.t = next;
    const now = iso(next);
    const a = typeof action === 'function' ? action(now) : action;
    const result = applyAction(this.c, a, by, now, this.ctx.settings);
    if (!result.ok) throw new Error(`Synthetic case ${this.c.reference}: ${a.type} refused: ${result.missing.join('; ')}`);
    this.c = result.case;
    this.drafts.push(...result.events);
    return true;
  }
}

const CHANNELS: Record<ContactChannel, number> = { telephone: 45, email: 35, letter: 12, 'in-person': 8 };

export function caseLife(ctx: LifeContext, ids: { id: string; reference: CaseReference; customerId: string; customerName: string }, receivedMs: number, fate: Fate): CaseLife {
  const r = ctx.random;
  const worker = r.pick(ctx.staff.agents);
  const manager = r.pick(ctx.staff.managers);
  const aboutStaff = (fate === 'normal' || fate === 'stall') && r.chance(ctx.staffShare ?? 0.02);
  const named = aboutStaff ? r.pick(ctx.staff.agents.filter((a) => a.id !== worker.id)) : undefined;
  const category: ComplaintCategory = r.pick(complaintCategories);
  const channel = r.weighted(CHANNELS);
  const received = receiveComplaint(
    {
      kind: fate === 'enquiry' ? 'enquiry' : 'complaint',
      ...(fate === 'enquiry' ? { enquiryReason: 'Asked how renewal prices are worked out; not dissatisfied.' } : {}),
      channel,
      receivedAt: iso(receivedMs),
      takenById: worker.id,
      ...(named ? { dealtWithName: named.name, dealtWithUserId: named.id, concernsStaff: true, namedStaffUserIds: [named.id] } : {}),
      ...(!named && r.chance(0.7) ? { dealtWithName: r.pick(['Sales team', 'Renewals desk', 'Account management', worker.name]) } : {}),
      customerId: ids.customerId,
      nature: natureOf(r, category, aboutStaff),
      ...(r.chance(0.4) ? { category } : {}),
      ...(r.chance(0.6) ? { stepsTaken: 'Customer contacted the supplier first and was referred back to the broker.' } : {}),
      ...(r.chance(0.5) ? { desiredOutcome: r.pick(['A refund', 'An apology', 'The contract cancelled without a fee', 'The bill corrected']) } : {}),
    },
    actorOf(worker),
    iso(receivedMs + r.int(5, 60) * 60_000),
    { id: ids.id, reference: ids.reference },
  );
  if (!received.ok) throw new Error(`Synthetic case ${ids.reference}: intake refused: ${received.missing.join('; ')}`);
  const life = new Life(ctx, received.case, [...received.events], receivedMs + HOUR);
  if (fate !== 'enquiry') mainPath(life, ctx, { worker, manager, named, category, customerName: ids.customerName, fate });
  return { case: life.c, drafts: life.drafts, files: life.files };
}

interface Cast {
  worker: User;
  manager: User;
  named: User | undefined;
  category: ComplaintCategory;
  customerName: string;
  fate: Fate;
}

function mainPath(life: Life, ctx: LifeContext, cast: Cast): void {
  const r = ctx.random;
  const by = actorOf(cast.named ? cast.manager : cast.worker);
  const day = (at: string) => londonDate(at);
  if (cast.fate === 'firstContact') {
    life.step((at) => ({ type: 'resolveAtFirstContact', outcome: r.pick(['upheld', 'partly-upheld', 'not-upheld']), summary: 'Explained the charges and corrected the account on the call.', remedies: [{ kind: 'explanation' }], resolvedAt: at }), by, [0, 1]);
    return;
  }
  const stallAt = cast.fate === 'stall' ? r.int(0, 5) : Infinity;
  const withdrawAt = cast.fate === 'withdrawn' ? r.int(0, 3) : Infinity;
  let reached = 0;
  const checkpoint = () => {
    reached += 1;
    if (reached > withdrawAt) life.step((at) => ({ type: 'withdraw', withdrawnAt: at, how: 'telephone', reason: 'The supplier sorted it out directly.' }), by, [2, 72]);
    return !life.stopped && reached <= stallAt && reached <= withdrawAt;
  };
  life.step((at) => ({ type: 'acknowledge', sentAt: at, channel: r.pick(['email', 'letter']) }), by, [1, 40]);
  if (!checkpoint()) return;
  life.step({ type: 'startReview' }, by, [1, 20]);
  if (r.chance(0.5)) life.step((at) => ({ type: 'recordConversation', conversationId: r.uuid(), on: day(at), channel: 'telephone', people: [{ name: cast.customerName }, { name: cast.worker.name, userId: cast.worker.id }], summary: r.pick(CONVERSATIONS) }), by, [1, 24]);
  if (r.chance(0.03)) {
    const file = syntheticFile(r, cast.customerName);
    if (life.step({ type: 'attachDocument', attachmentId: file.id, name: file.name, mimeType: file.type, sizeBytes: file.bytes.length, sha256: file.sha256, source: 'customer' }, by, [1, 48])) life.files.push(file);
  }
  const outstanding = (Object.keys(life.c.checklist) as (keyof ComplaintCase['checklist'])[]).filter((k) => life.c.checklist[k].status === 'outstanding');
  const requestId = r.uuid();
  if (outstanding.length > 0) life.step((at) => ({ type: 'requestInformation', requestId, items: outstanding, sentAt: at, channel: 'email' }), by, [1, 24]);
  if (outstanding.length > 0 && r.chance(0.6)) life.step((at) => ({ type: 'recordInformationReceived', requestId, items: outstanding, receivedAt: at }), by, [24, 120]);
  if (!life.c.category) life.step({ type: 'categorise', category: cast.category }, by, [0, 4]);
  if (!checkpoint()) return;
  const investigator = r.chance(0.7) ? r.pick(ctx.staff.agents.filter((a) => a.id !== cast.named?.id)) : cast.worker.id === cast.named?.id ? cast.manager : cast.worker;
  life.step({ type: 'assignInvestigator', investigatorId: investigator.id }, cast.named ? actorOf(cast.manager) : by, [1, 24]);
  life.step({ type: 'startInvestigation' }, by, [0, 8]);
  const inv = actorOf(investigator);
  if (cast.named) {
    life.step((at) => ({ type: 'recordEmployeeChecklistItem', item: 'informed', outcome: 'done', on: day(at) }), inv, [2, 24]);
    life.step((at) => ({ type: 'recordEmployeeChecklistItem', item: 'supportOffered', outcome: 'done', on: day(at), support: 'Meeting with their line manager and the employee assistance line.' }), inv, [1, 24]);
    life.step((at) => ({ type: 'recordEmployeeChecklistItem', item: 'opportunityToExplain', outcome: 'done', on: day(at), account: 'I was following the script; I did not mean to be abrupt.' }), inv, [24, 72]);
    life.step((at) => ({ type: 'recordEmployeeChecklistItem', item: 'keptUpdated', outcome: 'done', on: day(at) }), inv, [24, 72]);
  }
  if (r.chance(0.01)) {
    life.step((at) => ({ type: 'placeHold', holdId: r.uuid(), agency: 'Ofgem', reference: `OFG-${r.int(10_000, 99_999)}`, from: day(at) }), actorOf(cast.manager), [1, 24]);
    life.step((at) => ({ type: 'releaseHold', to: day(at) }), actorOf(cast.manager), [5 * 24, 15 * 24]);
  }
  if (r.chance(0.08)) life.step((at) => ({ type: 'sendDelayNotice', noticeId: r.uuid(), reason: 'Waiting for the supplier to send the billing history.', newExpectedDate: day(iso(Date.parse(at) + 14 * DAY)), sentAt: at, channel: 'email' }), by, [24, 96]);
  const [facts, cause] = r.pick(FINDINGS);
  life.step({ type: 'recordFindings', factsEstablished: facts, cause }, inv, [24, 144]);
  if (!checkpoint()) return;
  const outcome = r.weighted({ upheld: 35, 'partly-upheld': 30, 'not-upheld': 35 });
  const remedies = outcome === 'not-upheld' ? [{ kind: 'explanation' as const }] : r.chance(0.4) ? [{ kind: 'apology' as const }, { kind: 'payment' as const, amountPence: r.int(10, 500) * 100 }] : [{ kind: 'apology' as const }, { kind: 'explanation' as const }];
  life.step((at) => ({ type: 'respond', outcome, remedies, summary: 'We have looked into your complaint and set out what we found and what we will do.', sentAt: at, channel: r.pick(['email', 'letter']) }), by, [4, 72]);
  if (!checkpoint()) return;
  const answer = r.weighted({ accepted: 80, 'no-reply': 12, deadlock: 8 });
  life.step((at) => ({ type: 'recordCustomerAcceptance', answer, on: day(at) }), by, [48, 240]);
  if (answer === 'deadlock') {
    const owner = investigator.name;
    life.step((at) => ({ type: 'sendDeadlockLetter', sentAt: at, channel: 'letter', ownerName: owner, wording: rightsLetterParagraph(life.c, 'deadlock', at, ctx.settings, owner) }), by, [2, 48]);
    if (r.chance(0.4)) life.step((at) => ({ type: 'referToOmbudsman', referredOn: day(at), reference: `EO-${r.int(100_000, 999_999)}` }), by, [72, 500]);
  }
  if (r.chance(0.02)) {
    const reviewer = r.pick(ctx.staff.managers.filter((m) => m.id !== investigator.id));
    life.step((at) => ({ type: 'requestEscalation', requestedAt: at, via: 'email', reason: 'The customer wants the decision reviewed.' }), by, [24, 96]);
    life.step({ type: 'assignReviewer', reviewerId: reviewer.id }, actorOf(cast.manager), [1, 24]);
    life.step((at) => ({ type: 'recordEscalationOutcome', decision: 'not-upheld', summary: 'The review agrees with the final response.', sentAt: at, channel: 'email' }), actorOf(reviewer), [48, 240]);
  }
  if (r.chance(0.3)) {
    const actionId = r.uuid();
    life.step((at) => ({ type: 'addImprovementAction', actionId, what: r.pick(LESSONS), owner: 'Operations lead', due: day(iso(Date.parse(at) + 30 * DAY)) }), by, [1, 48]);
    life.step((at) => ({ type: 'completeImprovementAction', actionId, doneOn: day(at), note: 'Done and briefed to the team.' }), by, [48, 400]);
  } else {
    life.step({ type: 'recordNoImprovementNeeded', reason: 'An isolated error; the process is sound.' }, by, [1, 48]);
  }
  if (cast.named) life.step((at) => ({ type: 'recordEmployeeChecklistItem', item: 'toldResult', outcome: 'done', on: day(at) }), inv, [1, 48]);
  life.step({ type: 'confirmActionsTaken' }, by, [1, 24]);
  if (!checkpoint()) return;
  life.step({ type: 'close', rootCause: r.pick(CAUSES[cast.category]), lessonsLearned: r.pick(LESSONS) }, by, [1, 72]);
}
