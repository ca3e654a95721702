/**
 * The entity model behind speakers and categories (mentions.ts, roles.ts, entities.ts, discourse.ts,
 * category.ts, speakers.ts), on hand-made sentences: one construction per test.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { extractAttributions } from '../src/analyze/attribution/index.ts';

/** [speaker, category, named] of each attribution. */
const who = (text: string): [string | null, string, boolean][] => extractAttributions(text).map((a) => [a.speaker, a.category, a.named]);

test('a surname, a family-name-first name and a name with a suffix resolve to the fullest name', () => {
  assert.deepEqual(who('James P. Kennedy Jr., the U.S. attorney, said the case was closed. Kennedy said the fine was fair.').map((r) => r[0]), ['James P. Kennedy Jr.', 'James P. Kennedy Jr.']);
  assert.deepEqual(who('Park Min-jun, a teacher in Seoul, said the school was closed. Park said classes would resume.').map((r) => r[0]), ['Park Min-jun', 'Park Min-jun']);
});

test('acronyms resolve by an explicit "(X)" or by the initials of a name', () => {
  const out = who('Customs and Border Protection said the centres were full. CBP said it would add beds.');
  assert.equal(out[1][0], 'Customs and Border Protection');
  assert.equal(out[1][1], 'government');
});

test('a role in an appositive, before the name or after "is", decides the category', () => {
  assert.deepEqual(who('Gwynne Shotwell, president and chief operating officer of SpaceX, said the lander was ready.'), [['Gwynne Shotwell', 'business', true]]);
  assert.deepEqual(who('News industry analyst Ken Doe said revenue fell.'), [['Ken Doe', 'expert', true]]);
  assert.deepEqual(who('Ana Ruiz is the chief executive of Harbor Logistics. Ruiz said prices would rise.'), [['Ana Ruiz', 'business', true]]);
  assert.deepEqual(who('Lena Ortiz, a spokeswoman for the Red Cross, said the camps were full.'), [['Lena Ortiz', 'ngo', true]]);
});

test('a role that speaks for an organisation takes its category; research roles stay expert', () => {
  assert.deepEqual(who('Mark Tull, head of research at Kotak Securities, said the rally would last.')[0][1], 'expert');
  assert.deepEqual(who('Mark Tull, a director at Kotak Securities, said the rally would last.')[0][1], 'business');
});

test('descriptions refer back: "the company", "the governor", "the doctors"', () => {
  const t = 'Dora Hale, the chief executive of Brightwave, said sales rose. The company said profits doubled. Gov. Eric Lane said the budget was fair. The governor said teachers would get a raise.';
  assert.deepEqual(who(t).map((r) => r[0]), ['Dora Hale', 'Brightwave', 'Eric Lane', 'Eric Lane']);
  assert.deepEqual(who(t).map((r) => r[1]), ['business', 'business', 'government', 'government']);
});

test('pronouns go to the person in view: the source or subject before them, matching a known gender', () => {
  const t = 'Maria Costa met Tom Hale on Friday. Hale said the deal was close. She said it would be signed in May.';
  assert.deepEqual(who(t).map((r) => r[0]), ['Tom Hale', 'Maria Costa']);
});

test('a person the article says nothing more about is a citizen; an organisation known only by name defaults to business', () => {
  assert.deepEqual(who('Beth Ruffin said the meeting ran late.'), [['Beth Ruffin', 'citizen', true]]);
  assert.deepEqual(who('Visitors crowded the stand. Harbor Logistics Inc. said sales rose.'), [['Harbor Logistics Inc.', 'business', true]]);
});

test('a person named after the body they lead takes its category ("Bush" and "the Bush administration")', () => {
  assert.deepEqual(who('The Bush administration was under pressure. Bush announced that he would nominate a new commander.'), [['Bush', 'government', true]]);
});

test('unnamed sources keep their phrase; pronouns and sentence adverbs are never named sources', () => {
  assert.deepEqual(who('A senior official said the talks had stalled.'), [['a senior official', 'government', false]]);
  assert.deepEqual(who('People familiar with the talks said a deal was near.'), [['people familiar with the talks', 'other', false]]);
  for (const [speaker, , named] of who('However, officials said the road was closed. "We are trying," he said.')) {
    assert.ok(!named || !/^(?:however|he|i|we)$/i.test(speaker ?? ''), `${speaker} named`);
  }
});

test('joint sources: two names, one category when they share it, else other', () => {
  assert.deepEqual(who('Senator Ann Lee and Senator Tom Fry said the bill would pass.'), [['Ann Lee and Tom Fry', 'politician', true]]);
});

test('source mentions: a subject before a relative clause, "&" inside a name, no inversion after "told"', () => {
  assert.deepEqual(extractAttributions('Washington-based analysts who have done the calculations say the gap is large.').map((a) => a.source?.text), ['Washington-based analysts']);
  assert.deepEqual(extractAttributions('A rainless fall has left brush dry, PG&E officials said.').map((a) => a.source?.text), ['PG&E officials']);
  assert.deepEqual(extractAttributions('Trump has been eager to withdraw, but General Mark Milley, chairman of the Joint Chiefs, told US media this month that troops would stay.').map((a) => a.source?.text), ['General Mark Milley']);
});

test('the head of a source phrase is its last name, not a place or acronym modifying it', () => {
  assert.deepEqual(who('Danish shipping giant Norvik Lines has predicted that freight rates will rise.'), [['Norvik Lines', 'business', true]]);
  assert.deepEqual(who('Freight rates will rise, according to a report by Danish think-tank Aldwick.'), [['Aldwick', 'expert', true]]);
  // a name that only modifies the head is no author: "the Danish shipping industry's trade body"
  assert.equal(who('Freight rates rose 7%, according to figures released by the Danish shipping industry\'s trade body.')[0][2], false);
  // some of a kind, never one named body
  assert.deepEqual(who('Three leading Danish video game companies predicted that more studios would close.'), [['three leading Danish video game companies', 'business', false]]);
  // a document noun that only modifies another noun ("video game") makes no document
  assert.equal(who('Two Danish video game makers said sales fell.')[0][2], false);
});

test('a role written as an acronym is a role, and a shadow minister is a politician', () => {
  assert.deepEqual(who('The PM said he was sorry.'), [['the PM', 'government', false]]);
  assert.deepEqual(who('Shadow foreign secretary Ada Brook said the plan was wrong.'), [['Ada Brook', 'politician', true]]);
  assert.deepEqual(who('Nordbank boss Ivo Lenz said profits rose.'), [['Ivo Lenz', 'business', true]]);
  // a party member's word before a deferring role names the party: "Tory co-chairman"
  assert.deepEqual(who('Tory co-chairman Ada Brook said the poster was fair.'), [['Ada Brook', 'politician', true]]);
});

test('"it" stands for an organisation or a subject, not a word only used as a modifier', () => {
  // "TV" only modifies ("TV companies", "watching TV"): "It said" has no named antecedent
  const out = who('A survey of 2,000 viewers was published on Monday. Viewers spend less time watching TV. It said TV companies faced a threat.');
  assert.notEqual(out.at(-1)?.[0], 'TV');
  assert.equal(out.at(-1)?.[2], false);
  // a lone determiner in a list item is no name
  assert.ok(who('- An active control system, the maker said, was fitted.').every((r) => r[0] !== 'An'));
});

test('a verb phrase is no source: a determiner or preposition after a leading verb form', () => {
  const out = extractAttributions('The budget, and its cost to schools, is of particular concern to the council as the inquiry reaches closer to the mayor, pushing through a busy week with four witnesses testifying over two days. Elected officials said the plan was sound.');
  assert.ok(out.every((a) => !/^pushing/.test(a.source?.text ?? '')), JSON.stringify(out.map((a) => a.source?.text)));
  assert.deepEqual(out.map((a) => a.speaker), ['elected officials']);
});

test('a relative pronoun source resolves to the name before it, not to the phrase the name ends', () => {
  assert.deepEqual(who('The plan was criticised by the Harbour Pilots Association (HPA), which said the channel was unsafe.'), [['Harbour Pilots Association', 'ngo', true]]);
  assert.deepEqual(who('The bank was fined by the Financial Conduct Authority, which said its controls had failed.').map((r) => r[0]), ['Financial Conduct Authority']);
  assert.deepEqual(who('Growth forecasts were cut by the Organisation for Economic Co-operation and Development, which argued that demand was weak.'), [['Organisation for Economic Co-operation and Development', 'government', true]]);
});

test('a role ends before a form of address: "Lord Chancellor Lord Falconer" has the title "Lord Chancellor"', () => {
  const [a] = extractAttributions('Lord Chancellor Lord Falconer said the bill would pass.');
  assert.equal(a.title, 'Lord Chancellor');
  const [b] = extractAttributions('Manchester United manager Sir Alex Ferguson said the team was tired.');
  assert.equal(b.title, 'Manchester United manager');
});

test('a body named with a title inside it and "and" is one name, not a person called "and …"', () => {
  const text = 'Mr Younger said the plan would help. MPs on the Office of the Deputy Prime Minister and Constitutional Affairs committees pressed Mr Younger on the changeover. He said the example showed real difficulties.';
  const said = extractAttributions(text).filter((a) => a.content.text.includes('real difficulties'));
  assert.equal(said.length, 1);
  assert.equal(said[0].speaker, 'Younger');
  assert.equal(said[0].named, true);
});

test('a number word opening a sentence is no name: "One in four said …" is no named source "One"', () => {
  const [a] = extractAttributions('One in four said he should be back in the cabinet within a year.');
  assert.equal(a.named, false);
  assert.notEqual(a.speaker, 'One');
});

test('"director general" heads its body and "general secretary" its union; neither is an army general', () => {
  assert.deepEqual(who('Emma Pike, director general of the trade body British Music Rights, said the rules were vital.'), [['Emma Pike', 'business', true]]);
  assert.deepEqual(who('Mark Serwotka, general secretary of the PCS union, said staff would strike.'), [['Mark Serwotka', 'ngo', true]]);
});

test("a spokesperson for a person takes that person's category: \"the rapper's spokesman\", \"a spokesman for the singer\"", () => {
  assert.deepEqual(who("The rapper's spokesman said the allegations were untrue."), [["the rapper's spokesman", 'citizen', false]]);
  assert.deepEqual(who('A spokesman for the singer said she was resting.'), [['a spokesman for the singer', 'citizen', false]]);
  assert.deepEqual(who("The minister's spokesman said no decision had been made."), [["the minister's spokesman", 'government', false]]);
});

test('a wire-service dateline is no source and no entity: the story starts after it', () => {
  assert.deepEqual(who('WASHINGTON, April 7 - Parsow Partnership Ltd, an investment partnership, said it bought a 5.1 pct stake in Orange-Co Inc.'), [['Parsow Partnership Ltd', 'business', true]]);
  // nothing for "it" to resolve to but the dateline's city
  assert.deepEqual(who('CHICAGO, March 5 - Farm prices rose on Monday. It said the market was firm.').map((r) => r[2]), [false]);
});

test('titles with "of the" and capitalised roles of wire copy split off the name; a person is no firm "X of Y"', () => {
  const [a, b] = extractAttributions('Chancellor of the Exchequer Nigel Lawson said rates would fall. Later, the Chancellor of the Exchequer said rates would rise again soon.');
  assert.deepEqual([a.speaker, a.title, a.category], ['Nigel Lawson', 'Chancellor of the Exchequer', 'government']);
  assert.equal(b.speaker, 'Nigel Lawson');
  assert.deepEqual(who('Treasurer Paul Keating said the budget was tight.'), [['Paul Keating', 'government', true]]);
  assert.equal(who('Chris Callies of Dean Witter said stocks rose.')[0][0], 'Chris Callies');
});

test('sentence-initial "Bank of Japan" is a name; central banks and the European Community are government', () => {
  assert.deepEqual(who('Bank of Japan governor Satoshi Sumita said rates were fine.'), [['Satoshi Sumita', 'government', true]]);
  assert.deepEqual(who('The European Community said it would retaliate.'), [['European Community', 'government', true]]);
});

test('people in title case ("U.S. Officials") and nationalities ("West German") are no names', () => {
  assert.deepEqual(who('U.S. Officials said the talks failed.'), [['U.S. Officials', 'government', false]]);
  assert.deepEqual(who('West Germany said it would not cut rates.'), [['West Germany', 'government', true]]);
});

test('"the Bank", "the Commission" refer back to the body named before; "General Motors Corp" and "Jefferies and Co" are whole names', () => {
  assert.deepEqual(who('The Bank of England said it would act. Later the Bank said it had bought bills.'), [['Bank of England', 'government', true], ['Bank of England', 'government', true]]);
  assert.deepEqual(who('The European Commission proposed cuts. The Commission said the plan was fair.'), [['European Commission', 'government', true]]);
  assert.deepEqual(who('General Motors Corp said sales fell.'), [['General Motors Corp', 'business', true]]);
  assert.deepEqual(who('Jefferies and Co Inc said it is making a market in the stock.'), [['Jefferies and Co Inc', 'business', true]]);
});

test('"Many of Manchester United\'s fans" is no name (fans: citizens); clubs are organisations; "St Fintian\'s High School" is one name', () => {
  assert.deepEqual(who("Many of Manchester United's fans said the club was sold."), [["many of Manchester United's fans", 'citizen', false]]);
  assert.deepEqual(who('Manchester United said the bid was unwelcome.'), [['Manchester United', 'business', true]]);
  assert.deepEqual(who("St Fintian's High School says it is clearly identified."), [["St Fintian's High School", 'business', true]]);
});

test('intergovernmental bodies are government; the people of a nation are unnamed citizens', () => {
  assert.deepEqual(who('The Arab League said the plan broke international law.'), [['Arab League', 'government', true]]);
  assert.deepEqual(who('Algerians said the vote was rigged.'), [['Algerians', 'citizen', false]]);
});

test('an office named like a person has its role\'s category; a unit or spokesperson of a firm is business', () => {
  assert.deepEqual(who('The Texas Attorney General confirmed that it was investigating the company.'), [['Texas Attorney General', 'law_enforcement', true]]);
  assert.deepEqual(who("The company's press office said it would cooperate with the regulators."), [["the company's press office", 'business', false]]);
  assert.deepEqual(who('A Tesco spokesperson said the firm had done nothing wrong.'), [['a Tesco spokesperson', 'business', false]]);
  assert.deepEqual(who('A White House spokesman said it was false.'), [['a White House spokesman', 'government', false]]);
});

test('"Indonesian Economics Minister" describes and names no one; a hyphenated accolade is a title', () => {
  assert.deepEqual(who('Indonesian Economics Minister said growth would slow.'), [['Indonesian Economics Minister', 'government', false]]);
  const [a] = extractAttributions('Oscar-winner Andrea Arnold said the film was hard to make.');
  assert.deepEqual([a.speaker, a.title], ['Andrea Arnold', 'Oscar-winner']);
});

test('parties by name: "Labour said" opening a sentence is named, "Tory Liam Fox" and "Labour\'s Alan Milburn" are party politicians', () => {
  assert.deepEqual(who('Labour said the plan was fine.'), [['Labour', 'politician', true]]);
  const [fox, milburn] = extractAttributions("Tory Liam Fox said the plan was vacuous. Labour's Alan Milburn said it was a good plan.");
  assert.deepEqual([fox.speaker, fox.title, fox.category], ['Liam Fox', 'Tory', 'politician']);
  assert.deepEqual([milburn.speaker, milburn.title, milburn.category], ['Alan Milburn', 'Labour', 'politician']);
});

test('film-makers and directors of films are artists (citizen); "Montreal-based" is no name', () => {
  const [lee, tarantino, firm] = extractAttributions('Film-maker Spike Lee said the movie was personal. Film director Quentin Tarantino said he loved it. The Montreal-based firm said sales fell.');
  assert.deepEqual([lee.speaker, lee.title, lee.category], ['Spike Lee', 'Film-maker', 'citizen']);
  assert.deepEqual([tarantino.speaker, tarantino.category], ['Quentin Tarantino', 'citizen']);
  assert.deepEqual([firm.speaker, firm.named], ['the Montreal-based firm', false]);
});

test('"and" inside a firm\'s or body\'s name: "Standard and Poor\'s Corp", "Securities and Exchange Commission" opening a sentence', () => {
  assert.deepEqual(who("Standard and Poor's Corp said it lowered the rating."), [["Standard and Poor's Corp", 'business', true]]);
  assert.deepEqual(who('Securities and Exchange Commission said it would review the filing.'), [['Securities and Exchange Commission', 'government', true]]);
});

test('a person of a body the article says nothing more about ("spokesman for Lycos Europe", "Ladbrokes\' Warren Lush") is business', () => {
  const [a, b] = extractAttributions('Malte Pollmann, spokesman for Lycos Europe, said it was a new step. "It will be close," said Ladbrokes\' Warren Lush.');
  assert.deepEqual([a.speaker, a.category], ['Malte Pollmann', 'business']);
  assert.deepEqual([b.speaker, b.title, b.category], ['Warren Lush', 'Ladbrokes', 'business']);
});

test('"according to the agency" takes an earlier unnamed source only when its words end with "agency"', () => {
  assert.deepEqual(who('The message said the survey was urgent. But the attachment contains a virus, according to the agency.').map((r) => r[0]), ['the message', 'the agency']);
});

test('"the report" is the document named before, by its author; a known body opening a sentence is a name whatever its ending', () => {
  assert.deepEqual(who('A report by the National Audit Office found waste in the health service. The report said millions had been lost.').map((r) => r[0]), ['National Audit Office', 'National Audit Office']);
  assert.deepEqual(who("Ministers met on Monday. Ofsted's report was damning. The report said schools were failing."), [['Ofsted', 'government', true]]);
  assert.deepEqual(who('Ministers met on Monday. The report said schools were failing.'), [['the report', 'other', false]]);
});

test('after a form of address a title word is a family name: "Ms King" is Oona King', () => {
  assert.deepEqual(who('Oona King has represented the constituency since 1997. Ms King said she was delighted to stand again.'), [['Oona King', 'citizen', true]]);
  assert.deepEqual(who('Mr Major said the party was united.'), [['Major', 'citizen', true]]);
});

test('a corporate rank held in a named kind of body is that body\'s ("central bank general manager" is government); an investor is not', () => {
  assert.deepEqual(who('Hector Neyra, central bank general manager, said Peru would pay.'), [['Hector Neyra', 'government', true]]);
  assert.deepEqual(who('New Media investor Leon Cooperman said the deal was bad.'), [['Leon Cooperman', 'business', true]]);
});

test('an office name takes the longest role that ends it; "many Tunisians" are citizens', () => {
  assert.deepEqual(who('The New York State Attorney General confirmed that it was investigating the company.'), [['New York State Attorney General', 'law_enforcement', true]]);
  assert.deepEqual(who('Many Tunisians accuse the government of failing them.'), [['many Tunisians', 'citizen', false]]);
});

test('a place before a person by a possessive is no employer: "England\'s Josh Lewsey" is no government source', () => {
  assert.deepEqual(who("England's Josh Lewsey said the referee was wrong."), [['Josh Lewsey', 'citizen', true]]);
});

test('"he" that refers to no entity continues the unnamed person quoted just before, of a fitting gender and number', () => {
  const out = who('The Central Bank issued new certificates, a bank spokesman told Reuters. The new CDs carry rates of up to five pct, he said.');
  assert.deepEqual(out.map((r) => r[0]), ['a bank spokesman', 'a bank spokesman']);
  assert.equal(who('A spokeswoman for the firm said sales rose. Prices will fall, he said.')[1][0], 'he');
  assert.equal(who('Officials said the plan was fine. Prices will fall, he said.')[1][0], 'he');
});

test('"S and P" (two letters joined by "and") is one name', () => {
  assert.deepEqual(who('S and P said it may downgrade the debt.'), [['S and P', 'business', true]]);
});

test('given names of other countries tell a person and a gender: "Elliot Platt of …" is a person a later "he" refers to', () => {
  const out = who('Elliot Platt of Donaldsen Lufkin and Jenrette Securities Corp spoke on Monday. Platt does not foresee tighter policy. "The Fed is on hold now," he said.');
  assert.equal(out[out.length - 1][0], 'Elliot Platt');
});

test('"The statement said" after "X said in a statement" is X', () => {
  assert.deepEqual(who('The ministry said in a statement that prices would rise. The statement said farmers would be paid more.').map((r) => r[0]), ['the ministry', 'the ministry']);
});

test('"the US" and "the US Army" are named bodies, not the pronoun "us" or a bare title', () => {
  assert.deepEqual(who('The US said the hostages had suffered.'), [['US', 'government', true]]);
  assert.deepEqual(who('The US Army said the hostages had suffered.'), [['US Army', 'military', true]]);
  assert.deepEqual(who('He told us the hostages had suffered.'), [['he', 'other', false]]);
});

test('a spokesperson named after a body the article says nothing more about speaks for a firm, in either word order', () => {
  assert.deepEqual(who('“We received an inquiry,” said a Zyloft spokesperson.'), [['a Zyloft spokesperson', 'business', false]]);
  assert.deepEqual(who('A Zyloft spokesperson said the inquiry was routine.'), [['a Zyloft spokesperson', 'business', false]]);
  // a person's lawyer is no firm's
  assert.deepEqual(who('“No,” said Morrison’s lawyer.'), [['Morrison’s lawyer', 'other', false]]);
});

test('"in X\'s venture arm" makes no place of X, so "the company" still refers to it', () => {
  const out = who('Regulators are investigating Zyloft, according to two people. The company confirmed it had been contacted. Jobs will go in Zyloft’s venture arm.');
  assert.deepEqual(out[1], ['Zyloft', 'business', true]);
});

test('a source speaks for the body named before it; a partitive takes the category of the people it picks from', () => {
  assert.deepEqual(who('The men were flown out, according to a local police source.'), [['a local police source', 'law_enforcement', false]]);
  assert.deepEqual(who('The prisoners were freed, an insurgent source told reporters.'), [['an insurgent source', 'militant', false]]);
  assert.deepEqual(who('A source said the talks had failed.'), [['a source', 'other', false]]);
  assert.deepEqual(who('One of the protesters said the police had fired.'), [['one of the protesters', 'citizen', false]]);
  assert.deepEqual(who('One of his aides said the plan was bad.'), [['one of his aides', 'government', false]]);
  assert.deepEqual(who('Settlers said the change paved the way for annexation.'), [['settlers', 'citizen', false]]);
});

test('"Tom Smith told parliament" is no body named "Tom Smith told parliament"; "the Inner Mongolia health commission" is one', () => {
  assert.deepEqual(who('The authority will spend more, Minister Tom Smith told parliament.'), [['Tom Smith', 'government', true]]);
  assert.deepEqual(who('The Inner Mongolia health commission said cases rose.'), [['Inner Mongolia health commission', 'government', true]]);
});

test('"Mr" or "Ms" alone is no title ("Dr" is); outlets of other countries are media', () => {
  const title = (t: string) => extractAttributions(t).map((a) => a.title);
  assert.deepEqual(title('Mr Blair told reporters: "We will move on."'), [null]);
  assert.deepEqual(title('Dr Jones told reporters: "We will move on."'), ['Dr']);
  assert.deepEqual(who('Der Spiegel said the chancellor would have preferred another candidate.'), [['Der Spiegel', 'media', true]]);
  assert.deepEqual(who('Xinhua said the talks had failed.'), [['Xinhua', 'media', true]]);
});

test('"…, the company said" after a place or a public body named in the content is the firm named before', () => {
  assert.deepEqual(who('Acme Inc said it joined a partnership. The conversion will improve reception in remote areas of the U.S., the company said.')[1], ['Acme Inc', 'business', true]);
  assert.deepEqual(who('Acme Inc said it offers a service in Denmark. It is now available in the United Kingdom, France and Australia, the company added.')[1], ['Acme Inc', 'business', true]);
  assert.deepEqual(who('Acme Inc filed a plan. The Securities and Exchange Commission approved it, the company said.'), [['Acme Inc', 'business', true]]);
});

test('"head of third party services at Vodafone" works for a firm, not a party', () => {
  assert.deepEqual(who('Jeremy Flynn, head of third party services at Vodafone, said phones would get cheaper.'), [['Jeremy Flynn', 'business', true]]);
  assert.deepEqual(who('The Labour party said taxes would rise.'), [['Labour party', 'politician', true]]);
});

test('sports: a team named by a place or a club is no government or army; captains and players speak for themselves', () => {
  assert.deepEqual(who('Liverpool manager Rafa Molina said the team played well.'), [['Rafa Molina', 'business', true]]);
  assert.deepEqual(who('The Scotland boss said the squad was tired.'), [['the Scotland boss', 'business', false]]);
  assert.deepEqual(who('Former England captain Tom Reed said the side lacked depth.'), [['Tom Reed', 'citizen', true]]);
  assert.deepEqual(who('All Blacks captain Jim Lowe said they would win.'), [['Jim Lowe', 'citizen', true]]);
  assert.deepEqual(who('The Everton goalkeeper said: "It was hard."'), [['the Everton goalkeeper', 'citizen', false]]);
  // the force or body a captain serves decides; a city's manager is a government official
  assert.deepEqual(who('An army captain said the base was attacked.'), [['an army captain', 'military', false]]);
  assert.deepEqual(who('A police captain said the man was arrested.'), [['a police captain', 'law_enforcement', false]]);
  assert.deepEqual(who('Captain John Hale of the Royal Navy said the ship was hit.'), [['John Hale', 'military', true]]);
  assert.deepEqual(who('Dallas city manager Mary Cole said the budget was tight.'), [['Mary Cole', 'government', true]]);
});

test('kinds of people and bodies the lexicon names: union federations, clergy, band members', () => {
  assert.deepEqual(who('Workers are harassed, the TUC has said.'), [['TUC', 'ngo', true]]);
  assert.deepEqual(who('The Trades Union Congress said pay was too low.'), [['Trades Union Congress', 'ngo', true]]);
  assert.deepEqual(who('Cardinal Cormac Lyle has said the war was wrong.'), [['Cormac Lyle', 'other', true]]);
  assert.deepEqual(who('Band frontman Jon Vale said he was happy.'), [['Jon Vale', 'citizen', true]]);
});

test('a one-word name that acts and is called "it" is an organisation (a firm unless the article says more)', () => {
  assert.deepEqual(who('Zyloft launched a phone on Monday. Zyloft said sales were strong. It said it would double its stores.'), [['Zyloft', 'business', true], ['Zyloft', 'business', true]]);
});

test('company names: a common noun may open one; a shorter form names the company named before; a corporate division is no army', () => {
  assert.deepEqual(who('Physio Technology Inc said it expects a loss.'), [['Physio Technology Inc', 'business', true]]);
  assert.deepEqual(who('First Lakeland Corp said profit rose. First Lakeland said income fell.'), [['First Lakeland Corp', 'business', true], ['First Lakeland Corp', 'business', true]]);
  assert.deepEqual(who('Dell Ramsey Inc said it would bid. Dell Ramsey said the offer was fair.'), [['Dell Ramsey Inc', 'business', true], ['Dell Ramsey Inc', 'business', true]]);
  // an analyst of a firm keeps the firm out of the name, and the role word out of the person's
  assert.deepEqual(who('Analyst Jo Lane of Drexel Burnham Lambert Inc said the stock was cheap.').map((r) => r[1]), ['business']);
  assert.deepEqual(who('Carl Moss, Hilton Hotels division president, said the chain would grow.'), [['Carl Moss', 'business', true]]);
});

test('a peer of whom the article says nothing more sits in the House of Lords; any role said of them comes first', () => {
  assert.deepEqual(who('Lord Fenwick said the bill was fair.'), [['Fenwick', 'politician', true]]);
  assert.deepEqual(who('Baroness Mell said the ruling stood.'), [['Mell', 'politician', true]]);
  assert.deepEqual(who('Baroness Mell, a law lord, said the ruling stood.'), [['Mell', 'law_enforcement', true]]);
  assert.deepEqual(who('Lord Fenwick, chairman of Harlow Foods, said sales rose.'), [['Fenwick', 'business', true]]);
  assert.deepEqual(who('The House of Lords said the detention was unlawful.'), [['House of Lords', 'government', true]]);
});

test('shadow ministers are politicians with a portfolio in between; an agent works for the body named with it', () => {
  assert.deepEqual(who('Tim Cole, the shadow education secretary, said it was a boost.'), [['Tim Cole', 'politician', true]]);
  assert.deepEqual(who('His agent said the player would stay.'), [['his agent', 'business', false]]);
  assert.deepEqual(who('A Border Patrol agent said the men crossed at night.'), [['a Border Patrol agent', 'law_enforcement', false]]);
});

test('a day opens a name after "the" ("the Sunday Times"), not a source\'s time ("officials said on Sunday")', () => {
  assert.deepEqual(who('Profits fell, according to the Sunday Times.'), [['Sunday Times', 'media', true]]);
  assert.deepEqual(who('The Sunday Telegraph said the minister would resign.'), [['Sunday Telegraph', 'media', true]]);
  assert.deepEqual(who('Profits fell sharply in March, officials said on Sunday.'), [['officials', 'government', false]]);
});

test('a name shaped like a person\'s that employs analysts or economists is an organisation; foreign company forms are firms', () => {
  assert.deepEqual(who('Jo Lee, an analyst at Harlan Vance, said the shares were cheap. Harlan Vance said it would cut jobs.'), [['Jo Lee', 'expert', true], ['Harlan Vance', 'business', true]]);
  assert.deepEqual(who('Tom Reed, a lawyer for John Hale, said he was innocent. John Hale said he would appeal.').map((r) => r[1]), ['other', 'citizen']);
  assert.deepEqual(who('Zylo Werke AG said sales rose.'), [['Zylo Werke AG', 'business', true]]);
});
