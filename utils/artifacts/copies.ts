/**
 * An artifact that stands for every copy of its excerpt in the text (the finder's onceForEveryCopy): the contract's
 * Artifact has no count field, so the count is the end of its message, "(found 42 times).", written and read
 * here only. The highlighter paints, and the clean copy repairs, every occurrence of such an artifact's excerpt.
 */
const COPY_COUNT = / \(found (\d+) times\)\.$/u;

/** The message with the count of places at its end. */
export function withCopyCount(message: string, copies: number): string {
  return `${message.replace(/\.$/u, '')} (found ${copies} times).`;
}

/** How many places the artifact stands for: 1 unless its message ends with a count. */
export function copyCount(artifact: { message: string }): number {
  const m = COPY_COUNT.exec(artifact.message);
  return m ? Number(m[1]) : 1;
}
