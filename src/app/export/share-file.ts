/**
 * Hands a file to the juror: the Web Share API where the device has it for files (WhatsApp, e-mail,
 * Drive on a tablet), a download otherwise. A share the juror cancels is not an error; a share that
 * fails for another reason falls back to the download, so the juror always ends up with the file.
 */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

export function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File(['x'], 'x.txt', { type: 'text/plain' })] });
  } catch {
    return false;
  }
}

export async function deliverFile(blob: Blob, name: string, share: boolean): Promise<Delivery> {
  const file = new File([blob], name, { type: blob.type });
  if (share && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  download(blob, name);
  return 'downloaded';
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
