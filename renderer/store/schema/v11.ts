// Schema version 11: an index on the Message-ID of each email kept as a file, so a reply finds its case.
import { storesV1 } from './v1';

/** Only files that are emails carry emailMessageId; Dexie leaves the others out of the index. */
export const storesV11: Record<string, string> = {
  attachments: `${storesV1.attachments}, emailMessageId`,
};
