import { describe, it } from 'vitest';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { expectBoilerplateFlag, furnitureRow as row, type FurnitureRow as Row } from '../helpers/furniture-rows';

/**
 * Round 7 (issue 4): the furniture mainstream news pages print around and
 * inside a story (ad slots, player notices, print-archive footers, related
 * and most-read modules, sign-up and follow prompts, wire rights lines,
 * consent banners), at the top, in the middle and at the end of the body,
 * English and French. Lines of our own invention in the shape those outlets
 * use. Each row must give a boilerplate flag whose excerpt is exactly `text`.
 */



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
  // Newspaper-site sign-up boxes and their form messages.
  row('a promotional-content notice', 'end', 'You may occasionally receive promotional content from the Daily Courier.'),
  row('a local-paper newsletter prompt', 'middle', 'Subscribe to our Daily Headlines newsletter.'),
  row('a named newsletter sign-up', 'end', 'Sign up to First Edition'),
  row('a sign-up success message', 'end', 'Success! An email has been sent to with a link to confirm list signup.'),
  row('a sign-up error message', 'end', 'Error! There was an error processing your request.'),
  row('a newsletter privacy notice', 'middle', 'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.'),
  row('a round-up prompt', 'end', 'Get a round-up of the day’s top stories in your inbox'),
  row('a sign-up button', 'end', 'Sign Me Up'),
  row('a follow prompt naming WhatsApp', 'end', 'Follow Sky News on WhatsApp'),
  row('a read-more-from heading', 'end', 'Read more from Sky News:'),
  row('a log-in paywall line', 'end', 'Please log in, or sign up for a new account and purchase a subscription to continue reading.'),
  row('a topics footer', 'end', 'Explore more on these topics'),
  row('a reuse link', 'end', 'Reuse this content'),
  row('a most-viewed heading', 'end', 'Most viewed'),
  row('a comments loader', 'end', 'Load comments'),
  row('an app promo', 'end', 'Download the NBC News app for breaking news and politics.'),
  row('a consent notice of an embed', 'middle', 'This content is provided by Spreaker, which may be using cookies and other technologies. To show you this content, we need your permission to use cookies.'),
  row('a cookie button of an embed', 'middle', 'Allow Cookies Once'),
  row('a Chinese daily’s site notice', 'end', 'Note: Browsers with 1024*768 or higher resolution are suggested for this site.'),
  // Listing pages and related blocks after the body.
  row('a blog-archive heading', 'end', 'Blog Archives'),
  row('a tag-listing heading', 'end', 'Posts tagged fintech'),
  {
    name: 'section links above a block of other stories’ headlines',
    paragraphs: [HEADLINE, ...BODY, 'Investment 101', 'Expect higher fuel prices to last till winter, U.S. says', 'Philip Morris signs $1.25B deal with EU', 'Michael Rigas’ fraud trial ends with deadlocked jury'],
    text: 'Investment 101\n\nExpect higher fuel prices to last till winter, U.S. says\n\nPhilip Morris signs $1.25B deal with EU\n\nMichael Rigas’ fraud trial ends with deadlocked jury',
  },
  // A site menu at the top, right above the body (no headline between).
  { name: 'a short menu above the body', paragraphs: ['Web Design & Web Development Company', 'Blog', 'News & Media', 'Startups', 'Funding', ...BODY], text: 'Blog\n\nNews & Media\n\nStartups\n\nFunding' },
  { name: 'a short French menu above the body', paragraphs: ['Accueil', 'Économie', 'Start-up', 'Financement', ...CORPS], text: 'Accueil\n\nÉconomie\n\nStart-up\n\nFinancement' },
  // A site's slogan above the article.
  { name: 'a French site slogan', paragraphs: ['Votre Actualité au Quotidien', TITRE, ...CORPS], text: 'Votre Actualité au Quotidien' },
  { name: 'a French all-the-news slogan', paragraphs: ['Toute l’info en continu', TITRE, ...CORPS], text: 'Toute l’info en continu' },
  { name: 'an English site slogan', paragraphs: ['Your daily source for Bay Area news', HEADLINE, ...BODY], text: 'Your daily source for Bay Area news' },
  // Ad-slot lines glued inside a paragraph.
  { name: 'a Hearst ad line inside a paragraph', paragraphs: [HEADLINE, `${BODY[0]!} Article continues below this ad ${BODY[1]!}`, BODY[2]!], text: 'Article continues below this ad' },
  { name: 'a skip-ad link inside a paragraph', paragraphs: [HEADLINE, `${BODY[0]!} Skip Advertisement ${BODY[1]!}`, BODY[2]!], text: 'Skip Advertisement' },
  // Module headings, alert and app prompts, syndicated-feed notes of news sites.
  row('an around-the-web heading', 'end', 'Around the Web'),
  row('an editors’ picks heading', 'end', 'Editors’ Picks'),
  row('a most-popular-stories heading', 'end', 'Most Popular Stories'),
  row('a subscribers-reading heading', 'end', 'Subscribers are reading'),
  row('a French most-read heading', 'end', 'Les articles les plus lus', true),
  row('an alerts prompt', 'end', 'Breaking News Alerts'),
  row('an app button', 'top', 'Get the app'),
  row('an e-mail field', 'end', 'Enter email address'),
  row('a latest-news link', 'middle', 'Click here for the latest news'),
  row('a follow prompt with a lead-in', 'end', 'For the latest news, follow us on Twitter'),
  row('a preferred-source prompt', 'end', 'Add The Courier as a preferred source on Google'),
  row('a French follow prompt naming the site', 'end', 'Suivez toute l’actualité de Maddyness sur LinkedIn', true),
  row('a French did-you-like prompt', 'end', 'Vous avez aimé cet article ?', true),
  row('a full-story link', 'end', 'Click here to read the full story'),
  row('a syndicated-feed disclaimer', 'end', 'Disclaimer: This story is auto-generated from a syndicated feed.'),
  row('a syndicated-feed note in parentheses', 'end', '(Only the headline and picture of this report may have been reworked by the Daily Standard staff; the rest of the content is auto-generated from a syndicated feed.)'),
  row('a catch-all-the-news line', 'end', 'Catch all the Business News, Market News and Latest News Updates on Daily Mint.'),
];

describe('round 7 furniture: flagged as boilerplate', () => {
  it.each(ROWS)('$name', expectBoilerplateFlag);
});
