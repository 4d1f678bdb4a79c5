// Record or change the business complaining: name and person, size and why, suppliers, meter points, authority, commission.
import { useMemo } from 'react';
import { BusinessFields, type BusinessControl } from '../../../ui/case-form/fields/BusinessFields';
import { ActionDialog } from '../../../ui/case-form/ActionDialog';
import { actionForm, type ActionFormProps } from '../../../ui/case-form/action-form';
import { businessOf, businessValues, businessValuesOf } from '../../../ui/case-form/business-form';
import { useCaseWork } from '../../../ui/case-form/case-work';
import { z } from 'zod';

const fields = z.object({ business: businessValues });

export function BusinessDetailsDialog({ onClose }: ActionFormProps) {
  const { caseRecord } = useCaseWork();
  const schema = useMemo(() => actionForm(fields, (v) => ({ type: 'recordBusinessDetails', business: businessOf({ ...v.business, include: true }) })), []);
  return (
    <ActionDialog title="Business details" submitLabel="Save business details" schema={schema} defaultValues={{ business: { ...businessValuesOf(caseRecord.business), include: true } }} onClose={onClose}>
      {(control) => <BusinessFields control={control as unknown as BusinessControl} optional={false} />}
    </ActionDialog>
  );
}
