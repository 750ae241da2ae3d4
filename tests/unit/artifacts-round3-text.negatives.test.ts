/**
 * Clean text the round-3 text detectors must leave alone: real Thai,
 * Cyrillic, Greek, Polish, Czech, Turkish and German text (whose letters are
 * the very characters code-page mojibake is made of), French typography, and
 * sentences that use the words of site furniture as prose.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const of = (kind: string, paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === kind);

describe('real text in the scripts code-page mojibake is made of: no mojibake', () => {
  it.each([
    ['a Thai paragraph', ['ภาษาไทยเป็นภาษาราชการของประเทศไทย และมีผู้พูดมากกว่า 60 ล้านคน', 'บริษัทสตาร์ทอัพได้รับเงินลงทุน 10 ล้านบาท จากกองทุนร่วมลงทุนชั้นนำ ยกเลิก โกง']],
    ['a Thai word in an English paragraph', [...BODY, 'The Thai greeting สวัสดี opened the event, and the word ยก was on every banner.']],
    ['a Russian paragraph', ['Компания привлекла 5 млн долларов в раунде, который возглавил фонд «Вектор».', 'Основатель сказал: «Это только начало» — и добавил, что команда вырастет вдвое.']],
    ['Cyrillic names in an English paragraph', [...BODY, 'The fund, known in Russian as «Фонд развития» (Development Fund), invested alongside Д. Иванов.']],
    ['a Polish paragraph', ['Spółka pozyskała 20 mln zł od funduszu. Główny inwestor, łódzki fundusz, objął 15% udziałów.', 'Źródło: informacja prasowa. Ćwiczenia i żółć to słowa z polskimi znakami.']],
    ['a Czech paragraph', ['Společnost získala investici ve výši 100 milionů korun. Řekl to ředitel Petr Dvořák.', 'Úspěch přišel po třech letech vývoje; ďábelsky těžká práce, ťukání do klávesnice.']],
    ['a Turkish paragraph', ['Şirket, İstanbul merkezli bir fondan 5 milyon dolar yatırım aldı. Ğ harfi değil, ş ve ı harfleri sık geçer.', 'Kurucu ortak Ayşe Yılmaz, büyümenin sürdüğünü söyledi.']],
    ['German quotes and umlauts', [...BODY, 'Der Gründer sagte: „Über 20 Millionen Euro“ und nannte es “Übermut”, nicht «Ärger».']],
    ['a Greek quotation with a non-breaking space', [...BODY, 'The motto Ελευθερία ή θάνατος appears on the flag; Β\u00a0is the second letter.']],
    ['French typography', [...BODY, 'Le fondateur a déclaré : « Nous levons 5 M€ », soit 4,2 M£ — une première.']],
    ['math and currency symbols', [...BODY, 'Growth was ≈ 40% and √2 ≈ 1.41; the fee is ¥500 or €4, ±1 ‰.']],
  ])('%s', (_name, paragraphs) => {
    expect(of('mojibake', paragraphs)).toEqual([]);
  });
});

const HEADLINE = 'Acme Robotics raises $20 million to build warehouse robots';

describe('prose and article lines that use the words of site furniture: no boilerplate', () => {
  it.each([
    ['archives as a subject', [...BODY, 'The national archives hold 5208 articles from the period, and researchers browse the latest additions weekly.']],
    ['a product tour item', [...BODY, 'Read the latest news & blogs', 'Manage your downloads']],
    ['a sentence about exploring', [...BODY, 'Visitors can explore more than 40 galleries and read stories written by the founders themselves.']],
    ['a conditional sentence in the article', [...BODY, 'If you enjoy cooking, the app suggests recipes from what is left in your fridge, the founder said.']],
    ['a quoted donation appeal the article reports', [...BODY, '“Your support helps us keep the shelter open,” the charity’s director said on Monday.']],
    ['an article about a paywall decision', [...BODY, 'Support independent journalism, the publisher argued, is a job for foundations as much as readers.', 'The paper said it would drop its paywall next year, and that donations had tripled since March.']],
    ['programming languages with a sharp sign', [...BODY, 'The team rewrote the service from C# to F# in six months.']],
    ['a Markdown heading', [...BODY, '# Results']],
    ['a single number under the headline (a rank)', [HEADLINE, '1', ...BODY]],
    ['a year and a day under the headline', [HEADLINE, '12', '2021', ...BODY]],
    ['a French sentence about subscribing', [...BODY, "S'abonner à la newsletter est gratuit, a précisé la start-up."]],
  ])('%s', (_name, paragraphs) => {
    expect(of('boilerplate', paragraphs)).toEqual([]);
  });
});

describe('prose next to blog, feed and wire furniture: no boilerplate', () => {
  it.each([
    ['a post office', 'The post office appeared first on the list of buildings to be sold.'],
    ['a source sentence in capitals with a colon', 'SOURCE: company filings and interviews with three investors.'],
    ['a presenter in prose', 'Presented by the CEO, the plan calls for cuts in three divisions.'],
    ['next steps', 'Next steps include a factory in Ohio and a second one in Texas.'],
    ['a bare carousel button', 'Next'],
    ['joining people', 'Join 5,000 people who marched in the rain on Sunday, organisers urged.'],
    ['a sentence about reading the full report', 'Investors can read the full report on the company’s website, a spokesman said.'],
    ['a sentence about a free trial', 'The app offers a free trial, and 40% of users stay after the first month.'],
  ])('%s', (_name, line) => {
    expect(of('boilerplate', [...BODY, line])).toEqual([]);
  });
});

describe('characters that look garbled but are not', () => {
  it.each([
    ['a Vietnamese all-caps heading', 'CÂ MAU PROVINCE LAUNCHES A FUND', 'mojibake'],
    ['an ampersand in a name', 'AT&T and Procter & Gamble joined the round.', 'escaped-entity'],
    ['an unknown accent pair', 'The code &qacute; is not an entity.', 'escaped-entity'],
  ])('%s', (_name, line, kind) => {
    expect(of(kind, [...BODY, line])).toEqual([]);
  });
});

describe('closed compounds that are words of their own: no lost hyphen', () => {
  it.each([
    ['firsthand and secondhand', 'She saw firsthand how secondhand goods sell online.'],
    ['longtime and onetime', 'A longtime investor and onetime rival joined the board.'],
    ['midterm and multibillion', 'Before the midterm vote, the multibillion plan stalled.'],
    ['ridesharing', 'Ridesharing apps and ebike fleets compete for riders.'],
  ])('%s', (_name, line) => {
    expect(of('lost-hyphen', [...BODY, line])).toEqual([]);
  });
});

describe('prose that shares words with syndication and platform labels: no boilerplate', () => {
  it.each([
    ['a story that continues', 'The story continues in Berlin, where the founders moved in 2019.'],
    ['reading the original filing', 'Analysts who read the original filing on Monday spotted the change.'],
    ['a tip in prose', 'Have a tip for saving on fees, the bank asked its customers in a survey.'],
    ['following a plan', 'Follow the money, the investor said, and you will find the real story.'],
    ['a product feature', 'Learn more'],
  ])('%s', (_name, line) => {
    expect(of('boilerplate', [...BODY, line])).toEqual([]);
  });
});
