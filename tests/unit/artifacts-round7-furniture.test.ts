import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS } from '../helpers/artifact-texts';

/**
 * Round 7 (issue 4): the furniture mainstream news pages print around and
 * inside a story (ad slots, player notices, print-archive footers, related
 * and most-read modules, sign-up and follow prompts, wire rights lines,
 * consent banners), at the top, in the middle and at the end of the body,
 * English and French. Lines of our own invention in the shape those outlets
 * use. Each row must give a boilerplate flag whose excerpt is exactly `text`.
 */
interface Row { name: string; paragraphs: string[]; text: string }

const HEADLINE = 'Acme Robotics raises $50 million for warehouse robots';
const TITRE = 'La start-up lyonnaise Robotix lève 5 millions d’euros';

type Where = 'top' | 'middle' | 'end';
/** The line placed above the headline, between two paragraphs, or after the body. */
function at(where: Where, line: string, french = false): string[] {
  const [head, body] = french ? [TITRE, CORPS] : [HEADLINE, BODY];
  if (where === 'top') return [line, head, ...body];
  if (where === 'middle') return [head, body[0]!, line, ...body.slice(1)];
  return [head, ...body, line];
}
const row = (name: string, where: Where, line: string, french = false): Row => ({ name: `${name} (${where})`, paragraphs: at(where, line, french), text: line });

const ROWS: Row[] = [
  // Ad slots.
  row('an ad label', 'middle', 'Advertisement'),
  row('an ad label in capitals', 'middle', 'ADVERTISEMENT'),
  row('a continues-below ad line', 'middle', 'Story continues below advertisement'),
  row('a Hearst continues-below line', 'middle', 'Article continues below this ad'),
  row('a skip-ad link', 'middle', 'Skip Advertisement'),
  row('a skip-ad link in capitals', 'top', 'SKIP ADVERTISEMENT'),
  row('an ad feedback link', 'end', 'Ad Feedback'),
  row('a French ad label', 'middle', 'Publicité', true),
  // Player and gallery residue.
  row('a main-story link', 'middle', 'Continue reading the main story'),
  row('a caption toggle', 'middle', 'Show caption'),
  row('a caption toggle (hide)', 'middle', 'Hide caption'),
  row('a broadcaster’s player notice', 'top', 'Please use Chrome browser for a more accessible video player'),
  row('a player notice naming another browser', 'middle', 'Please use the Firefox browser for a more accessible video player'),
  row('a video-channel promo', 'end', 'Watch more of our videos on Shots!'),
  row('a video-channel promo without the exclamation', 'middle', 'Watch more videos on Shots'),
  // Print-archive footers.
  row('an archive footer (language)', 'end', 'Newspapers in English'),
  row('an archive footer (country)', 'end', 'Newspapers from United States'),
  // Related and most-read modules.
  row('a related link', 'middle', 'Related: Botco raises $20 million to build delivery drones'),
  row('a related-coverage heading', 'end', 'RELATED COVERAGE'),
  row('a most-read heading', 'end', 'Most Read'),
  row('a more-from heading', 'end', 'More from Fortune'),
  row('a more-to-read heading', 'end', 'More to Read'),
  row('a more-on-this-story heading', 'end', 'More on this story'),
  row('a French related link', 'middle', 'Lire aussi : Robotix ouvre un bureau à Berlin', true),
  row('a French related link with the accent', 'middle', 'À lire aussi : Les robots d’entrepôt séduisent les fonds', true),
  row('a French related heading', 'end', 'Sur le même thème', true),
  row('a French most-shared heading', 'end', 'Les plus partagés', true),
  // Sign-up, subscribe and follow prompts.
  row('a newsletter prompt', 'middle', 'Sign up for our newsletter'),
  row('a subscribe link', 'end', 'Click here to subscribe'),
  row('a French subscribe button', 'end', 'Abonnez-vous', true),
  row('a French newsletter label', 'end', 'Newsletter', true),
  row('a French follow label', 'end', 'Suivez-nous', true),
  row('a French subscriber notice', 'end', 'Cet article est réservé aux abonnés', true),
  row('a follow prompt', 'end', 'Follow us on Twitter'),
  row('a newsletter promotion marker', 'middle', 'after newsletter promotion'),
  row('a skip-newsletter marker', 'middle', 'skip past newsletter promotion'),
  row('a latest-news prompt', 'end', 'Get the latest news from Acme Daily delivered to your inbox'),
  // Share bars.
  row('a share label', 'top', 'Share this article'),
  row('a copy-link button', 'top', 'Copy link'),
  row('a copy-link button with its confirmation', 'top', 'Copy Link URL Copied!'),
  row('a French share button', 'top', 'Partager', true),
  row('a share row of a Chinese daily', 'end', 'Share - WeChat'),
  // Syndication, credits and rights.
  row('a syndication note', 'end', 'This article originally appeared on The Conversation.'),
  row('a read-the-full-story link', 'end', 'Read the full story'),
  row('a wire rights line', 'end', 'Copyright 2024 The Associated Press. All rights reserved.'),
  row('a wire redistribution notice', 'end', 'This material may not be published, broadcast, rewritten or redistributed.'),
  row('a wire redistribution notice with permission', 'end', 'This material may not be published, broadcast, rewritten or redistributed without permission.'),
  row('a wire rights line with the notice', 'end', 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.'),
  // Consent banners and privacy links.
  row('a cookie banner', 'end', 'We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.'),
  row('a cookie button', 'end', 'Accept all cookies'),
  row('a privacy link', 'end', 'Do Not Sell or Share My Personal Information'),
  row('a privacy-choices link', 'end', 'Your Privacy Choices'),
  row('a consent button', 'end', 'Manage consent'),
];

describe('round 7 furniture: flagged as boilerplate', () => {
  it.each(ROWS)('$name', ({ paragraphs, text }) => {
    const found = findArtifacts({ paragraphs });
    const joined = paragraphs.join('\n\n');
    for (const a of found) expect(joined).toContain(a.text);
    expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
  });
});
