import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetFeatures } from '../src/analyze/portrayal/features.ts';
import { classProbs, targetTone, toneOf } from '../src/analyze/portrayal/model.ts';
import { learn } from '../eval/train-portrayal.ts';
import { attributions, createContext, extractAttributions, portrayEntities, type Doc } from '../src/index.ts';

test('targetFeatures: target words are left out, near words and clause words are marked', () => {
  const s = 'The reckless mayor wrecked the budget, but Smith praised the workers.';
  const f = targetFeatures(s, s.indexOf('mayor'), s.indexOf('mayor') + 5);
  assert.equal(f.has('n:mayor'), false);
  assert.equal(f.get('l:reckless'), 1);
  assert.equal(f.get('c:wrecked'), 1);
  assert.equal(f.has('c:praised'), false, 'praise is in the other clause');
  assert.ok((f.get('vNear') ?? 0) < 0);
});

test('targetFeatures: a mention inside quotes and the speaker of a quote are flagged', () => {
  const s = '"We failed the voters," Jones said.';
  const f = targetFeatures(s, s.indexOf('Jones'), s.indexOf('Jones') + 5);
  assert.equal(f.get('q:speaker'), 1);
  assert.ok((f.get('vq') ?? 0) < 0, 'valence of the quote is counted apart');
  assert.equal(f.get('vAll'), 0);
  const s2 = 'He said "Brown is a liar".';
  assert.equal(targetFeatures(s2, s2.indexOf('Brown'), s2.indexOf('Brown') + 5).get('q:in'), 1);
});

test('targetFeatures rejects a span outside the sentence', () => {
  assert.throws(() => targetFeatures('short', 3, 9), RangeError);
  assert.throws(() => targetFeatures('short', 2, 2), RangeError);
});

test('targetTone: two targets of one sentence can get opposite tones', () => {
  const s = 'Adams was praised for her brave leadership, while Baker was accused of fraud and corruption.';
  const a = targetTone(s, 0, 5);
  const b = targetTone(s, s.indexOf('Baker'), s.indexOf('Baker') + 5);
  assert.equal(a.tone, 'positive');
  assert.equal(b.tone, 'negative');
  assert.ok(a.score > b.score);
  assert.deepEqual(targetTone(s, 0, 5), a, 'deterministic');
});

test('toneOf: argmax with ties toward neutral, score = P(pos) − P(neg)', () => {
  assert.equal(toneOf([0.4, 0.4, 0.2]).tone, 'neutral');
  assert.equal(toneOf([0.5, 0.1, 0.4]).tone, 'negative');
  assert.ok(Math.abs(toneOf([0.1, 0.2, 0.7]).score - 0.6) < 1e-12);
});

test('learn: deterministic and separates a separable toy set', () => {
  const xs = [['good', 1], ['bad', -1], ['meh', 0], ['good', 1], ['bad', -1], ['meh', 0]].map(([w]) => new Map([['bias', 1], [`n:${w}`, 1]]));
  const ys = [1, -1, 0, 1, -1, 0] as const;
  const p = { minDf: 1, lambda: 1e-3, epochs: 100, rate: 0.5 };
  const w1 = learn(xs, [...ys], p);
  assert.deepEqual(learn(xs, [...ys], p), w1);
  assert.equal(toneOf(classProbs(new Map([['bias', 1], ['n:good', 1]]), w1)).tone, 'positive');
  assert.equal(toneOf(classProbs(new Map([['bias', 1], ['n:bad', 1]]), w1)).tone, 'negative');
  assert.equal(toneOf(classProbs(new Map([['bias', 1], ['n:meh', 1]]), w1)).tone, 'neutral');
});

test('targetProbs (the scoring path) gives exactly classProbs(targetFeatures(…)) for every capitalised word of the sample articles', async () => {
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { repoRoot } = await import('./helpers/corpora.ts');
  const { splitSentences } = await import('../src/text/sentences.ts');
  const { sentenceContext } = await import('../src/analyze/portrayal/features.ts');
  const { getPortrayalWeights, targetProbs } = await import('../src/analyze/portrayal/model.ts');
  const weights = getPortrayalWeights();
  const texts = readFileSync(path.join(repoRoot, 'data/samples.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  texts.push(readFileSync(path.join(repoRoot, 'data/wsws-2008-04-26-sadr-city-iran.md'), 'utf8'));
  let checked = 0;
  for (const text of texts) {
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const ctx = sentenceContext(sentence);
      for (const m of sentence.matchAll(/\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)*/gu)) {
        const [from, to] = [m.index, m.index + m[0].length];
        // twice on one context: the second call reuses the sentence's looked-up rows
        for (let r = 0; r < 2; r++) assert.deepEqual(targetProbs(ctx, from, to, weights), classProbs(targetFeatures(sentence, from, to), weights), `${sentence} @ ${m[0]}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 200, `only ${checked} mentions checked`);
});

test('portrayEntities: acronyms that are common nouns (TV, PCs, DVD, GDP) are no entities; the companies are', async () => {
  const { portrayEntities } = await import('../src/analyze/portrayal/index.ts');
  const names = portrayEntities('The TV market grew strongly. Sony praised the new PCs, while DVD sales fell and GDP stalled. Sony thrived.').map((e) => e.name);
  assert.deepEqual(names, ['Sony']);
});

test('portrayEntities scores the pronouns and descriptions that refer to an entity, not possessives', () => {
  const t = 'Mayor John Smith unveiled a plan on Monday. Critics said he had wasted millions. The mayor was booed by the crowd. His plan collapsed.';
  const [smith] = portrayEntities(t, extractAttributions(t));
  const spans = smith.mentions.map((m) => t.slice(m.start, m.end));
  assert.deepEqual(spans, ['John Smith', 'he', 'The mayor']);
  // the same with the entities listed by the attributions stage
  const r = attributions({ entities: true });
  const doc = { article: { id: 'a', text: t } } as Doc;
  r.run(doc, createContext({ log: null }));
  assert.deepEqual(portrayEntities(t, doc.attributions, undefined, doc.entities)[0].mentions.map((m) => t.slice(m.start, m.end)), spans);
});
