// The ways a complaint reaches the company and the ways the company writes back.
import { z } from 'zod';

export const contactChannels = ['telephone', 'in-person', 'email', 'letter'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const channelLabels: Record<ContactChannel, string> = {
  telephone: 'Telephone',
  'in-person': 'In person',
  email: 'Email',
  letter: 'Letter',
};

/** A complaint made by telephone or in person is verbal: staff may ask for written confirmation. */
export const verbalChannels: readonly ContactChannel[] = ['telephone', 'in-person'];

export function channel(message = 'Choose how the complaint was made') {
  return z.enum(contactChannels, { error: message });
}

export const contactChannel = channel();
