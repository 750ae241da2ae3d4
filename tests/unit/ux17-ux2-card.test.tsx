// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleHeader } from '../../components/ArticleHeader';
import { ArtifactList, groupArtifactEntries } from '../../components/ArtifactList';
import { DealCard } from '../../components/DealCard';
import { InvestorList } from '../../components/InvestorList';
import { investorRoleTags } from '../../utils/investor-roles';
import type { Artifact, Deal, Investor } from '../../utils/types';

afterEach(cleanup);

const money = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    company: 'SenseTime Group Ltd', round: 'Series C', status: 'announced', amount: money(6e8, '$600 million'), valuation: null,
    leadInvestors: [], investors: [], date: null, evidence: [], ...overrides,
  };
}

// The sample article: Alibaba leads the $600M Series C; CDH and Sailing led the earlier $410M round;
// Ant Financial backed a rival's (Megvii's) round.
const SAMPLE_DEALS: Deal[] = [
  deal({ leadInvestors: ['Alibaba Group Holding Ltd'], investors: ['Temasek Holdings', 'Suning Commerce Group Co Ltd'] }),
  deal({ round: null, status: 'past', amount: money(4.1e8, '$410 million'), leadInvestors: ['CDH Investments', 'Sailing Capital'] }),
  deal({ company: 'Megvii Technology Inc', status: 'past', amount: money(4.6e8, '$460 million'), investors: ['Ant Financial Services Group'] }),
];
const SAMPLE_INVESTORS: Investor[] = [
  { name: 'CDH Investments', role: 'lead', deals: [1] },
  { name: 'Alibaba Group Holding Ltd', role: 'lead', deals: [0] },
  { name: 'Temasek Holdings', role: 'participant', deals: [0] },
  { name: 'Sailing Capital', role: 'lead', deals: [1] },
  { name: 'Ant Financial Services Group', role: 'participant', deals: [2] },
];
// Vizzia: Headline only takes part in the Series B; it led the earlier €16M round.
const VIZZIA_DEALS: Deal[] = [
  deal({ company: 'Vizzia', round: 'Series B', investors: ['Headline', 'Sistafund', 'Base10'] }),
  deal({ company: 'Vizzia', round: null, status: 'past', leadInvestors: ['Headline'] }),
];

const items = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('InvestorList: the role in each deal', () => {
  it('marks only the main deal\'s leads as "lead" and puts them first', () => {
    render(<InvestorList investors={SAMPLE_INVESTORS} deals={SAMPLE_DEALS} findingIds={[]} onShow={() => undefined} />);
    expect(items()).toEqual([
      'Alibaba Group Holding Ltdlead',
      'Temasek Holdings',
      'CDH Investmentslead, earlier round',
      'Sailing Capitallead, earlier round',
      'Ant Financial Services GroupMegvii Technology Inc — Series C',
    ]);
    // Only the current round's lead wears the lead colour.
    expect(document.querySelectorAll('.tag-lead')).toHaveLength(1);
    expect(document.querySelector('.tag-lead')?.closest('li')?.textContent).toContain('Alibaba');
  });

  it('tells a participant of this round that led an earlier one (Vizzia\'s Headline)', () => {
    const headline: Investor = { name: 'Headline', role: 'lead', deals: [0, 1] };
    expect(investorRoleTags(headline, VIZZIA_DEALS)).toEqual([{ text: 'lead, earlier round', mainLead: false }]);
    render(<InvestorList investors={[headline, { name: 'Sistafund', role: 'participant', deals: [0] }]} deals={VIZZIA_DEALS} findingIds={[]} onShow={() => undefined} />);
    // The card says "participant" beside the earlier round's tag (session 16): that tag alone read as "not in this round".
    expect(items()).toEqual(['Headline' + 'participant' + 'lead, earlier round', 'Sistafund']);
    expect(document.querySelector('.tag-lead')).toBeNull();
  });

  it.each<[string, Investor, Deal[], string[]]>([
    ['lead of the main deal and of an earlier round', { name: 'A', role: 'lead', deals: [0, 1] }, [deal({ leadInvestors: ['A'] }), deal({ status: 'past', leadInvestors: ['A'] })], ['lead', 'lead, earlier round']],
    ['a short form in the deal', { name: 'Sequoia Capital China', role: 'lead', deals: [0] }, [deal({ leadInvestors: ['Sequoia Capital'] })], ['lead']],
    ['two earlier rounds told apart', { name: 'A', role: 'lead', deals: [2] }, [deal(), deal({ status: 'past', round: 'Seed' }), deal({ status: 'past', round: 'Series A', leadInvestors: ['A'] })], ['lead, earlier round (Series A)']],
    ['another announced deal named', { name: 'A', role: 'lead', deals: [1] }, [deal(), deal({ company: 'Globex', round: 'Seed', leadInvestors: ['A'] })], ['lead, Globex — Seed']],
    ['no deal to read: the summary role', { name: 'A', role: 'lead', deals: [] }, [deal()], ['lead']],
  ])('positive: %s', (_, investor, deals, expected) => {
    expect(investorRoleTags(investor, deals).map((t) => t.text)).toEqual(expected);
  });

  it.each<[string, Investor, Deal[]]>([
    ['a participant of the main deal has no tag', { name: 'A', role: 'participant', deals: [0] }, [deal({ investors: ['A'] })]],
    ['an earlier round\'s lead is not "lead" of the main deal', { name: 'A', role: 'lead', deals: [1] }, [deal(), deal({ status: 'past', leadInvestors: ['A'] })]],
    ['a name inside another word is not the same investor', { name: 'Index', role: 'lead', deals: [0, 1] }, [deal({ investors: ['Index'] }), deal({ status: 'past', leadInvestors: ['Indexa Capital'] })]],
  ])('negative: %s', (_, investor, deals) => {
    expect(investorRoleTags(investor, deals).some((t) => t.mainLead)).toBe(false);
  });

  it('keeps the old behaviour when no deals are given', () => {
    render(<InvestorList investors={SAMPLE_INVESTORS} findingIds={[]} onShow={() => undefined} />);
    expect(items()[0]).toBe('CDH Investmentslead');
  });
});

const MOJIBAKE: Artifact = { kind: 'mojibake', text: 'Ã©', message: 'Mis-decoded characters.', fix: 'é' };

describe('ArtifactList: identical entries grouped', () => {
  const five = [MOJIBAKE, { ...MOJIBAKE }, { kind: 'lost-hyphen', text: 'e mail', message: 'Lost hyphen.', fix: 'e-mail' } as Artifact, { ...MOJIBAKE }, { ...MOJIBAKE }, { ...MOJIBAKE }];

  it('lists five identical mojibake marks once, with ×5', () => {
    render(<ArtifactList artifacts={five} findingIds={five.map((_, i) => `artifact-${i}`)} onShow={() => undefined} />);
    const entries = document.querySelectorAll('li.artifact');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toContain('×5');
    expect(within(entries[0] as HTMLElement).getByLabelText('5 times in the article')).toBeTruthy();
    expect(entries[1]?.textContent).not.toContain('×');
  });

  it('each click on the merged entry shows the next mention, then starts over', () => {
    const onShow = vi.fn();
    render(<ArtifactList artifacts={five} findingIds={five.map((_, i) => (i === 3 ? null : `artifact-${i}`))} onShow={onShow} />);
    const button = screen.getByRole('button', { name: /Mojibake, 5 mentions/ });
    for (let i = 0; i < 5; i++) fireEvent.click(button);
    // Mention 3 was not found on the page: it is skipped, not shown as a dead click.
    expect(onShow.mock.calls.map((c) => c[0])).toEqual(['artifact-0', 'artifact-1', 'artifact-4', 'artifact-5', 'artifact-0']);
  });

  it.each<[string, Artifact[], number]>([
    ['same text, another kind', [MOJIBAKE, { ...MOJIBAKE, kind: 'escaped-entity' }], 2],
    ['same kind, another text', [MOJIBAKE, { ...MOJIBAKE, text: 'Ã¨' }], 2],
    ['identical', [MOJIBAKE, { ...MOJIBAKE }], 1],
  ])('groups by kind and text: %s', (_, artifacts, entries) => {
    expect([...groupArtifactEntries(artifacts).values()].flat()).toHaveLength(entries);
  });
});

describe('Card: page strings shown without bidi controls', () => {
  const RLO = '\u202E';
  const PDF = '\u202C';
  const evil = `Jean${RLO}evil${PDF} Dupont`;

  it('ArticleHeader: title, site and byline', () => {
    render(<ArticleHeader source={{ input: null, url: null, title: `Acme${RLO} raises${PDF}`, byline: evil, siteName: `\u2067News\u2069`, publishedTime: null, lang: null }} wordCount={0} />);
    expect(screen.getByRole('heading').textContent).toBe('Acme raises');
    expect(document.querySelector('.article-meta')?.textContent).toBe('News · Jeanevil Dupont');
  });

  it('DealCard: company, names (still found on the page by their stored form), date and evidence', () => {
    const onShow = vi.fn();
    render(
      <DealCard
        deal={deal({ company: `Ze${RLO}bulon${PDF}`, leadInvestors: [evil], date: `\u200Fen 2023`, evidence: [`Said ${RLO}here${PDF}.`] })}
        headline
        findingId={null}
        investorFindings={new Map([[evil, 'investor-0']])}
        onShow={onShow}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('Zebulon — Series C');
    expect(text).toContain('en 2023');
    expect(text).toContain('Said here.');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    fireEvent.click(screen.getByRole('button', { name: 'Show on page: Jeanevil Dupont' }));
    expect(onShow).toHaveBeenCalledWith('investor-0');
  });

  it('InvestorList and ArtifactList', () => {
    render(<InvestorList investors={[{ name: evil, role: 'lead', deals: [0] }]} deals={[deal({ leadInvestors: [evil] })]} findingIds={[]} onShow={() => undefined} />);
    expect(items()).toEqual(['Jeanevil Dupontlead']);
    cleanup();
    render(<ArtifactList artifacts={[{ kind: 'mojibake', text: `x${RLO}y`, message: `M${RLO}sg`, fix: `f${RLO}ix` }]} findingIds={[null]} onShow={() => undefined} />);
    expect(document.querySelector('li.artifact')?.textContent).toBe('MsgxyFix: fix');
  });

  it('negative: right-to-left letters and ordinary text stay as they are', () => {
    render(<ArticleHeader source={{ input: null, url: null, title: 'שלום Acme', byline: 'محمد', siteName: null, publishedTime: null, lang: null }} wordCount={0} />);
    expect(screen.getByRole('heading').textContent).toBe('שלום Acme');
    expect(document.querySelector('.article-meta')?.textContent).toBe('محمد');
  });
});
