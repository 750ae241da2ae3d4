/**
 * Contract violations found by fuzzing in modules this suite does not own,
 * reported to their owners and tolerated here until fixed, so that the fuzz
 * run keeps looking for NEW problems. Each has a minimal input (a skipped
 * `it.todo` row in tests/unit/fuzz.test.ts repeats it). Remove an entry once
 * its fix lands: the fuzz test then guards it.
 */
export interface KnownIssue {
  id: string;
  /** The module that should fix it. */
  owner: string;
  /** The smallest input that shows it (paragraphs for summarizeText). */
  minimalInput: string[];
  /** What is wrong, in one sentence. */
  note: string;
  /** Does this violation message belong to the issue? */
  matches: (violation: string) => boolean;
  /**
   * For issues that hang or exhaust memory (they cannot be caught, only
   * avoided): does this article text trigger it? Such inputs are skipped.
   */
  skipText?: (text: string) => boolean;
}

export const KNOWN_ISSUES: KnownIssue[] = [
];

/** Violations not explained by a known issue; counts the known ones in `seen`. */
export function unexplained(violations: string[], seen?: Map<string, number>): string[] {
  return violations.filter((v) => {
    const issue = KNOWN_ISSUES.find((k) => k.matches(v));
    if (!issue) return true;
    seen?.set(issue.id, (seen.get(issue.id) ?? 0) + 1);
    return false;
  });
}

/** Is this text one that a known hang would freeze on? */
export function wouldHang(text: string): boolean {
  return KNOWN_ISSUES.some((k) => k.skipText?.(text));
}
