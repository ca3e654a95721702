/**
 * Recall constructions of the attribution rules (hand-made sentences): stance verbs with an object,
 * belief verbs with a clause outside quotations, possessive noun cues with an infinitive or a
 * prepositional object, evidence nouns with "show", reduced relatives ("voters saying …"),
 * "Asked by X …", long speaker phrases after a closing quote, quantifier sources and other subject fixes.
 * These are PolNeAR's broad notion of attribution, so the sentences are read with `scope: 'broad'`
 * (what the guideline's default `speech` scope leaves out is tested in attribution-scope.test.ts).
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { extractAttributions as extract } from '../src/analyze/attribution/index.ts';
import type { Attribution } from '../src/types.ts';

const extractAttributions = (text: string): Attribution[] => extract(text, { scope: 'broad' });

/** The single attribution whose cue text is `cue`. */
function byCue(text: string, cue: string): Attribution {
  const out = extractAttributions(text).filter((a) => a.cue.text === cue);
  assert.equal(out.length, 1, `expected one attribution with cue "${cue}" in: ${text}\n${JSON.stringify(extractAttributions(text), null, 1)}`);
  return out[0];
}

function cues(text: string): string[] {
  return extractAttributions(text).map((a) => a.cue.text);
}

test('stance verbs with a noun-phrase object: sought, released, opposed, rebuked, vouched for', () => {
  let a = byCue('Senator Ann Lee sought a recount in three districts.', 'sought');
  assert.equal(a.source?.text, 'Senator Ann Lee');
  assert.equal(a.content.text, 'a recount in three districts');
  a = byCue('The transport ministry released new ridership figures on Monday.', 'released');
  assert.equal(a.source?.text, 'The transport ministry');
  a = byCue('Mayor Tomas Ruiz opposed the harbour tax.', 'opposed');
  assert.equal(a.content.text, 'the harbour tax');
  a = byCue('The union leader rebuked the port authority.', 'rebuked');
  assert.equal(a.source?.text, 'The union leader');
  a = byCue('Two former ministers vouched for the candidate.', 'vouched for');
  assert.equal(a.content.text, 'the candidate');
});

test('"support", "back" and "praise" with a noun object need a clearly personal source', () => {
  assert.equal(byCue('Senator Ann Lee supported the ferry bill.', 'supported').source?.text, 'Senator Ann Lee');
  assert.equal(byCue('She has backed the ferry bill since May.', 'backed').source?.text, 'She');
  // a one-word name may be a country or a company: not a stance report
  assert.deepEqual(cues('In fact, Norland has supported the operations of the coalition.'), []);
  assert.deepEqual(cues('Parents praised the school.'), []);
  assert.equal(byCue('The head teacher praised the new library.', 'praised').source?.text, 'The head teacher');
});

test('"announced" with an object, but not an event such as a resignation', () => {
  const a = byCue('The ministry announced a night curfew for the port district.', 'announced');
  assert.equal(a.content.text, 'a night curfew for the port district');
  assert.deepEqual(cues('The harbour master announced his retirement last week.'), []);
});

test('belief verbs take a clause outside quotations, not inside them', () => {
  const a = byCue('The mayor thinks the bridge will reopen in May.', 'thinks');
  assert.equal(a.source?.text, 'The mayor');
  assert.equal(a.content.text, 'the bridge will reopen in May');
  assert.equal(byCue('Local traders believe that the tax will hurt them.', 'believe').content.text, 'the tax will hurt them');
  assert.equal(byCue('Ms. Okoro knew the vote would be close.', 'knew').source?.text, 'Ms. Okoro');
  // "I think" inside a quotation is part of the quote, not a separate report
  assert.deepEqual(cues('"I think the bridge will reopen," the mayor said.'), ['said']);
});

test('possessive noun cues with an infinitive or a prepositional object', () => {
  let a = byCue("Ms. Okoro's refusal to endorse the plan surprised her allies.", 'refusal');
  assert.equal(a.source?.text, "Ms. Okoro's");
  assert.equal(a.content.text, 'to endorse the plan surprised her allies');
  a = byCue('His attacks on the port authority grew sharper.', 'attacks');
  assert.equal(a.source?.text, 'His');
  assert.equal(a.content.text, 'the port authority grew sharper');
  // no possessive source: no attribution
  assert.deepEqual(cues('The attacks on the port authority grew sharper.'), []);
});

test('evidence nouns with "show": trailing "records show", small clauses and "a poll showing …"', () => {
  let a = byCue('The ship left port on Monday, records show.', 'show');
  assert.equal(a.source?.text, 'records');
  assert.equal(a.content.text, 'The ship left port on Monday');
  a = byCue('Polls show Mayor Ruiz leading by ten points.', 'show');
  assert.equal(a.source?.text, 'Polls');
  assert.equal(a.content.text, 'Mayor Ruiz leading by ten points');
  a = byCue('The debate came after a new poll showing the mayor ahead by ten points.', 'showing');
  assert.equal(a.source?.text, 'a new poll');
});

test('reduced relatives after a people noun: "a third of the farmers saying they …"', () => {
  const a = byCue('The share of farmers saying they would sell their land doubled.', 'saying');
  assert.match(a.source?.text ?? '', /farmers$/);
  assert.equal(a.content.text, 'they would sell their land doubled');
});

test('"Asked by X whether …": the asker is the source', () => {
  const a = byCue('Asked by a reporter whether the bridge would reopen, Mayor Ruiz said yes.', 'Asked');
  assert.equal(a.source?.text, 'a reporter');
  assert.equal(a.content.text, 'whether the bridge would reopen');
});

test('long speaker phrases after a closing quote: titles before a name, lower-case role phrases', () => {
  assert.equal(byCue('"The bridge will reopen," said former transport adviser Lina Ortiz.', 'said').source?.text, 'former transport adviser Lina Ortiz');
  assert.equal(byCue('"There was wrongdoing," said a former senior port official.', 'said').source?.text, 'a former senior port official');
  assert.equal(byCue('"We will be back," said the 46-year-old.', 'said').source?.text, 'the 46-year-old');
  assert.equal(byCue('"That is the issue," said a person close to the mayor.', 'said').source?.text, 'a person close to the mayor');
});

test('subject fixes: quantifiers, -ing surnames, "close to him", a bare day name, one-word sentence adverbs', () => {
  assert.equal(byCue('Several said they would return next year.', 'said').source?.text, 'Several');
  assert.equal(byCue('"We live in Chicago," Fleming said.', 'said').source?.text, 'Fleming');
  assert.equal(byCue('The plan had two goals, the admiral said.', 'said').source?.text, 'the admiral');
  assert.equal(byCue('Talks will resume in May, a source close to him said.', 'said').source?.text, 'a source close to him');
  assert.equal(byCue('Mr. Okoro said Thursday he would resign.', 'said').content.text, 'he would resign');
  assert.equal(byCue('Still, Lena Marsh, an adviser to the mayor, said that the campaign would go on.', 'said').source?.text, 'Lena Marsh');
  assert.equal(byCue('Others say this is just a rough patch.', 'say').content.text, 'this is just a rough patch');
  assert.equal(byCue('Jeff Amos said he would.', 'said').content.text, 'he would');
  assert.equal(byCue('Officials met on Friday. The ministry has not yet responded to the report.', 'responded to').source?.text, 'The ministry');
  assert.equal(byCue('Officials met. Mr. Lee, who has in the past described the plan as reckless, voted no.', 'described').source?.text, 'who');
});

test('fronted adverbials before a participle\'s subject and abbreviated titles', () => {
  const a = byCue('In Dover, Delaware, on Sunday, Mrs. Ruiz spoke briefly, saying that the plan would work.', 'saying');
  assert.equal(a.source?.text, 'Mrs. Ruiz');
  const b = byCue('In a statement released Thursday, Rep. Ana Ortiz (D-N.M.) reacted to the news, saying the verdict was wrong.', 'saying');
  assert.equal(b.source?.text, 'Rep. Ana Ortiz (D-N.M.)');
});

test('documents that "read" a quotation', () => {
  const a = byCue('The sign on the door read: "Closed for repairs until May."', 'read');
  assert.equal(a.source?.text, 'The sign on the door');
  assert.equal(a.type, 'direct');
});

test('round-up labels after a dash: "… - Ann Lee and Tom Fry: “…”"', () => {
  const t = 'Turnout fell in the north - Ann Lee and Tom Fry: “Fewer young voters came out than in any year since 2004.”';
  const a = byCue(t, ':');
  assert.equal(a.source?.text, 'Ann Lee and Tom Fry');
  assert.equal(a.type, 'direct');
  const b = byCue('Polls missed the late swing - More from Fry: “The samples were too small to see it.”', ':');
  assert.equal(b.source?.text, 'Fry');
});

test('"called him a …" and "asked X about …"', () => {
  let a = byCue('The pastor called him a kind and loyal friend.', 'called');
  assert.equal(a.content.text, 'him a kind and loyal friend');
  assert.deepEqual(cues('The mayor called a press conference.'), []);
  a = byCue('Radio host Ann Lee asked the governor about the ferry contract.', 'asked');
  assert.equal(a.source?.text, 'Radio host Ann Lee');
  assert.equal(a.content.text, 'the governor about the ferry contract');
});

test('poll quantities as sources: "About 4 in 10 say …", "19 percent of students polled support …"', () => {
  assert.equal(byCue('About 4 in 10 say they want a later start.', 'say').source?.text, 'About 4 in 10');
  assert.equal(byCue('About three-quarters support a ban on new towers.', 'support').source?.text, 'About three-quarters');
  assert.equal(byCue('Only 19 percent of the students polled support the plan.', 'support').source?.text, 'Only 19 percent of the students polled');
});
