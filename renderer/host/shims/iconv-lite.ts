// iconv-lite as the renderer bundles it: msgreader reads Outlook's 8-bit strings through it, and the real package
// needs Node's Buffer. The browser's TextDecoder knows the same Windows code pages ('windows1251' → 'windows-1251').
function label(encoding: string): string {
  const cp = /^(?:windows|win|cp)-?(\d+)$/i.exec(encoding.trim());
  return cp ? `windows-${cp[1]}` : encoding;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(label(encoding)).decode(bytes);
}

/** Only msgreader's writer uses this (never the desk): UTF-8 is the one encoding TextEncoder writes. */
export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export default { decode, encode };
