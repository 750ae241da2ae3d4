/**
 * Look-alikes of investors-round34b.test.ts (invented sentences): a round word before lower-case words or a round's letter (no firm
 * name: "Seed investors X", "Series B investor X"); a "that" clause after a lead told by "led by" (the firm's past, not more
 * investors).
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 34b look-alikes: a round word that opens no firm’s name', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § from Seed investors Orbis Capital and Halden Ventures.', [], ['Orbis Capital', 'Halden Ventures']),
    row('Tolvane raised § in a round led by Series B investor Halden Capital.', ['Halden Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34b look-alikes: a "that" clause that is the firm’s past', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a round led by Halden Ventures, the Dutch growth fund that backed Globex.', ['Halden Ventures'], []),
    row('Halden Ventures, the Dutch fund that backed Globex, said it was pleased.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
