/**
 * What counts as an attribution in the default `speech` scope (the attribution guideline), against
 * PolNeAR's `broad` scope, on hand-made sentences: refusals, verbs with only a noun or event object,
 * cognition verbs outside a parenthetical frame, intentions, the writer's own first person.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { extractAttributions } from '../src/analyze/attribution/index.ts';

const cues = (text: string, scope?: 'speech' | 'broad'): string[] => extractAttributions(text, scope ? { scope } : undefined).map((a) => a.cue.text);

test('speech scope: refusals are not attributions', () => {
  assert.deepEqual(cues('Mayor Ana Ruiz declined to comment on the budget.'), []);
  assert.deepEqual(cues('The ministry refused to say when the port would reopen.'), []);
  assert.deepEqual(cues('Hale said she couldn\'t comment on the investigation.'), []);
  assert.deepEqual(cues('A spokesman did not respond to a request for comment.'), []);
  // a statement about a refusal by someone else still is one
  assert.deepEqual(cues('Ruiz said the council would not comment until Friday.'), ['said']);
});

test('speech scope: a verb with only a noun or event object is no attribution, unless the object quotes the source', () => {
  for (const t of ['The senator condemned the attack.', 'The union agreed to a deal on Monday.', 'Mayor Tomas Ruiz unveiled a plan for the harbour.', 'Critics called for a recount.', 'The company reported a loss of $3 million.']) {
    assert.deepEqual(cues(t), [], t);
  }
  assert.deepEqual(cues('The mayor praised the "historic" agreement.'), ['praised']);
  assert.deepEqual(cues('Prosecutors accused the guards of falsifying records.'), ['accused']);
  // what the broad scope keeps
  assert.deepEqual(cues('Mayor Tomas Ruiz opposed the harbour tax.', 'broad'), ['opposed']);
});

test('speech scope: a clause, a gerund or a predicate after the verb is content', () => {
  assert.deepEqual(cues('The president admits he has not followed the diet.'), ['admits']);
  assert.deepEqual(cues('The label denied doing anything wrong.'), ['denied']);
  assert.deepEqual(cues('The governor touted the plan as a step toward higher pay.'), ['touted']);
  assert.deepEqual(cues('Farm groups urged Mr. Hale to make a deal soon.'), ['urged']);
});

test('speech scope: cognition verbs count only as a parenthetical frame; intentions are not speech', () => {
  assert.deepEqual(cues('Protesters believe the bill erodes the city\'s autonomy.'), []);
  assert.deepEqual(cues('Analyst Ken Doe sees the lineup as its weak point.'), []);
  assert.deepEqual(cues('The bridge will reopen in May, engineers believe.'), ['believe']);
  assert.deepEqual(cues('The council plans to reopen the bridge in May.'), []);
  assert.deepEqual(cues('The mayor vowed to reopen the bridge in May.'), ['vowed']);
  assert.deepEqual(cues('Protesters believe the bill erodes the city\'s autonomy.', 'broad'), ['believe']);
});

test('speech scope: the writer\'s own first person is no source; a quoted speaker\'s is part of their quote', () => {
  assert.deepEqual(cues('I asked whether the plan would work.'), []);
  assert.deepEqual(cues('"I said we would win," Ruiz said.'), ['said']);
});

test('scope is validated like every option', () => {
  assert.throws(() => extractAttributions('x', { scope: 'wide' as never }), /scope/);
});

test('an amount after "added" is no statement; words after it are', () => {
  assert.equal(extractAttributions('The US economy added 337,000 jobs in October.').length, 0);
  assert.equal(extractAttributions('Sales added 5% to the total this year.').length, 0);
  assert.equal(extractAttributions('The economy was growing, he added.').length, 1);
});

test('a roster of names after a label is no statement; a transcript label still is', () => {
  const text = 'France named their team on Monday.\n\nForwards: Nicolas Mas, Sylvain Marconnet, Olivier Milloud, William Servat. Backs: Dimitri Yachvili, Pierre Mignoni.\n\nWALLACE: If I may, Senator, the plan is bad.';
  assert.deepEqual(extractAttributions(text).map((a) => a.source?.text), ['WALLACE']);
});

test('"according to how much …" is a measure, not a source', () => {
  assert.deepEqual(cues('Brokers were rewarded according to how much business they brought.'), []);
  assert.deepEqual(cues('The deal was off, according to his lawyer.'), ['according to']);
});

test('a source opening with a preposition is no subject: "Despite parliamentary reports urging reform" has no attribution', () => {
  assert.deepEqual(cues('Despite parliamentary reports urging reform, the minister said the rules would stay.'), ['said']);
});

test('an inverted source may be followed by a relative "that" ("in an email that was reviewed by …")', () => {
  const out = extractAttributions('Layoffs will come this week, said the Acme Company’s executive chair Mara Quill in an email to staff that was reviewed by reporters.');
  assert.deepEqual(out.map((a) => [a.source?.text, a.speaker, a.content.text]), [['the Acme Company’s executive chair Mara Quill', 'Mara Quill', 'Layoffs will come this week']]);
});

test('"claimed responsibility", "claimed victory", "denied any wrongdoing" report no words; "claimed the vote was rigged" does', () => {
  assert.deepEqual(extractAttributions('Though no group claimed responsibility, the bloodshed raised fears.'), []);
  assert.deepEqual(extractAttributions('The president claimed victory as the vote failed.'), []);
  assert.deepEqual(extractAttributions('He denied any wrongdoing.'), []);
  assert.deepEqual(extractAttributions('He claimed the vote was rigged.').map((a) => a.content.text), ['the vote was rigged']);
});

test('a partitive source ending in a singular word ("one of the leading academic voices") is no source of "voices"', () => {
  const out = extractAttributions('Eric Reeves, one of the leading academic voices on Sudan, said he was appalled.');
  assert.deepEqual(out.map((a) => [a.source?.text, a.cue.text]), [['Eric Reeves', 'said']]);
});

test('a trailing source with an addressee: "…, an official told reporters." / "… told the committee on Monday."', () => {
  const src = (t: string) => extractAttributions(t).map((a) => [a.source?.text, a.cue.text, a.content.text]);
  assert.deepEqual(src('Prices will rise, an official told reporters.'), [['an official', 'told', 'Prices will rise']]);
  assert.deepEqual(src('Prices will rise, she told the committee on Monday.'), [['she', 'told', 'Prices will rise']]);
  assert.deepEqual(src('Prices will rise, she told BBC news.'), [['she', 'told', 'Prices will rise']]);
  assert.deepEqual(src('Prices will rise, the official told the committee that the plan would fail.'), [['the official', 'told', 'the plan would fail']]);
});

test('no trailing attribution from a relative clause, an object name or a name given ("as it is called by")', () => {
  const src = (t: string) => extractAttributions(t).map((a) => [a.source?.text, a.cue.text, a.content.text]);
  // the content is never the adverbial before the source
  assert.ok(src('Over the weekend, Trump assailed Williams as part of the “Never Trumpers” who oppose his presidency.').every(([, , c]) => c !== 'Over the weekend'));
  assert.ok(src('He called them the “Never Trumpers” who oppose his presidency.').every(([s]) => s !== 'who'));
  assert.deepEqual(src('Experts regard New Zealand – or Aotearoa as it is called by Māori – as the capital.'), []);
  // "said Friday", "told Reuters", "reported X as saying" still end a trailing attribution
  assert.deepEqual(src('Prices will rise, Smith said Friday.'), [['Smith', 'said', 'Prices will rise']]);
  assert.deepEqual(src('They could face a jail term, Reuters reported BaFin as saying.'), [['Reuters', 'reported', 'They could face a jail term']]);
});

test('a noun that is also a cue verb\'s -s form is no cue ("European champions Wasps")', () => {
  assert.deepEqual(cues('European champions Wasps fought back through a try.'), []);
  assert.deepEqual(cues('European champions Wasps fought back through a try.', 'broad'), []);
});

test('a cue word as a plural noun before a modal, and "continued to", report no speech', () => {
  assert.deepEqual(cues('The parties fear that the control orders would be imposed on a minister\'s word.'), []);
  assert.deepEqual(cues('Inspectors found that Iraq continued to be in breach of the resolutions.'), ['found']);
  assert.deepEqual(cues('"We will win," he continued.'), ['continued']);
});

test('a relative clause\'s own subject keeps an -s cue a verb before "are" or "will"', () => {
  assert.deepEqual(cues('The estates, which the ministry says are idle, will be seized.'), ['says']);
  assert.deepEqual(cues('The new model, which Zyloft says will run faster, goes on sale today.'), ['says']);
});
