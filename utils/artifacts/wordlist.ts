/**
 * A compact list of compounds that news style hyphenates and that a print
 * line break often glues together. Only forms whose unhyphenated spelling is
 * not itself standard English belong here ("startup", "email", "esports",
 * "nonprofit", "cooperation", "cofounder", "midsize", "postwar", "prepandemic",
 * "policymaking", "longstanding", "antidumping", "ebook" are standard closed
 * spellings in major style guides and must stay out).
 */
export const HYPHENATED_COMPOUNDS: readonly string[] = [
  'year-on-year', 'month-on-month', 'quarter-on-quarter', 'week-on-week', 'day-on-day',
  'year-over-year', 'part-time', 'full-time', 'real-time', 'long-term', 'short-term', 'medium-term',
  'cross-border', 'cross-strait', 'cross-sectoral', 'cross-platform', 'cross-regional', 'cross-cultural',
  'open-source', 'e-commerce', 'e-sales', 'e-government', 'e-payment', 'e-payments', 'e-cigarette',
  'e-cigarettes', 'e-learning', 'e-wallet', 'e-wallets', 'e-invoice', 'e-yuan',
  'e-cny', 'high-tech', 'high-end', 'high-quality', 'high-speed', 'high-level', 'high-profile',
  'high-risk', 'high-income', 'low-carbon', 'low-income', 'low-cost', 'large-scale', 'small-scale',
  'state-owned', 'well-known', 'so-called', 'world-class', 'first-tier', 'second-tier', 'third-tier',
  'decision-making', 'follow-up', 'long-distance', 'in-depth',
  'cutting-edge', 'fast-growing', 'self-driving', 'self-employed', 'self-sufficiency', 'year-end',
  'year-ago', 'two-way', 'one-stop', 'top-level', 'state-of-the-art',
  'record-breaking', 'eye-catching', 'people-to-people', 'win-win', 'co-chair', 'co-chairman', 'vice-chairman', 'vice-chairwoman', 'vice-chair', 'vice-president',
  'vice-premier', 'vice-minister', 'vice-mayor', 'vice-governor', 'vice-director', 'vice-principal',
  'vice-chancellor', 'vice-captain', 'vice-admiral', 'vice-dean', 'vice-secretary', 'vice-consul',
  'ex-president', 'ex-wife', 'ex-husband', 'anti-drug', 'anti-epidemic', 'anti-graft',
  'third-party', 'middle-income', 'small-and-medium', 'labor-intensive', 'labour-intensive',
  'capital-intensive', 'energy-saving', 'data-driven', 'market-oriented', 'export-oriented',
  'foreign-invested', 'foreign-funded', 'sci-fi', 'hi-tech', 'all-round', 'all-time', 'full-year', 'half-year',
  'first-half', 'second-half', 'last-minute', 'short-lived', 'well-being', 'much-needed',
  // Start-up and venture vocabulary (a page that lost every hyphen has no hyphenated twin to go by).
  'early-stage', 'late-stage', 'later-stage', 'growth-stage', 'seed-stage', 'mid-stage', 'follow-on', 'pre-seed',
  'pre-money', 'post-money', 'high-return', 'high-growth', 'revenue-ready', 'investor-ready', 'side-hustle',
  'go-to-market', 'venture-backed',
  // Compound modifiers of business news whose glued spelling no dictionary or style guide prints ("firsthand",
  // "secondhand", "longtime", "onetime", "midterm", "multibillion", "ridesharing", "ebike" are words and stay out).
  'first-time', 'full-scale', 'near-term', 'low-risk', 'low-end', 'high-value', 'high-margin', 'low-margin',
  'top-tier', 'best-in-class', 'world-leading', 'market-leading', 'industry-leading', 'mission-critical',
  'cost-effective', 'cost-saving', 'time-consuming', 'long-running', 'long-awaited', 'fast-moving', 'far-reaching',
  'wide-ranging', 'next-generation', 'real-world', 'end-to-end', 'peer-to-peer', 'point-of-sale', 'direct-to-consumer',
  'business-to-business', 'business-to-consumer', 'software-as-a-service', 'buy-now-pay-later', 'off-the-shelf',
  'up-to-date', 'year-to-date', 'all-in-one', 'on-demand', 'last-mile', 'ride-hailing', 'self-service',
  'user-friendly', 'cloud-based', 'web-based', 'co-led', 'double-digit', 'single-digit', 'triple-digit',
  'billion-dollar', 'million-dollar', 'cash-strapped', 'loss-making', 'money-losing', 'debt-laden', 'venture-funded',
  'well-funded', 'well-established', 'high-performance', 'closed-loop', 'open-ended',
];
