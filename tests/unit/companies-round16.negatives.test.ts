/**
 * Round 16 negatives (companies-round16.test.ts): look-alikes of "§ levés par X" / "§ raised by X" whose agent is no company:
 * a plural group (les/des/these), a count, a name before a kind noun, an anaphor. Invented rows.
 */
import { describe, expect, it } from 'vitest';
import { companyAfter } from '../../utils/companies';

describe('round 16 negatives: the agent after a raising participle names no company', () => {
  it.each<string>([
    ' levés par les PME du Grand Est au premier trimestre.',
    ' levées par les ETI familiales de la région.',
    ' raised by Nordic startups over the summer.',
    ' raised by 14 startups across the quarter.',
    ' récoltés par la société depuis sa création.',
    ' raised by French fintechs last year.',
    ' secured by these firms in the region.',
  ])('%s', (row) => expect(companyAfter(row)).toBeNull());
});
