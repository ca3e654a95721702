/**
 * Declared stage parameters (after vega transforms): each stage lists its parameters once
 * (name, type, default, description); the list validates options eagerly and documents the stage.
 * @module
 */

/** One declared parameter. */
export interface Param {
  name: string;
  type: 'boolean' | 'integer' | 'number' | 'string' | 'string[]' | 'enum';
  default: unknown;
  values?: readonly string[];
  min?: number;
  description: string;
}

/**
 * Validates `options` against declared params and returns them with defaults filled in.
 * @throws TypeError naming the stage and parameter on unknown names or wrong types.
 */
export function resolveParams<T>(stage: string, params: readonly Param[], options: object | undefined): T {
  const out: Record<string, unknown> = {};
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) throw new TypeError(`${stage}: options must be an object, got ${JSON.stringify(options)}`);
  const given = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!params.some((p) => p.name === key)) {
      throw new TypeError(`${stage}: unknown option ${JSON.stringify(key)}; ${params.length ? `known: ${params.map((p) => p.name).join(', ')}` : 'it takes no options'}`);
    }
  }
  for (const p of params) {
    const v = given[p.name];
    if (v === undefined) {
      out[p.name] = p.default;
      continue;
    }
    const bad = (want: string) => new TypeError(`${stage}: option ${p.name} must be ${want}, got ${JSON.stringify(v)}`);
    switch (p.type) {
      case 'boolean':
        if (typeof v !== 'boolean') throw bad('a boolean');
        break;
      case 'integer':
        if (!Number.isInteger(v) || (p.min !== undefined && (v as number) < p.min)) throw bad(`an integer${p.min !== undefined ? ` ≥ ${p.min}` : ''}`);
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('a finite number');
        break;
      case 'string':
        if (typeof v !== 'string') throw bad('a string');
        break;
      case 'string[]':
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad('an array of strings');
        break;
      case 'enum':
        if (!p.values?.includes(v as string)) throw bad(`one of ${p.values?.map((x) => JSON.stringify(x)).join(', ')}`);
        break;
    }
    out[p.name] = v;
  }
  return out as T;
}
