#!/usr/bin/env bash
# Rebuilds the core subsets of DejaVu Sans that the PNG renderer loads first (see README.md here).
# Needs fontTools (Debian: python3-fonttools; made with 4.38.0) and the dejavu-fonts-ttf package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ttf="$(cd "$here/../../.." && node -p "require('path').join(require('path').dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')")"
# Latin (with extensions and combining marks), punctuation, currency, letterlike symbols, arrows,
# the minus sign, geometric shapes and the replacement character
unicodes="U+0020-007E,U+00A0-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-2122,U+2190-2193,U+2212,U+25A0-25CF,U+FFFD"
for f in DejaVuSans DejaVuSans-Bold; do
  python3 -m fontTools.subset "$ttf/$f.ttf" --unicodes="$unicodes" --layout-features='*' --no-hinting \
    --name-IDs=0,1,2,3,4,5,6,13,14 --name-languages=0x409 --name-legacy --notdef-outline \
    --drop-tables+=MATH,FFTM --output-file="$here/$f-core.ttf"
done
