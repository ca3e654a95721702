/**
 * Adversarial texts of about `n` characters for the linear-time test, each around a reporting verb so
 * that the attribution rules run on them too.
 */
export const CASES: Record<string, (n: number) => string> = {
  'run of !': (n) => `He said ${'!'.repeat(n)} Next`,
  'run of .': (n) => `He said ${'.'.repeat(n)} next`,
  'run of …': (n) => `They said ${'…'.repeat(n)} Then`,
  'closing quotes and brackets after a mark': (n) => `He said "yes.${'")]'.repeat(n / 3)} Later`,
  'run of straight double quotes': (n) => `He said ${'"'.repeat(n)} too.`,
  'run of curly quotes': (n) => `He said ${'“'.repeat(n / 2)}${'”'.repeat(n / 2)} too.`,
  'guillemets': (n) => `He said ${'«'.repeat(n / 2)}${'»'.repeat(n / 2)} too.`,
  'alternating quoted words': (n) => `${'"a" '.repeat(n / 4)}he said.`,
  'quoted statements with cues': (n) => '"We will stay," he said. '.repeat(n / 25),
  'unclosed quotes with cues': (n) => '"We will stay, he said. '.repeat(n / 24),
  'long word': (n) => `He said ${'x'.repeat(n)}.`,
  'dotted capitals': (n) => `He said ${'A.'.repeat(n / 2)}`,
  'hyphen chain': (n) => `He said ${'a-'.repeat(n / 2)}b.`,
  'apostrophe chain': (n) => `He said ${"a'".repeat(n / 2)}b.`,
  'run of dashes': (n) => `He said ${'-'.repeat(n)} then.`,
  'nested brackets': (n) => `He said ${'('.repeat(n / 2)}${')'.repeat(n / 2)}.`,
  'line breaks': (n) => `He said\n${'A\n'.repeat(n / 2)}`,
  'paragraphs': (n) => `He said:\n\n${'A.\n\n'.repeat(n / 4)}`,
  'capitalised names': (n) => `${'Smith Jones '.repeat(n / 12)}said.`,
  'cues without punctuation': (n) => 'he said '.repeat(n / 8),
  'colons': (n) => 'Officials said: '.repeat(n / 16),
};
