// Record what regulation 4 asks at receipt, for a complaint recorded without it: orally or in writing, agreed way, advice.
import { useMemo } from 'react';
import { z } from 'zod';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { emptyReceipt, receiptOf, receiptValues } from '../../../ui/case-form/business-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { ReceiptFields, type ReceiptControl } from '../../../ui/case-form/fields/ReceiptFields';

const fields = z.object({ receipt: receiptValues });

export function ReceiptDetailsDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const schema = useMemo(() => actionForm(fields, (v) => ({ type: 'recordReceiptDetails', ...receiptOf(v.receipt, caseRecord.channel) })), [caseRecord.channel]);
  const r = caseRecord.receipt;
  const defaults = r
    ? { receipt: { madeHow: r.madeHow, agreedChannel: r.agreedChannel, adviceGiven: r.adviceGiven ?? '', resolved: r.resolved, resolvedBasis: r.resolvedBasis ?? '' } }
    : { receipt: emptyReceipt() };
  return (
    <ActionDialog title="Receipt details" submitLabel="Save receipt details" schema={schema} defaultValues={defaults} onClose={onClose}>
      {(control) => <ReceiptFields control={control as unknown as ReceiptControl} />}
    </ActionDialog>
  );
}
