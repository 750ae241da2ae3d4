import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 5 (batch 6 diagnosis, patterns 1 and 2): prompts, sponsor copy and
 * short site or print chrome, in shapes of our own invention (English,
 * French, and the fixed phrases of other European sites). Each row must give
 * a boilerplate flag whose excerpt is exactly `text`.
 */
interface Row { name: string; paragraphs: string[]; text: string }


const ROWS: Row[] = [
  // Free-trial paywall prompts.
  { name: 'an archive site’s trial notice', paragraphs: [HEADLINE, 'Unlock full access to this archive with a free trial', ...BODY], text: 'Unlock full access to this archive with a free trial' },
  { name: 'a trial button', paragraphs: [HEADLINE, ...BODY, 'Start your 14-day free trial'], text: 'Start your 14-day free trial' },
  { name: 'a French trial button', paragraphs: [TITRE, ...CORPS, 'Commencez votre essai gratuit'], text: 'Commencez votre essai gratuit' },
  { name: 'a Spanish trial button', paragraphs: [HEADLINE, ...BODY, 'Empieza tu prueba gratuita'], text: 'Empieza tu prueba gratuita' },
  // Subscriber-only notices and slogans.
  { name: 'a French notice naming the paper', paragraphs: [TITRE, ...CORPS, 'Cette enquête est réservée à nos abonnés du Progrès'], text: 'Cette enquête est réservée à nos abonnés du Progrès' },
  { name: 'an English subscribers-only label', paragraphs: [HEADLINE, 'Subscribers only', ...BODY], text: 'Subscribers only' },
  { name: 'a German subscribers-only label', paragraphs: [HEADLINE, 'Nur für Abonnenten', ...BODY], text: 'Nur für Abonnenten' },
  { name: 'a French subscription slogan', paragraphs: [TITRE, ...CORPS, 'Soutenez la presse indépendante !'], text: 'Soutenez la presse indépendante !' },
  { name: 'the elision mark before a paywall notice', paragraphs: [TITRE, ...CORPS, '[…]', 'Cet article est réservé à nos abonnés'], text: '[…]\n\nCet article est réservé à nos abonnés' },
  { name: 'a badge glued to the kicker', paragraphs: [`Réservé aux abonnésENQUÊTE - ${CORPS[0]!}`, ...CORPS.slice(1)], text: 'Réservé aux abonnés' },
  { name: 'an English badge glued to the kicker', paragraphs: [`Subscribers onlyINTERVIEW: ${BODY[0]!}`, ...BODY.slice(1)], text: 'Subscribers only' },
  // Share and sign-up prompts.
  { name: 'a share prompt with an emoji', paragraphs: [HEADLINE, ...BODY.slice(0, 2), 'Forward this to a friend who might want to subscribe 📬', BODY[2]!], text: 'Forward this to a friend who might want to subscribe 📬' },
  { name: 'a sign-up prompt naming the site’s offer', paragraphs: [HEADLINE, ...BODY.slice(0, 2), 'Sign up for free to get our weekly digest of European funding rounds', BODY[2]!], text: 'Sign up for free to get our weekly digest of European funding rounds' },
  { name: 'a French sign-up prompt', paragraphs: [TITRE, ...CORPS.slice(0, 2), 'Inscrivez-vous pour recevoir nos analyses chaque semaine', CORPS[2]!], text: 'Inscrivez-vous pour recevoir nos analyses chaque semaine' },
  { name: 'a French share prompt', paragraphs: [TITRE, ...CORPS, 'Partagez cet article avec vos collègues'], text: 'Partagez cet article avec vos collègues' },
  // Sponsor and partner copy.
  {
    name: 'a newsletter sponsor note',
    paragraphs: [HEADLINE, BODY[0]!, 'Thanks to today’s sponsor: Ledgerly, the accounting platform for startups. Close your books in a day, not a week. Try it free.', ...BODY.slice(1)],
    text: 'Thanks to today’s sponsor: Ledgerly, the accounting platform for startups. Close your books in a day, not a week. Try it free.',
  },
  { name: 'an issue brought to you by a sponsor', paragraphs: ['This issue is brought to you by Ledgerly. Your books, closed in a day.', HEADLINE, ...BODY], text: 'This issue is brought to you by Ledgerly. Your books, closed in a day.' },
  { name: 'a French partner banner', paragraphs: ['En partenariat avec Qonto, simplifiez la gestion de votre entreprise', TITRE, ...CORPS], text: 'En partenariat avec Qonto, simplifiez la gestion de votre entreprise' },
  { name: 'an English partner banner', paragraphs: ['With our partner Ledgerly, save hours on your expense reports!', HEADLINE, ...BODY], text: 'With our partner Ledgerly, save hours on your expense reports!' },
  { name: 'a German ad label', paragraphs: [HEADLINE, BODY[0]!, 'Anzeige', ...BODY.slice(1)], text: 'Anzeige' },
  // Read-more labels glued to a cut excerpt.
  { name: 'a read-more label with chevrons', paragraphs: [HEADLINE, `${BODY[0]!} The round was led by a fund whose partners said the later read more »`], text: 'read more »' },
  { name: 'a French read-more label after an elision mark', paragraphs: [TITRE, `${CORPS[0]!} Le fondateur explique que la société […] Lire la suite`], text: '[…] Lire la suite' },
  // Short chrome above the body.
  { name: 'a lone logo alt text', paragraphs: ['Logo', HEADLINE, ...BODY], text: 'Logo' },
  { name: 'a named logo next to a viewer counter', paragraphs: ['Scribd uma empresa Everand logo', '3 de 24', 'Baixar para ler offline', TITRE, ...CORPS], text: 'Scribd uma empresa Everand logo' },
  { name: 'a French page counter and download button', paragraphs: ['1 sur 12', 'Télécharger pour lire hors ligne', TITRE, ...CORPS], text: '1 sur 12\n\nTélécharger pour lire hors ligne' },
  { name: 'menu items in capitals and a ticker', paragraphs: ['HOME', 'BREAKING NEWS', 'Storm closes ports along the coast for a second day', 'LOG IN    SUBSCRIBE', HEADLINE, ...BODY], text: 'HOME' },
  { name: 'the ticker’s headline under its label', paragraphs: ['ACCUEIL', 'À LA UNE', 'Grève à la SNCF : le trafic perturbé jeudi', 'CONNEXION', TITRE, ...CORPS], text: 'À LA UNE\n\nGrève à la SNCF : le trafic perturbé jeudi' },
  // Module headings as the last line.
  { name: 'a blog archive heading at the end', paragraphs: [HEADLINE, ...BODY, 'Blog Archive'], text: 'Blog Archive' },
  { name: 'a French press-release module at the end', paragraphs: [TITRE, ...CORPS, 'COMMUNIQUÉS DE PRESSE'], text: 'COMMUNIQUÉS DE PRESSE' },
  { name: 'a recent-posts heading at the end', paragraphs: [HEADLINE, ...BODY, 'Recent Posts'], text: 'Recent Posts' },
  // A sidebar's note to readers.
  { name: 'a guest-post widget before the post', paragraphs: ['Write For Us', 'Dear readers', 'Send us your startup story and we will publish the best ones', 'Best regards', HEADLINE, ...BODY], text: 'Write For Us\n\nDear readers\n\nSend us your startup story and we will publish the best ones\n\nBest regards' },
  { name: 'a French note to readers after the post', paragraphs: [TITRE, ...CORPS, 'Chers lecteurs', 'Envoyez-nous vos communiqués via le formulaire', 'Cordialement'], text: 'Chers lecteurs\n\nEnvoyez-nous vos communiqués via le formulaire\n\nCordialement' },
  // Layout cells and print furniture.
  { name: 'empty table cells between items', paragraphs: [HEADLINE, BODY[0]!, '|', '|', BODY[1]!, BODY[2]!], text: '|\n\n|' },
  { name: 'an English masthead with an ISSN and the site', paragraphs: ['THE DAILY LEDGER | TUESDAY, MARCH 3, 2020 | ISSN 1234-567X', 'WWW.DAILYLEDGER.COM', HEADLINE, ...BODY], text: 'THE DAILY LEDGER | TUESDAY, MARCH 3, 2020 | ISSN 1234-567X\n\nWWW.DAILYLEDGER.COM' },
  {
    name: 'an OCR running head before the first story',
    paragraphs: ['PAGE FOUR THE EVENING TIMES, DAYTON, OHIO Monday, March 3, 1958 City Council Votes New Budget The council voted on Monday to raise the road budget by a fifth, its chairman said.', ...BODY],
    text: 'PAGE FOUR THE EVENING TIMES, DAYTON, OHIO Monday, March 3, 1958',
  },
  {
    name: 'a French OCR running head',
    paragraphs: ['LE PETIT JOURNAL, LYON, RHÔNE lundi 3 mars 1958 Le conseil municipal a voté lundi une hausse du budget des routes, a indiqué son président.', ...CORPS],
    text: 'LE PETIT JOURNAL, LYON, RHÔNE lundi 3 mars 1958',
  },
  { name: 'a print page head on its own line', paragraphs: ['PAGE 4 — THE DAILY NEWS, MONDAY, MARCH 3, 1958', HEADLINE, ...BODY], text: 'PAGE 4 — THE DAILY NEWS, MONDAY, MARCH 3, 1958' },
  { name: 'a French page head with its page number', paragraphs: ['Mardi 3 mars 2020 | Page 12 | LE PETIT JOURNAL', TITRE, ...CORPS], text: 'Mardi 3 mars 2020 | Page 12 | LE PETIT JOURNAL' },
  {
    name: 'a masthead’s volume and page count inside OCR text',
    paragraphs: ['Showers likely Sunday. FULL WIRE SERVICE OF THE UNITED PRESS VOL. XII, NO. 214 24 PAGES Dayton, Ohio; Monday, March 3, 1958 Council Votes New Budget The council voted to raise the road budget.', ...BODY],
    text: 'VOL. XII, NO. 214 24 PAGES',
  },
  // Sign-up form residue and subscription offers.
  { name: 'a newsletter box’s thank-you', paragraphs: [HEADLINE, ...BODY, 'Thanks for signing up! Check your inbox to confirm.'], text: 'Thanks for signing up! Check your inbox to confirm.' },
  { name: 'a newsletter box’s consent line', paragraphs: [HEADLINE, BODY[0]!, 'By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.', ...BODY.slice(1)], text: 'By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.' },
  { name: 'a French form message', paragraphs: [TITRE, ...CORPS, 'Merci pour votre inscription !'], text: 'Merci pour votre inscription !' },
  { name: 'a price offer', paragraphs: [HEADLINE, ...BODY, 'Only $1 for your first month'], text: 'Only $1 for your first month' },
  { name: 'a French price offer', paragraphs: [TITRE, ...CORPS, '1 € le premier mois, sans engagement'], text: '1 € le premier mois, sans engagement' },
  { name: 'a French subscribe button', paragraphs: [TITRE, ...CORPS, 'Je m’abonne'], text: 'Je m’abonne' },
  { name: 'a log-in-or-register prompt', paragraphs: [HEADLINE, BODY[0]!, 'Log in or register to continue reading'], text: 'Log in or register to continue reading' },
  // Paywall conditions, newsletter prompts, tools and link labels of other languages.
  { name: 'a paywall question', paragraphs: [HEADLINE, BODY[0]!, 'Want to keep reading? Subscribe for full access'], text: 'Want to keep reading? Subscribe for full access' },
  { name: 'a French paywall condition', paragraphs: [TITRE, CORPS[0]!, 'Pour lire la suite de cet article, identifiez-vous'], text: 'Pour lire la suite de cet article, identifiez-vous' },
  { name: 'a French offer line', paragraphs: [TITRE, ...CORPS, 'Offre découverte : 2 € par mois pendant un an'], text: 'Offre découverte : 2 € par mois pendant un an' },
  { name: 'a newsletter teaser with a colon', paragraphs: [TITRE, CORPS[0]!, 'Newsletter Start-up : inscrivez-vous pour recevoir nos levées de fonds', ...CORPS.slice(1)], text: 'Newsletter Start-up : inscrivez-vous pour recevoir nos levées de fonds' },
  { name: 'a reading-tool button', paragraphs: [HEADLINE, 'Gift this article', ...BODY], text: 'Gift this article' },
  { name: 'a German related-story link', paragraphs: [HEADLINE, BODY[0]!, 'Lesen Sie auch: Warum Lagerroboter so gefragt sind', ...BODY.slice(1)], text: 'Lesen Sie auch: Warum Lagerroboter so gefragt sind' },
  { name: 'a Portuguese related label', paragraphs: [HEADLINE, ...BODY, 'Notícias relacionadas'], text: 'Notícias relacionadas' },
  { name: 'footer links after the body', paragraphs: [HEADLINE, ...BODY, 'Terms and Conditions', 'Advertise with us'], text: 'Terms and Conditions\n\nAdvertise with us' },
  { name: 'a footer link next to a row another rule took', paragraphs: [HEADLINE, ...BODY, 'Terms and Conditions', 'Do Not Sell My Personal Information'], text: 'Terms and Conditions' },
  { name: 'French footer links after the body', paragraphs: [TITRE, ...CORPS, 'Mentions légales', 'Plan du site'], text: 'Mentions légales\n\nPlan du site' },
  // E-mail newsletter and publishing-platform chrome; print jump lines.
  { name: 'a newsletter’s browser link', paragraphs: ['View this email in your browser', HEADLINE, ...BODY], text: 'View this email in your browser' },
  { name: 'a newsletter’s footer', paragraphs: [HEADLINE, ...BODY, 'You are receiving this email because you signed up on our website.', 'Unsubscribe'], text: 'You are receiving this email because you signed up on our website.\n\nUnsubscribe' },
  { name: 'a French newsletter’s footer', paragraphs: [TITRE, ...CORPS, 'Vous recevez cet e-mail car vous êtes inscrit à notre lettre.', 'Se désabonner'], text: 'Vous recevez cet e-mail car vous êtes inscrit à notre lettre.\n\nSe désabonner' },
  { name: 'a reader-supported publication note', paragraphs: [HEADLINE, BODY[0]!, 'Robot Weekly is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.', ...BODY.slice(1)], text: 'Robot Weekly is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.' },
  { name: 'a professional network’s prompts', paragraphs: [HEADLINE, ...BODY, 'Report this article', 'Others also viewed'], text: 'Report this article\n\nOthers also viewed' },
  { name: 'a print jump line', paragraphs: [HEADLINE, BODY[0]!, 'See ROBOTS, Page A6'], text: 'See ROBOTS, Page A6' },
  { name: 'a continued-from line', paragraphs: ['(Continued From Page One)', HEADLINE, ...BODY], text: '(Continued From Page One)' },
  { name: 'a French jump line', paragraphs: [TITRE, CORPS[0]!, 'Lire la suite page 12', ...CORPS.slice(1)], text: 'Lire la suite page 12' },
  // Recommendation headings, comment controls, lone alt words.
  { name: 'a recommendation heading', paragraphs: [HEADLINE, ...BODY, 'In case you missed it'], text: 'In case you missed it' },
  { name: 'a French recommendation heading', paragraphs: [TITRE, CORPS[0]!, 'Vous aimerez aussi', ...CORPS.slice(1)], text: 'Vous aimerez aussi' },
  { name: 'a comment sorter', paragraphs: [HEADLINE, ...BODY, 'Sort by: Most popular'], text: 'Sort by: Most popular' },
  { name: 'a placeholder alt word', paragraphs: ['Placeholder', HEADLINE, ...BODY], text: 'Placeholder' },
  { name: 'a Spanish sign-up prompt', paragraphs: [HEADLINE, ...BODY, 'Suscríbete a nuestro boletín y recibe las noticias de startups'], text: 'Suscríbete a nuestro boletín y recibe las noticias de startups' },
  // Ad-slot labels inside a paragraph.
  { name: 'an ad label in capitals between two sentences', paragraphs: [HEADLINE, `${BODY[0]!} ADVERTISEMENT ${BODY[1]!}`, BODY[2]!], text: 'ADVERTISEMENT' },
  { name: 'a French ad label between two sentences', paragraphs: [TITRE, `${CORPS[0]!} PUBLICITÉ ${CORPS[1]!}`], text: 'PUBLICITÉ' },
  { name: 'a "story continues below" label inside a paragraph', paragraphs: [HEADLINE, `${BODY[0]!} Story continues below advertisement ${BODY[1]!}`], text: 'Story continues below advertisement' },
  { name: 'a document site’s preview notice', paragraphs: [HEADLINE, ...BODY, 'You’re reading a preview, unlock full access to this document'], text: 'You’re reading a preview, unlock full access to this document' },
  { name: 'a Portuguese preview notice and download button', paragraphs: ['Você está lendo uma amostra gratuita', 'Baixar agora', TITRE, ...CORPS], text: 'Você está lendo uma amostra gratuita' },
];

describe('round 5 furniture: flagged as boilerplate', () => {
  it.each(ROWS)('$name', ({ paragraphs, text }) => {
    const found = findArtifacts({ paragraphs });
    const joined = paragraphs.join('\n\n');
    for (const a of found) expect(joined).toContain(a.text);
    expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
  });
});
