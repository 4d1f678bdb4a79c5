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

/** How something came or went, inside a sentence: "by telephone", "by email", but "in person". */
export function channelPhrase(channel: ContactChannel): string {
  return channel === 'in-person' ? 'in person' : `by ${channelLabels[channel].toLowerCase()}`;
}

/** A complaint made by telephone or in person is verbal: staff may ask for written confirmation. */
export const verbalChannels: readonly ContactChannel[] = ['telephone', 'in-person'];

/**
 * Whether something sent to the customer went as a letter: by post or email, or handed over in person when the app
 * made a copy of it. A request made by telephone (or said in person) is not a letter sent.
 */
export function sentAsLetter(record: { channel: ContactChannel; documentId?: string | undefined }): boolean {
  return record.channel === 'letter' || record.channel === 'email' || (record.channel === 'in-person' && record.documentId !== undefined);
}

export function channel(message = 'Choose how the complaint was made') {
  return z.enum(contactChannels, { error: message });
}

export const contactChannel = channel();
