/**
 * JSON encoding of run state for partial files (`--partial`): like JSON, plus Maps
 * (`{"$map": [[k, v], …]}`), Float64Arrays (`{"$f64": […]}`), Int32Arrays (`{"$i32": […]}`) and non-finite numbers, so accumulators round-trip exactly.
 * @module
 */

/** Serialises a value (Maps included) to a JSON string. */
export function encodeState(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (v instanceof Float64Array) return { $f64: Array.from(v) };
    if (v instanceof Int32Array) return { $i32: Array.from(v) };
    if (v instanceof Set) return { $set: [...v.values()] };
    if (typeof v === 'number' && !Number.isFinite(v)) return { $num: String(v) };
    return v;
  });
}

/** Parses what {@link encodeState} wrote. */
export function decodeState<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1) {
        if (keys[0] === '$map' && Array.isArray(o.$map)) return new Map(o.$map as [unknown, unknown][]);
        if (keys[0] === '$f64' && Array.isArray(o.$f64)) return Float64Array.from(o.$f64 as number[]);
        if (keys[0] === '$i32' && Array.isArray(o.$i32)) return Int32Array.from(o.$i32 as number[]);
        if (keys[0] === '$set' && Array.isArray(o.$set)) return new Set(o.$set as unknown[]);
        if (keys[0] === '$num' && typeof o.$num === 'string') return Number(o.$num);
      }
    }
    return v;
  }) as T;
}
