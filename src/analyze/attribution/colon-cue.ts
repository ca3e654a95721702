/**
 * Colon labels: a speaker label at a paragraph start (`WALLACE: If I may …`, `Sanders: Clinton
 * needs …`) and a headline label with a setting (`Okoro to Farmers: …`).
 * @module
 */
import { matchCue } from './cues.ts';
import type { ScanSentence } from './scan.ts';
import { chunk } from './sources.ts';
import { COLON_EXCLUDE } from './words.ts';
import { emit, trimRange, type Ctx } from './context.ts';

/**
 * Colon cues: a speaker label at a paragraph start ("WALLACE: If I may …", "Sanders: Clinton needs …"),
 * running to the paragraph end in a transcript, and a headline label with a setting ("Former Minister Vale
 * at Summit: …"). A cue verb before a colon ("He said: …") is the verb rule's (see `right-content.ts`).
 */
export function colonCue(ctx: Ctx, s: ScanSentence, si: number, t: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  // label at a paragraph (or sentence-0) start, possibly after an opening quote
  let a = s.tokStart;
  if (toks[a].kind === 'quote' && toks[a].qrole === 'open') a++;
  const n = t - a;
  const paraStart = a === s.tokStart || toks[a - 1].kind === 'quote';
  const firstOfPara = s.tokStart === 0 || toks[s.tokStart - 1].para !== toks[s.tokStart].para;
  if (n >= 1 && n <= 4 && paraStart && (firstOfPara || si === 0) && !COLON_EXCLUDE.has(w[a])) {
    let ok = true;
    for (let k = a; k < t; k++) if (!(toks[k].cap || toks[k].text === '.') || toks[k].kind === 'number') ok = false;
    // the label must not be a cue verb phrase and the content must be substantial
    if (ok && t + 3 < s.tokEnd && !rangeHasCue(w, a, t)) {
      const [ca, cb] = trimRange(ctx, t + 1, s.tokEnd);
      // a speaker label in a transcript continues to the paragraph end
      let end = cb;
      if (firstOfPara) {
        let k = s.tokEnd;
        while (k < toks.length && toks[k].para === toks[t].para) k++;
        end = trimRange(ctx, ca, k)[1];
      }
      if (end - ca >= 3 && !nameList(toks, ca, end)) {
        emit(ctx, { sent: si, cueStart: t, cueEnd: t + 1, lemma: ':', source: chunk(a, t), pieces: [[ca, end]] });
        return;
      }
    }
  }
  // headline label with a setting: "Former Minister Vale at Summit: …", "Okoro to Farmers: …"
  if (n >= 3 && n <= 9 && paraStart && firstOfPara && toks[a].para === 0 && !COLON_EXCLUDE.has(w[a]) && t + 3 < s.tokEnd) {
    let pr = -1;
    for (let k = a + 1; k < t; k++) if (w[k] === 'at' || w[k] === 'to' || w[k] === 'on') { pr = k; break; }
    if (pr > a && pr + 1 < t) {
      let ok = true;
      for (let k = a; k < t; k++) if (k !== pr && (!(toks[k].cap || toks[k].text === '.' || toks[k].text === "'s" || toks[k].text === '\u2019s') || toks[k].kind === 'number')) ok = false;
      if (ok && !rangeHasCue(w, a, t)) {
        const [ca, cb] = trimRange(ctx, t + 1, s.tokEnd);
        if (cb - ca >= 3) emit(ctx, { sent: si, cueStart: t, cueEnd: t + 1, lemma: ':', source: chunk(a, pr), pieces: [[ca, cb]] });
      }
    }
  }
}

/** Lower-case words a list of names may contain ("Pierre de Villiers", "Tom and Jerry"). */
const NAME_LIST_GLUE = new Set(['and', 'de', 'van', 'von', 'da', 'del', 'der', 'di', 'le', 'la', 'du', 'al', 'bin']);

/** "Forwards: Nicolas Mas, Sylvain Marconnet, …": a roster of names after a label is no statement. */
function nameList(toks: Ctx['toks'], a: number, b: number): boolean {
  let commas = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.text === ',') commas++;
    else if (t.kind === 'word' && !t.cap && !NAME_LIST_GLUE.has(t.lower)) return false;
    else if (t.kind !== 'word' && !/^[.:()-]$/.test(t.text)) return false;
  }
  return commas >= 2;
}

function rangeHasCue(w: string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (matchCue(w, k)) return true;
  return false;
}
