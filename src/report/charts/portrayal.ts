/**
 * The portrayal chart: the tone in which the corpus writes about its most-mentioned people and
 * organisations (table `portrayal`), drawn like the tone-of-statements chart (`source-sentiment`) so the
 * two read side by side: one is what an entity says, this one what is said about it.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { chartOptions, countParam, fmtInt, meanIntervalBody, num, requireColumns, signed, str, tip, tone, topLevel, uniqueLabels } from './common.ts';
import type { Param } from '../../pipeline/params.ts';

const PORTRAYAL_CHART_PARAMS: readonly Param[] = [
  countParam('top', 15, 'entities shown, the most mentioned first'),
  countParam('minN', 5, 'fewest scored mentions an entity needs to be shown'),
];

/**
 * Mean tone toward each entity with its 95% interval (table `portrayal`): the `top` most-mentioned
 * entities with at least `minN` scored mentions; null when none has.
 */
export function portrayalChart(options: { top?: number; minN?: number } = {}): Chart {
  const name = 'portrayal';
  const { top, minN } = chartOptions<{ top: number; minN: number }>(name, PORTRAYAL_CHART_PARAMS, options);
  return {
    name,
    params: PORTRAYAL_CHART_PARAMS,
    table: 'portrayal',
    build(t) {
      requireColumns(name, t, ['entity_id', 'entity', 'kind', 'mentions', 'articles', 'mean_tone', 'tone_ci_low', 'tone_ci_high', 'share_negative', 'share_positive']);
      const all = t.rows.map((r) => ({
        id: str(r.entity_id), entity: str(r.entity), kind: str(r.kind), mentions: num(r.mentions) ?? 0, articles: num(r.articles) ?? 0,
        mean: num(r.mean_tone), low: num(r.tone_ci_low), high: num(r.tone_ci_high), neg: num(r.share_negative) ?? 0, pos: num(r.share_positive) ?? 0,
      }));
      // the table is sorted by mentions already (ties by name, then id): keep its order
      const scored = all.filter((r) => r.mean !== null && r.mentions >= minN);
      const rows = scored.slice(0, top);
      if (!rows.length) return null;
      const labels = uniqueLabels(rows.map((r) => ({ key: r.id, label: `${r.entity} (n = ${fmtInt(r.mentions)})` })), 230);
      const values = rows.map((r) => ({
        entity: labels.get(r.id)!, name: r.entity, kind: r.kind, mean: r.mean!, low: r.low, high: r.high, mentions: r.mentions, articles: r.articles,
        interval: r.low === null || r.high === null ? 'none' : `${signed(r.low)} to ${signed(r.high)}`,
        shares: `${Math.round(100 * r.neg)}% negative, ${Math.round(100 * r.pos)}% positive`, tone: tone(r.mean!),
      }));
      const subtitle = [
        'Mean tone in which articles write about each person or organisation (P(positive) − P(negative) per name mention,',
        `outside its own quotes), with its 95% interval and n, the mentions: the ${rows.length} most mentioned of the ${fmtInt(scored.length)} with at least ${minN} mentions.`,
      ];
      const tooltip = [tip('name', 'Entity'), tip('kind', 'Kind'), tip('mean', 'Mean tone toward it', 'quantitative', '+.3f'), tip('interval', '95% interval'), tip('shares', 'Mentions'), tip('mentions', 'Mentions scored', 'quantitative', ',d'), tip('articles', 'Articles', 'quantitative', ',d')];
      return topLevel('Tone toward each person and organisation', subtitle, meanIntervalBody({ values, label: 'entity', xTitle: 'Mean tone toward the entity (−1 to +1)', tooltip }));
    },
  };
}
