// The stopword package ships no types: each ISO 639-3 code is an array of words.
declare module 'stopword' {
  const lists: Record<string, string[] | ((...args: unknown[]) => unknown)>;
  export = lists;
}
