// Assign the investigator, or the reviewer of an escalation; the policy and the store check who may be chosen.
import { useMemo } from 'react';
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { StaffField } from '../../../ui/case-form/fields/StaffField';

export function AssignStaffDialog({ type, onClose }: ActionFormProps) {
  const { caseRecord, staff } = useCaseWork();
  const reviewer = type === 'assignReviewer';
  const schema = useMemo(
    () =>
      actionForm(z.object({ investigatorId: z.string(), reviewerId: z.string() }), (v) =>
        reviewer ? { type: 'assignReviewer', reviewerId: v.reviewerId } : { type: 'assignInvestigator', investigatorId: v.investigatorId },
      ),
    [reviewer],
  );
  // Named employees can never be chosen; the reviewer must not be the investigator (and the other way round).
  const exclude = [...caseRecord.namedStaffUserIds, reviewer ? caseRecord.investigatorId : caseRecord.escalation?.reviewerId];
  return (
    <ActionDialog
      title={reviewer ? 'Assign the escalation reviewer' : 'Assign the investigator'}
      intro={reviewer ? 'The reviewer looks at the complaint again, independently of the investigator.' : 'The investigator establishes the facts and the cause.'}
      submitLabel="Assign"
      schema={schema}
      defaultValues={{ investigatorId: caseRecord.investigatorId ?? '', reviewerId: caseRecord.escalation?.reviewerId ?? '' }}
      onClose={onClose}
    >
      {(control) => <StaffField control={control} name={reviewer ? 'reviewerId' : 'investigatorId'} label={reviewer ? 'Reviewer' : 'Investigator'} staff={staff} exclude={exclude} />}
    </ActionDialog>
  );
}
