/**
 * The claims ledger (src/data/ledger.json): every statement of the bundled datasets traced to a passage, the rule
 * for practice blogs, versioned label links and fresh content. The checkers are also run on broken copies, so a
 * checker that stops checking fails here too.
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import ledgerJson from '../src/data/ledger.json' with { type: 'json' };
import ledgerSchema from '../src/data/ledger.schema.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { LANGUAGES } from './content/languages.js';
import { blogOnly, blogProblems, labelProblems, ledgerProblems, reviewProblems, statements, untilProblems, type Ledger } from './content/ledger-check.js';
import { pointsOf } from '../src/element/model.js';

const datasets = { en, es } as unknown as Record<string, Dataset>;
const ledger = ledgerJson as unknown as Ledger;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('ledger.json', () => {
  it('matches ledger.schema.json', () => {
    const result = new Validator(ledgerSchema as object, '2020-12', false).validate(ledgerJson);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
  });

  it('traces every point, crisis line and disclaimer of en.json, verbatim, to sources that exist', () => {
    expect(ledgerProblems(datasets.en, ledger)).to.deep.equal([]);
  });

  for (const lang of Object.keys(datasets)) {
    it(`${lang}.json cites, for every point, the same sources as en.json`, () => {
      const english = new Map(statements(datasets.en).map((s) => [s.key, s.sources]));
      const differing = statements(datasets[lang]).filter((s) => JSON.stringify(s.sources) !== JSON.stringify(english.get(s.key))).map((s) => s.key);
      expect(differing).to.deep.equal([]);
      expect(statements(datasets[lang]).map((s) => s.key)).to.deep.equal([...english.keys()]);
    });

    it(`${lang}.json: at most one point in ten rests on practice blogs alone, each framed as how practices describe it`, () => {
      expect(blogProblems(datasets[lang], ledger, LANGUAGES[lang].framing)).to.deep.equal([]);
    });

    it(`${lang}.json links every label to a versioned DailyMed label with its date`, () => {
      expect(labelProblems(datasets[lang], ledger)).to.deep.equal([]);
    });

    it(`${lang}.json marks every point that rests on a time-bound source with its until date`, () => {
      expect(untilProblems(datasets[lang], ledger)).to.deep.equal([]);
    });

    // Not whether today is past it: that is the release's gate (scripts/freshness.mjs), so the suite passes on any day.
    it(`${lang}.json has its next review after its review, before any time-bound fact expires`, () => {
      expect(reviewProblems(datasets[lang], ledger)).to.deep.equal([]);
    });
  }

  it('names each source’s kind once, in the ledger, and ships only whether it is a practice’s blog', () => {
    for (const data of Object.values(datasets))
      for (const source of data.sources) {
        const blog = ledger.sources[source.id]?.kind === 'practice-blog';
        const keys = ['citation', 'id', ...(source.url ? ['url'] : []), ...(blog ? ['blog'] : [])].sort();
        expect(Object.keys(source).sort(), source.id).to.deep.equal(keys);
        // Review 3, item 5: a visitor can tell a practice's blog from a label, a regulator or a study.
        if (blog) expect(source.blog, source.id).to.equal(true);
      }
    const kinds = Object.values(ledger.sources).map((s) => s.kind);
    expect(kinds).to.include.members(['label', 'regulator', 'law', 'trial', 'study', 'consensus', 'crisis-service', 'practice-blog']);
  });
});

describe('ledger checks catch what they should', () => {
  const broken = (change: (data: Dataset, led: Ledger) => void) => {
    const data = copy(datasets.en);
    const led = copy(ledger);
    change(data, led);
    return { data, led };
  };

  it('a point whose text changed without a ledger review', () => {
    const { data, led } = broken((data) => (pointsOf(data.cells.route.kap)[0].text += ' Edited.'));
    expect(ledgerProblems(data, led).join('\n')).to.contain('route/kap/0: the text changed');
  });

  it('a point with no ledger entry, and an entry with no point', () => {
    const { data, led } = broken((_, led) => {
      led.claims['route/kap/99'] = led.claims['route/kap/0'];
      delete led.claims['route/kap/0'];
    });
    const problems = ledgerProblems(data, led).join('\n');
    expect(problems).to.contain('route/kap/0: no ledger entry');
    expect(problems).to.contain('route/kap/99: ledger entry for a statement the dataset does not have');
  });

  it('a ledger entry naming a source the datasets do not have', () => {
    const { data, led } = broken((_, led) => led.claims['route/kap/0'].support.push({ source: 'no-such-source', where: 'p. 1', quote: 'nothing here' }));
    expect(ledgerProblems(data, led).join('\n')).to.contain('"no-such-source", which is not in the dataset');
  });

  it('a point citing a source its ledger entry does not support it with', () => {
    const { data, led } = broken((data) => pointsOf(data.cells.route.kap)[0].sources.push('sanacora-2017'));
    expect(ledgerProblems(data, led).join('\n')).to.contain('route/kap/0: cites [');
  });

  it('a statement with no supporting passage, and an editorial entry that is not a disclaimer', () => {
    const { data, led } = broken((_, led) => {
      led.claims['crisis/0'].support = [];
      led.claims['crisis/1'].editorial = true;
    });
    const problems = ledgerProblems(data, led).join('\n');
    expect(problems).to.contain('crisis/0: no supporting passage');
    expect(problems).to.contain('crisis/1: only a disclaimer may be editorial');
  });

  it('too many points resting on blogs alone, and one without the framing', () => {
    const only = blogOnly(datasets.en, ledger).length;
    const total = statements(datasets.en).filter((s) => s.sources).length;
    expect(only * 10, `${only} of ${total}`).to.be.at.most(total);
    const { data, led } = broken((data) => {
      for (const cell of Object.values(data.cells.evidence)) for (const point of pointsOf(cell)) point.sources = ['post-kap-iv'];
      pointsOf(data.cells['can-talk'].kap)[0].text = 'Usually yes.';
    });
    const problems = blogProblems(data, led, LANGUAGES.en.framing).join('\n');
    expect(problems).to.match(/points rest on practice blogs alone; at most one in ten may/);
    expect(problems).to.contain('can-talk/kap/0: rests on practice blogs alone but is not framed');
  });

  it('a label linked to a search page, or cited without its date', () => {
    const { data, led } = broken((data) => {
      data.sources.find((s) => s.id === 'ketalar-label')!.url = 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=ketalar';
      data.sources.find((s) => s.id === 'spravato-label')!.citation = 'Spravato prescribing information. DailyMed, setid d81a6a79-a74a-44b7-822c-0dfa3036eaed.';
    });
    const problems = labelProblems(data, led).join('\n');
    expect(problems).to.contain('ketalar-label: a label must link to DailyMed');
    expect(problems).to.contain('spravato-label: the citation gives no label date');
  });

  it('a next review on or before the review', () => {
    const { data, led } = broken((data) => (data.nextReview = data.reviewed));
    expect(reviewProblems(data, led).join('\n')).to.contain(`nextReview ${data.reviewed} is not after reviewed`);
  });

  it('a time-bound point without its until date, and an until date with no time-bound source', () => {
    const { data, led } = broken((data) => {
      delete pointsOf(data.cells.regulatory['at-home'])[1].until;
      pointsOf(data.cells.route.kap)[0].until = '2026-12-31';
    });
    const problems = untilProblems(data, led).join('\n');
    expect(problems).to.contain('regulatory/at-home/1: cites a source that may stop holding after 2026-12-31');
    expect(problems).to.contain('route/kap/0: has until 2026-12-31 but cites no time-bound source');
  });

  it('a next review set after a time-bound fact expires', () => {
    const { data, led } = broken((data) => (data.nextReview = '2027-05-23'));
    expect(reviewProblems(data, led).join('\n')).to.contain('may stop holding');
  });
});
