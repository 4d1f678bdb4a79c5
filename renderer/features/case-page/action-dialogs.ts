// Which form opens for each action the page offers; an action missing here is taken elsewhere or not on this page.
import type { ComponentType } from 'react';
import type { CaseActionType } from '../../../shared/policy';
import type { ActionFormProps } from '../../ui/case-form/action-form';
import { AssignStaffDialog } from './dialogs/AssignStaffDialog';
import { BusinessDetailsDialog } from './dialogs/BusinessDetailsDialog';
import { LaterContactDialog } from './dialogs/LaterContactDialog';
import { OmbudsmanEvidenceDialog } from './dialogs/OmbudsmanEvidenceDialog';
import { ReceiptDetailsDialog } from './dialogs/ReceiptDetailsDialog';
import { ReopenDialog } from './dialogs/ReopenDialog';
import { CategoriseDialog } from './dialogs/CategoriseDialog';
import { ChecklistItemDialog } from './dialogs/ChecklistItemDialog';
import { CloseCaseDialog } from './dialogs/CloseCaseDialog';
import { CompleteImprovementDialog } from './dialogs/CompleteImprovementDialog';
import { ConfirmStepDialog } from './dialogs/ConfirmStepDialog';
import { ConsumerAgencyDialog } from './dialogs/ConsumerAgencyDialog';
import { ConversationDialog } from './dialogs/ConversationDialog';
import { CustomerAnswerDialog } from './dialogs/CustomerAnswerDialog';
import { DelayNoticeDialog } from './dialogs/DelayNoticeDialog';
import { EmployeeStepDialog } from './dialogs/EmployeeStepDialog';
import { EscalationOutcomeDialog } from './dialogs/EscalationOutcomeDialog';
import { EscalationRequestDialog } from './dialogs/EscalationRequestDialog';
import { FindingsDialog } from './dialogs/FindingsDialog';
import { FirstContactDialog } from './dialogs/FirstContactDialog';
import { ImprovementActionDialog } from './dialogs/ImprovementActionDialog';
import { InformationReceivedDialog } from './dialogs/InformationReceivedDialog';
import { OmbudsmanDecisionDialog } from './dialogs/OmbudsmanDecisionDialog';
import { OmbudsmanReferralDialog } from './dialogs/OmbudsmanReferralDialog';
import { OmbudsmanRemedyDialog } from './dialogs/OmbudsmanRemedyDialog';
import { PlaceHoldDialog } from './dialogs/PlaceHoldDialog';
import { ReasonDialog } from './dialogs/ReasonDialog';
import { RecordConsentDialog } from './dialogs/RecordConsentDialog';
import { ReleaseHoldDialog } from './dialogs/ReleaseHoldDialog';
import { RequestInformationDialog } from './dialogs/RequestInformationDialog';
import { RespondDialog } from './dialogs/RespondDialog';
import { SentLetterDialog } from './dialogs/SentLetterDialog';
import { StaffConcernDialog } from './dialogs/StaffConcernDialog';
import { WithdrawConsentDialog } from './dialogs/WithdrawConsentDialog';
import { WithdrawDialog } from './dialogs/WithdrawDialog';
import { WrittenConfirmationDialog } from './dialogs/WrittenConfirmationDialog';

export const actionDialogs: Partial<Record<CaseActionType, ComponentType<ActionFormProps>>> = {
  acknowledge: SentLetterDialog,
  startReview: ConfirmStepDialog,
  categorise: CategoriseDialog,
  assignInvestigator: AssignStaffDialog,
  startInvestigation: ConfirmStepDialog,
  recordFindings: FindingsDialog,
  sendDelayNotice: DelayNoticeDialog,
  respond: RespondDialog,
  recordCustomerAcceptance: CustomerAnswerDialog,
  sendDeadlockLetter: SentLetterDialog,
  addImprovementAction: ImprovementActionDialog,
  completeImprovementAction: CompleteImprovementDialog,
  recordNoImprovementNeeded: ReasonDialog,
  confirmActionsTaken: ConfirmStepDialog,
  close: CloseCaseDialog,

  requestInformation: RequestInformationDialog,
  recordInformationReceived: InformationReceivedDialog,
  markChecklistItem: ChecklistItemDialog,
  requestWrittenConfirmation: SentLetterDialog,
  recordWrittenConfirmation: WrittenConfirmationDialog,
  recordConversation: ConversationDialog,

  resolveAtFirstContact: FirstContactDialog,
  withdraw: WithdrawDialog,
  placeHold: PlaceHoldDialog,
  releaseHold: ReleaseHoldDialog,
  requestEscalation: EscalationRequestDialog,
  assignReviewer: AssignStaffDialog,
  recordEscalationOutcome: EscalationOutcomeDialog,
  referToOmbudsman: OmbudsmanReferralDialog,
  recordOmbudsmanDecision: OmbudsmanDecisionDialog,
  completeOmbudsmanRemedy: OmbudsmanRemedyDialog,
  referToConsumerAgency: ConsumerAgencyDialog,
  sendEightWeekLetter: SentLetterDialog,
  reopen: ReopenDialog,
  requestOmbudsmanEvidence: OmbudsmanEvidenceDialog,
  recordOmbudsmanEvidenceSent: OmbudsmanEvidenceDialog,

  recordReceiptDetails: ReceiptDetailsDialog,
  recordLaterContact: LaterContactDialog,
  recordBusinessDetails: BusinessDetailsDialog,

  recordStaffConcern: StaffConcernDialog,
  recordEmployeeChecklistItem: EmployeeStepDialog,

  recordConsent: RecordConsentDialog,
  withdrawConsent: WithdrawConsentDialog,

  markAsEnquiry: ReasonDialog,
  convertEnquiryToComplaint: ReasonDialog,
};

export function hasForm(type: CaseActionType): boolean {
  return actionDialogs[type] !== undefined;
}
