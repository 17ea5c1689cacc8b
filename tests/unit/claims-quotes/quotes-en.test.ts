import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const article = `NATO chief warns Russia over troop build-up

BRUSSELS (Reuters) - NATO Secretary General Jens Stoltenberg said on Monday that talks with Russia this week might not solve all problems.

"I don't think we can expect that these meetings will solve all the issues," Stoltenberg told reporters. "We hope we can agree on a way forward," he added.

Ukraine's Deputy Prime Minister Olha Stefanishyna, who visited NATO headquarters on Monday, said Russia's demands could not be treated as a negotiating position.

"All of us should realize that these demands cannot be a bargaining chip," the Ukrainian deputy prime minister said.

According to the State Department, the United States will consult closely with its European allies. The ministry said in a statement that the talks would continue.

"We are ready for dialogue," said Sergei Ryabkov, Russia's deputy foreign minister. Officials say the meeting will take place on January 12.
`;

describe('English quotes', () => {
  const q = quotes(article, 'en');
  it('finds reported speech with and without `that` and attributes it', () => {
    expect(q[0]).toMatchObject({ speaker: 'Jens Stoltenberg', rule: 'quote.reported.that', direct: false });
    expect(q.find((x) => x.quote.startsWith("Russia's demands"))).toMatchObject({ speaker: 'Olha Stefanishyna', rule: 'quote.reported.bare' });
    expect(q.find((x) => x.quote.startsWith('the meeting will'))).toMatchObject({ speaker: 'Officials' });
  });

  it('attributes `"…," X said`, `"…," he added`, `"…," said X` and role-only mentions', () => {
    expect(q.find((x) => x.quote.startsWith("I don't think"))).toMatchObject({ speaker: 'Jens Stoltenberg', mention: 'Stoltenberg', direct: true });
    expect(q.find((x) => x.quote.startsWith('We hope'))).toMatchObject({ speaker: 'Jens Stoltenberg', mention: 'he', quote: 'We hope we can agree on a way forward' });
    expect(q.find((x) => x.quote.startsWith('All of us'))).toMatchObject({ speaker: 'Olha Stefanishyna', mention: 'Ukrainian deputy prime minister' });
    expect(q.find((x) => x.quote.startsWith('We are ready'))).toMatchObject({ speaker: 'Sergei Ryabkov' });
  });

  it('treats institutions as speakers (`according to`, `the ministry`)', () => {
    expect(q.find((x) => x.rule === 'quote.reported.according-to')).toMatchObject({ speaker: 'State Department', quote: 'the United States will consult closely with its European allies' });
    expect(q.find((x) => x.quote === 'the talks would continue')).toMatchObject({ speaker: 'State Department', mention: 'ministry' });
  });

  it('never makes a claim of the dateline or title', () => {
    for (const x of q) expect(x.claim.text.includes('(Reuters)')).toBe(false);
    expect(q.some((x) => x.claim.text.startsWith('NATO chief warns'))).toBe(false);
  });

  it('resolves `she` to the last female speaker', () => {
    const t = 'Prime Minister Jacinda Ardern said the law would change. Treasury officials met on Friday. She said: "This is the right thing to do."';
    expect(quotes(t, 'en').at(-1)).toMatchObject({ speaker: 'Jacinda Ardern', quote: 'This is the right thing to do.' });
  });
});
