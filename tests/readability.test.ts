/** The readability measure the content tests rely on: syllables, words, sentences and the Flesch-Kincaid grade. */
import { expect } from '@open-wc/testing';
import { fleschKincaid, median, percentile, sentences, syllables, words } from './content/readability.js';

describe('readability: syllables', () => {
  const cases: Array<[string, number]> = [
    ['the', 1],
    ['a', 1],
    ['make', 1],
    ['shares', 1],
    ['named', 1],
    ['tested', 2],
    ['table', 2],
    ['people', 2],
    ['breathing', 2],
    ['ketamine', 3],
    ['esketamine', 4],
    ['therapy', 3],
    ['every', 3],
    ['yes', 1],
    ['depression', 3],
    ['nurse', 1],
    ["don't", 1],
    ['(sedatives),', 3],
    ['FDA', 3],
    ['IV', 2],
    ['PTSD', 4],
    ['VA', 2],
    ['REMS', 1],
    ['KAP', 1],
    ['TRICARE', 2],
    ["FDA's", 3],
    ['III', 1],
    // Not looked up on Object.prototype.
    ['constructor', 3],
    ['2', 1],
    ['24', 2],
    ['988', 3],
    ['2026', 3],
    ['', 0],
    ['—', 0],
  ];
  for (const [word, count] of cases) it(`${JSON.stringify(word)}: ${count}`, () => expect(syllables(word)).to.equal(count));
});

describe('readability: words and sentences', () => {
  const cases: Array<[string, number, number]> = [
    ['', 0, 1],
    ['One word', 2, 1],
    ['A hard-to-treat case.', 5, 1],
    ['Studies used 0.5 mg per kg. It varies.', 8, 2],
    ['Yes. No! Maybe? Fine; done.', 5, 5],
    ['Call 911.', 2, 1],
    ['It says "stop." Then it goes on', 7, 2],
    ['No ending at all', 4, 1],
    ['...', 0, 1],
    ['Weekly / every 2 weeks', 4, 1],
    ['No space.after a dot', 4, 1],
  ];
  for (const [text, wordCount, sentenceCount] of cases) {
    it(`${JSON.stringify(text)}: ${wordCount} words, ${sentenceCount} sentences`, () => {
      expect(words(text).length).to.equal(wordCount);
      expect(sentences(text)).to.equal(sentenceCount);
    });
  }
});

describe('readability: Flesch-Kincaid grade', () => {
  const cases: Array<[string, number]> = [
    // 4 words, 1 sentence, 4 syllables: 0.39 × 4 + 11.8 × 1 − 15.59
    ['The cat sat down.', -2.23],
    // 6 words, 2 sentences, 11 syllables ("911" is read "nine one one"): 0.39 × 3 + 11.8 × 11 / 6 − 15.59
    ['Ketamine can slow breathing. Call 911.', 7.21],
    // 11 words, 1 sentence, 21 syllables: 0.39 × 11 + 11.8 × 21 / 11 − 15.59
    ['Mixing with opioids or benzodiazepines can dangerously slow your breathing down.', 11.23],
    ['', 0],
  ];
  for (const [text, grade] of cases) it(`${JSON.stringify(text)}: ${grade}`, () => expect(fleschKincaid(text).grade).to.be.closeTo(grade, 0.01));

  it('reports the counts it rests on', () => {
    expect(fleschKincaid('Ketamine can slow breathing. Call 911.')).to.deep.equal({ words: 6, sentences: 2, syllables: 11, grade: 7.21 });
  });
});

describe('readability: median and percentile', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(median([])).to.be.NaN;
  });
  it('nearest-rank percentile', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 90)).to.equal(9);
    expect(percentile(values, 100)).to.equal(10);
    expect(percentile(values, 50)).to.equal(5);
    expect(percentile([7], 90)).to.equal(7);
    expect(percentile([], 90)).to.be.NaN;
  });
});
