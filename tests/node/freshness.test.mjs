// The freshness gates (scripts/freshness.mjs), on fixed days only: the date rules as tables, then the script
// itself on small datasets written for the test, the day before, on and after each boundary. Run by `npm test`.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARN_DAYS, dayNumber, deadlines, freshnessProblems, parseArgs, whatToDo } from '../../scripts/freshness.mjs';

const project = join(import.meta.dirname, '..', '..');

test('dayNumber: real ISO dates only', () => {
  const cases = [
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2026-12-31', 20818],
    ['2027-01-01', 20819],
    ['2028-02-29', 21243],
    ['2026-02-29', NaN],
    ['2026-02-30', NaN],
    ['2026-13-01', NaN],
    ['2026-1-5', NaN],
    ['2026-12-31T00:00:00Z', NaN],
    ['next year', NaN],
    ['', NaN],
    [undefined, NaN],
    [20261231, NaN],
  ];
  for (const [iso, expected] of cases) assert.equal(dayNumber(iso), expected, JSON.stringify(iso));
});

test('deadlines: the next review, and the until of each answer and point, in both shapes of cell', () => {
  const data = {
    nextReview: '2027-06-30',
    cells: {
      route: {
        kap: [{ text: 'No date.', sources: ['a'] }, { text: 'A point in a list of points.', sources: ['a'], until: '2027-01-31' }],
        'iv-infusion': { answer: { text: 'An answer.', sources: ['a'], until: '2027-02-28' }, points: [{ text: 'A detail.', sources: ['a'], until: '2027-03-31' }] },
        esketamine: { answer: { text: 'An answer with no points and no date.', sources: ['a'] } },
      },
    },
  };
  assert.deepEqual(deadlines(data, 'xx.json'), [
    { date: '2027-06-30', what: 'xx.json: its next review ("nextReview")', kind: 'review' },
    { date: '2027-01-31', what: 'xx.json: cells.route.kap, point 2 (ledger route/kap/1), "A point in a list of points."', kind: 'until' },
    { date: '2027-02-28', what: 'xx.json: cells.route.iv-infusion, answer (ledger route/iv-infusion/answer), "An answer."', kind: 'until' },
    { date: '2027-03-31', what: 'xx.json: cells.route.iv-infusion, point 1 (ledger route/iv-infusion/0), "A detail."', kind: 'until' },
  ]);
  const long = 'A very long point that goes on and on about a rule, well past what a line of a log can show at once.';
  assert.match(deadlines({ cells: { r: { a: [{ text: long, sources: ['a'], until: '2027-01-01' }] } } }, 'f')[1].what, /\(ledger r\/a\/0\), "A very long point that goes on and on about a rule, well past what\.\.\."$/);
  assert.deepEqual(deadlines({ cells: {} }, 'f'), [{ date: undefined, what: 'f: its next review ("nextReview")', kind: 'review' }]);
});

test('freshnessProblems: the day itself is fresh, the day after is past; the scheduled check warns 21 days ahead', () => {
  assert.equal(WARN_DAYS, 21);
  const review = (date) => [{ date, what: 'x.json: its next review ("nextReview")', kind: 'review' }];
  const until = (date) => [{ date, what: 'x.json: cells.r.a, point 1, "Rule."', kind: 'until' }];
  const cases = [
    // [list, today, mode, expected message or undefined]
    [review('2026-12-31'), '2026-11-23', 'release', undefined],
    [review('2026-12-31'), '2026-12-31', 'release', undefined],
    [review('2026-12-31'), '2027-01-01', 'release', 'x.json: its next review ("nextReview") was due on 2026-12-31: today, 2027-01-01, is 1 day past it.'],
    [review('2026-12-31'), '2027-01-15', 'release', 'x.json: its next review ("nextReview") was due on 2026-12-31: today, 2027-01-15, is 15 days past it.'],
    [until('2028-02-28'), '2028-02-29', 'release', 'x.json: cells.r.a, point 1, "Rule." held until 2028-02-28: today, 2028-02-29, is 1 day past it.'],
    [until('2028-02-28'), '2028-03-01', 'release', 'x.json: cells.r.a, point 1, "Rule." held until 2028-02-28: today, 2028-03-01, is 2 days past it.'],
    [until('2026-12-31'), '2026-12-31', 'release', undefined],
    [review('2026-12-31'), '2026-12-09', 'scheduled', undefined],
    [review('2026-12-31'), '2026-12-10', 'scheduled', 'x.json: its next review ("nextReview") is due on 2026-12-31, in 21 days.'],
    [review('2026-12-31'), '2026-12-30', 'scheduled', 'x.json: its next review ("nextReview") is due on 2026-12-31, in 1 day.'],
    [review('2026-12-31'), '2026-12-31', 'scheduled', 'x.json: its next review ("nextReview") is due on 2026-12-31, today.'],
    [review('2026-12-31'), '2027-01-01', 'scheduled', 'x.json: its next review ("nextReview") was due on 2026-12-31: today, 2027-01-01, is 1 day past it.'],
    [until('2027-01-31'), '2027-01-09', 'scheduled', undefined],
    [until('2027-01-31'), '2027-01-10', 'scheduled', 'x.json: cells.r.a, point 1, "Rule." holds only until 2027-01-31, in 21 days.'],
    [review(undefined), '2026-12-01', 'release', 'x.json: its next review ("nextReview") is not set: set it to the last day the content is known true.'],
    [review(undefined), '2026-12-01', 'scheduled', 'x.json: its next review ("nextReview") is not set: set it to the last day the content is known true.'],
    [until('2026-31-12'), '2026-12-01', 'release', 'x.json: cells.r.a, point 1, "Rule." is "2026-31-12", which is not a date YYYY-MM-DD.'],
  ];
  for (const [list, today, mode, expected] of cases) {
    const found = freshnessProblems(list, today, { mode });
    assert.deepEqual(found.map((p) => p.message), expected ? [expected] : [], `${mode} on ${today}, ${list[0].kind} ${list[0].date}`);
    if (expected) assert.equal(found[0].kind, list[0].kind);
  }
  assert.deepEqual(freshnessProblems(review('2026-12-31'), '2026-12-20', { mode: 'scheduled', warnDays: 7 }), []);
  assert.throws(() => freshnessProblems(review('2026-12-31'), 'today', { mode: 'release' }), /today must be a date YYYY-MM-DD/);
});

test('whatToDo: one instruction per kind of problem, the review first', () => {
  const cases = [
    [[], []],
    [[{ kind: 'review' }, { kind: 'review' }], [/^A next review: review the content .*"nextReview" in every src\/data\/<lang>\.json and "reviewed" in src\/data\/ledger\.json\.$/]],
    [[{ kind: 'until' }, { kind: 'review' }], [/^A next review:/, /^An "until": check whether the point still holds; rewrite it so it stays true as history, or take it out/]],
  ];
  for (const [problems, expected] of cases) {
    const found = whatToDo(problems);
    assert.equal(found.length, expected.length, JSON.stringify(problems));
    expected.forEach((pattern, i) => assert.match(found[i], pattern));
  }
});

test('parseArgs: one mode, and --today as a real date', () => {
  const usage = /^usage: node scripts\/freshness\.mjs --release\|--scheduled \[--today YYYY-MM-DD\]/;
  const cases = [
    [['--release', '--today', '2027-01-15'], { mode: 'release', today: '2027-01-15' }],
    [['--today', '2027-01-15', '--scheduled'], { mode: 'scheduled', today: '2027-01-15' }],
    [[], usage],
    [['--release', '--scheduled'], usage],
    [['--release', '--now'], /\(unknown: --now\)$/],
    [['--release', '--today'], /^--today must be a date YYYY-MM-DD, not ""$/],
    [['--release', '--today', '15/01/2027'], /^--today must be a date YYYY-MM-DD, not "15\/01\/2027"$/],
  ];
  for (const [args, expected] of cases) {
    const parsed = parseArgs(args);
    if (expected instanceof RegExp) assert.match(parsed.error, expected, args.join(' '));
    else assert.deepEqual(parsed, expected, args.join(' '));
  }
  const { mode, today } = parseArgs(['--release']);
  assert.equal(mode, 'release');
  assert.match(today, /^\d{4}-\d{2}-\d{2}$/); // the real day, whatever it is
});

// The script itself, as the workflows run it, on a folder of datasets made for the test: two languages; a next
// review on 2027-06-30; a point (in a list of points) until 2027-01-31; an answer until 2027-02-28.
const folder = mkdtempSync(join(tmpdir(), 'ketamine-compare-freshness-'));
after(() => rmSync(folder, { recursive: true, force: true }));
for (const lang of ['en', 'es']) {
  const data = {
    lang,
    reviewed: '2026-11-23',
    nextReview: '2027-06-30',
    cells: {
      'at-home': {
        kap: [{ text: `${lang}: Always true.`, sources: ['a'] }, { text: `${lang}: The rule was set to end on January 31, 2027.`, sources: ['a'], until: '2027-01-31' }],
        'at-home': { answer: { text: `${lang}: Allowed until February 28, 2027.`, sources: ['a'], until: '2027-02-28' }, points: [{ text: `${lang}: A detail.`, sources: ['a'] }] },
      },
    },
  };
  writeFileSync(join(folder, `${lang}.json`), JSON.stringify(data));
}
writeFileSync(join(folder, 'ledger.json'), '{}'); // not a language: left alone, as in src/data

/** Runs the script in the project on the datasets in `data` (a folder), as `node scripts/freshness.mjs ...args`. */
const script = (data, ...args) => {
  const { KETAMINE_COMPARE_DATA, ...env } = process.env;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['scripts/freshness.mjs', ...args], { cwd: project, env: data ? { ...env, KETAMINE_COMPARE_DATA: data } : env, encoding: 'utf8' });
  return { status, out: stdout + stderr };
};
const run = (...args) => script(folder, ...args);

const POINT = 'cells.at-home.kap, point 2 (ledger at-home/kap/1), "en: The rule was set to end on January 31, 2027."';
const ANSWER = 'cells.at-home.at-home, answer (ledger at-home/at-home/answer), "en: Allowed until February 28, 2027."';

test('the script, --release: passes up to each date, refuses the day after, naming what and what to do', () => {
  const cases = [
    // [today, exit code, what the output names]
    ['2027-01-31', 0, ['freshness: on 2027-01-31, no dataset is past its next review or any point\'s "until".']],
    ['2027-02-01', 1, ['Refusing to release on 2027-02-01', `src/data/en.json: ${POINT} held until 2027-01-31: today, 2027-02-01, is 1 day past it.`, 'src/data/es.json: cells.at-home.kap, point 2 (ledger at-home/kap/1)', 'What to do:', 'An "until": check whether the point still holds']],
    ['2027-02-28', 1, ['held until 2027-01-31']],
    ['2027-03-01', 1, [`src/data/en.json: ${ANSWER} held until 2027-02-28: today, 2027-03-01, is 1 day past it.`]],
    ['2027-07-01', 1, ['src/data/en.json: its next review ("nextReview") was due on 2027-06-30: today, 2027-07-01, is 1 day past it.', 'A next review: review the content']],
  ];
  for (const [today, status, names] of cases) {
    const result = run('--release', '--today', today);
    assert.equal(result.status, status, `${today}: ${result.out}`);
    for (const text of names) assert.ok(result.out.includes(text), `${today}: no ${JSON.stringify(text)} in:\n${result.out}`);
  }
  assert.ok(!run('--release', '--today', '2027-03-01').out.includes('A next review:'), 'advice only for what is wrong');
  assert.ok(!run('--release', '--today', '2027-02-28').out.includes(ANSWER), 'the answer still holds on its last day');
});

test('the script, --scheduled: fails 21 days before each date and after it, passes 22 days before', () => {
  const cases = [
    ['2027-01-09', 0, ['freshness: on 2027-01-09, no next review and no "until" is past or within 21 days.']],
    ['2027-01-10', 1, ['On 2027-01-10, some content is past, or within 21 days of', `src/data/en.json: ${POINT} holds only until 2027-01-31, in 21 days.`, 'What to do:']],
    ['2027-02-07', 1, [`src/data/en.json: ${ANSWER} holds only until 2027-02-28, in 21 days.`, 'held until 2027-01-31']],
    ['2027-06-09', 1, ['src/data/en.json: its next review ("nextReview") is due on 2027-06-30, in 21 days.']],
  ];
  for (const [today, status, names] of cases) {
    const result = run('--scheduled', '--today', today);
    assert.equal(result.status, status, `${today}: ${result.out}`);
    for (const text of names) assert.ok(result.out.includes(text), `${today}: no ${JSON.stringify(text)} in:\n${result.out}`);
  }
});

test('the script: a wrong command line is exit 2 with the usage, never a pass', () => {
  for (const args of [[], ['--release', '--today', 'tomorrow'], ['--publish']]) {
    const result = run(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.out}`);
    assert.match(result.out, /^freshness: (usage|--today must be)/);
  }
});

test('this repository: releasable on the day its content was reviewed', () => {
  const { reviewed } = JSON.parse(readFileSync(join(project, 'src/data/en.json'), 'utf8'));
  const { status, out } = script(undefined, '--release', '--today', reviewed);
  assert.equal(status, 0, out);
});
