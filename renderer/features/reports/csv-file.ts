// The bytes of the CSV file the export saves.

/** UTF-8 with a byte-order mark, so that Excel reads the £ signs as they are. */
export function csvBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`\uFEFF${text}`);
}
