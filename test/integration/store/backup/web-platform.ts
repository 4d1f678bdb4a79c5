// Node 20 has Blob but not FileReader or `self`, which dexie-export-import uses in browsers: minimal stand-ins
// that read a Blob the way a browser's FileReader does (only readAsArrayBuffer is used by the add-on).
class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader }) => void) | null = null;
  onabort: ((event: { target: NodeFileReader }) => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

const platform = globalThis as unknown as { self?: unknown; FileReader?: unknown };
platform.self ??= globalThis;
platform.FileReader ??= NodeFileReader;
