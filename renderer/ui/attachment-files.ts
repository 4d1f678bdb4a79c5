// What can be previewed in the app (images, PDFs), and how file sizes read.
import type { AttachmentSource } from '../../shared/model';

export type PreviewKind = 'image' | 'pdf';

/** Raster and SVG images: an <img> never runs what is inside them, so they are safe to show. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/svg+xml']);

export function previewKind(mimeType: string, name: string): PreviewKind | null {
  const type = mimeType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (IMAGE_TYPES.has(type)) return 'image';
  if (type === 'application/pdf' || (type === 'application/octet-stream' && /\.pdf$/i.test(name))) return 'pdf';
  return null;
}

/** "512 bytes", "12.3 KB", "4.0 MB" (1 KB = 1024 bytes, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const sourceLabels: Record<AttachmentSource, string> = {
  customer: 'The customer',
  company: 'The company',
  'third-party': 'A third party',
};
