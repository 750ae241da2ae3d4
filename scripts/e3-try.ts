import { readFunding } from '../utils/funding';
const paras = process.argv.slice(2).filter((a) => a !== '--');
const r = readFunding({ paragraphs: paras });
for (const d of r.deals) console.log(d.status, '|', d.company, '|', d.round, '|', d.amount?.text ?? null, '| leads', d.leadInvestors.join(';'), '| inv', d.investors.join(';'));
console.log(r.money.map((m) => `${m.text}:${m.kind}`).join('  '));
