// What the New complaint form must hold before it can be saved, with messages naming each field.
import { z } from 'zod';

export const channels = ['telephone', 'in-person', 'email', 'letter'] as const;

export const channelLabels: Record<(typeof channels)[number], string> = {
  telephone: 'Telephone',
  'in-person': 'In person',
  email: 'Email',
  letter: 'Letter',
};

export const newComplaintSchema = z.object({
  channel: z.enum(channels, { message: 'Choose how the complaint was made' }),
  customerName: z.string().trim().min(1, 'Customer name is required').max(200, 'Customer name must be 200 characters or fewer'),
  customerContact: z
    .string()
    .trim()
    .min(1, 'Customer contact (phone or email) is required')
    .max(200, 'Customer contact must be 200 characters or fewer'),
  receivedAt: z
    .string()
    .min(1, 'Received at is required')
    .refine((value) => !Number.isNaN(new Date(value).getTime()), 'Received at must be a real date and time'),
  summary: z.string().trim().min(1, 'Nature of the complaint is required').max(10_000, 'Nature of the complaint is too long'),
});

export type NewComplaint = z.infer<typeof newComplaintSchema>;
