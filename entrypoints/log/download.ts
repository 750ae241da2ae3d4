/**
 * Offer text as a file: a Blob URL on a temporary <a download>, revoked after
 * the click. No network and no `downloads` permission needed.
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox starts the download asynchronously: revoke only once it has the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
