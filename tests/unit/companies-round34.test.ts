/**
 * Who raised, round 34 (companies.ts, SUBJECT_TAIL): the subject of a funding verb behind a reporting verb.
 * (1) A time adverbial between the reporting verb and its clause (REPORTED_WHEN: a month, season or year after a closed set of
 * prepositions, or a period just past) is stripped like "on Monday" already was: News On Japan's "Mobile payment platform operator
 * Origami said last September that it had secured …" (152) and Montreal in Technology's "Element AI, …, announced in June that it
 * raised …" (563) had no subject, and 152's round went to the page's topic.
 * (2) The tail's words end where no letter follows, not at "\b", which never falls after an accented letter: "déjà" and "a
 * annoncé" were in the list but never stripped ("Kiplo a déjà levé", "Kiplo a annoncé qu’elle avait levé": no subject).
 * Invented rows, EN and FR; each red at 05df600 (checked). Look-alikes: companies-round34.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const subject = (text: string, verb: string) => subjectBefore(text, text.indexOf(verb))?.name ?? null;

describe('round 34: a time adverbial after the reporting verb', () => {
  it.each<[string, string, string]>([
    ['Kiplo said last September that it had secured §§§§ from Sequoia.', 'secured', 'Kiplo'],
    ['Norvio Labs announced in June that it raised §§§§ in a Series A.', 'raised', 'Norvio Labs'],
    ['Tilvo confirmed earlier this year that it had closed §§§§ from Accel.', 'closed', 'Tilvo'],
    ['Kiplo a annoncé en mars qu’elle avait levé §§§§ auprès de Partech.', 'levé', 'Kiplo'],
    ['Norvio a annoncé le mois dernier qu’elle avait bouclé §§§§.', 'bouclé', 'Norvio'],
  ])('%s', (text, verb, want) => expect(subject(text, verb)).toBe(want));
});

describe('round 34: accented words of the tail are stripped', () => {
  it.each<[string, string, string]>([
    ['Kiplo a déjà levé §§§§ auprès de Partech.', 'levé', 'Kiplo'],
    ['Norvio avait déjà bouclé §§§§ en 2021.', 'bouclé', 'Norvio'],
    ['Kiplo a annoncé qu’elle avait levé §§§§.', 'levé', 'Kiplo'],
  ])('%s', (text, verb, want) => expect(subject(text, verb)).toBe(want));
});

describe('round 34: readFunding gives the reported round to its teller, not to the topic', () => {
  it('reads Kiplo, not the headline company', () => {
    const paragraphs = ['Norvio raises $3 million', 'Norvio raised $3 million from Accel.',
      'Mobile payment operator Kiplo said last September that it had secured $5 million from investors including Sequoia.'];
    expect(readFunding({ paragraphs, title: paragraphs[0] } as Parameters<typeof readFunding>[0]).deals.map((d) => d.company)).toEqual(['Norvio', 'Kiplo']);
  });
});
