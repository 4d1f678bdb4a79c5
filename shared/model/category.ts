// The fixed lists a case is sorted by for reporting: what the complaint is about, and its root cause at close.
import { z } from 'zod';

export const complaintCategories = [
  'billing',
  'contract-renewal',
  'switching',
  'mis-selling',
  'broker-fees',
  'customer-service',
  'metering',
  'payments',
  'data-protection',
  'other',
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

export const complaintCategoryLabels: Record<ComplaintCategory, string> = {
  billing: 'Billing',
  'contract-renewal': 'Contract or renewal',
  switching: 'Switching supplier',
  'mis-selling': 'Mis-selling',
  'broker-fees': 'Broker fees and commission',
  'customer-service': 'Customer service',
  metering: 'Metering',
  payments: 'Payments and refunds',
  'data-protection': 'Personal information',
  other: 'Other',
};

export const complaintCategory = z.enum(complaintCategories, { error: 'Choose the complaint category' });

export const rootCauses = [
  'process',
  'people-and-training',
  'systems',
  'supplier',
  'communication',
  'product-or-policy',
  'third-party',
  'customer-misunderstanding',
  'no-fault-found',
  'other',
] as const;
export type RootCause = (typeof rootCauses)[number];

export const rootCauseLabels: Record<RootCause, string> = {
  process: 'A process did not work',
  'people-and-training': 'People or training',
  systems: 'Systems or data',
  supplier: 'The energy supplier',
  communication: 'Communication',
  'product-or-policy': 'Product or policy',
  'third-party': 'Another third party',
  'customer-misunderstanding': 'Customer misunderstanding',
  'no-fault-found': 'No fault found',
  other: 'Other',
};

export const rootCause = z.enum(rootCauses, { error: 'Choose the root-cause category' });
