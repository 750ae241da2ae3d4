import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';

// Sentences shaped like roundup lists that tell no round (rows invented, English and French).
const negatives: string[] = [
  // No names: a list talked about, not told.
  'The list of companies that raised is long.',
  'The list further includes several startups from Pune and Delhi.'.replace('Pune and Delhi', 'the north'),
  // Companies acquired, launched, or ranked for something other than funding.
  'Other companies that launched products include Kiplo and Tilia.',
  'Other companies acquired this year include Kiplo and Tilia.',
  'Apple topped the list, followed by Samsung and Xiaomi.',
  'Toyota led the ranking, followed by Volkswagen and Hyundai.',
  // Investors raising their own funds are fund closes.
  'Sequoia Capital and Accel Partners also raised new funds.',
  'Kestrel Ventures and Harbor Capital also secured funds for their third vehicle.',
  // Startups given as examples, or struggling to raise.
  'Startups such as Kiplo and Tilia struggle to raise funds.',
  'Startups like Kiplo and Tilia also raised funding last year.',
  'Des start-up comme Kiplo et Tilia peinent à lever des fonds.',
  // One company without "also", and a subject that is not a list of names.
  'Kiplo secured funds.',
  'The company and its founders also secured funding.',
  // A list with a figure inside is read elsewhere (with its amounts).
  'Kiplo, Tilia and Ornikar also raised § each.',
  // An item that does not end in a name ("several agritech startups"). (Round 19: "A and B among others" closes a list of names,
  // so that tail no longer makes an unnamed item: a wrap's "the list further includes A and B among others" is two entries.)
  'The list further includes fintech startup Paywise and several agritech startups.',
  // Money put in by a state or a central bank, into no company, or a figure of speech.
  "L'État a injecté des fonds dans Air France.",
  'The government pumped cash into Northline Rail.',
  'The Fed injected cash into the banking system.',
  'Kestrel Ventures put money into the market.',
  'The founders put their own money into Kiplo.',
  'The campaign injected new life into Kiplo.',
  // A ranked list after a longer subject.
  'The sector, led by Kiplo and Tilia, topped the list followed by Ornikar.',
];

describe('amountless rounds: roundup lists that are not rounds', () => {
  it.each(negatives)('%s', (sentence) => {
    expect(findAmountlessRounds(sentence, null)).toEqual([]);
  });
});
