#!/usr/bin/env bash
# Write the seed corpora of the engine targets (fuzz/corpus/analyze, fuzz/corpus/extract):
# short invented texts with figures and dates. Corpora are not committed (.gitignore), so
# this script is how to start from the same seeds: `bash seed.sh`, then `cargo +nightly fuzz
# run ...`. Existing files are overwritten, the fuzzer's own finds are left alone.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/analyze corpus/extract

# analyze: articles separated by the byte 0x1E; each may have a Title:/Source:/Published:
# header and a blank line, as an article file does.
RS=$'\x1e'
a() { printf '%s' "$2" > "corpus/analyze/seed-$1"; }
a headers "Title: Ferry fire
Source: Harbour Post
Published: 2026-12-03

12 hurt on Friday; repairs cost \$7.3 billion.${RS}Title: Fire on the ferry
Source: Coast Daily
Published: 2026-12-04

Fourteen people were hurt on Friday. Repairs will cost about \$7.31bn."
a dateline "MARLOW BAY, Dec. 2 (Harbour Wire) - More than 300 homes lost power, 40% of the town.${RS}Nearly 300 homes lost power on Tuesday, or two-fifths of Marlow Bay."
a ranges "Between 5 and 6 tonnes of grain, 18-25% of the harvest, arrived in mid-May.${RS}Some 5,500 kg of grain came in early May 2026.${RS}Up to 6,000 kilograms arrived on May 14."
a units "The 240-metre bridge reopened at 9:30 a.m. after three weeks, 2.5 miles upstream.${RS}The 250m bridge reopened at 09:30 after 21 days."
a quarters "Sales rose 3.2 percentage points in Q3 2025 to \$920 million a month, the 2nd rise since the 1990s.${RS}Third-quarter sales climbed 3 points to \$0.9 billion per month in the second half."
a relative "Published: 2026-02-28

Yesterday 1,200 fans came; next Monday, 1.5 million more are expected.${RS}Published: 2024-02-29

On Thursday twelve hundred fans came, a day before last month's end."
a one "Title: Storm
Published: December 3, 2026

Two dead, 17 missing after winds of 120 km/h on 6/7/2026 and 2026-12-01."
a unicode "Über 1.000 Menschen – £4,5 Mio. – am 3. Dezember; 五月 12日; 10–12 ℃; ¼ of 8 km²${RS}About 1,000 people, €4.5m, on 3 December."

# extract: four bytes choose the publication date (fuzz_targets/extract.rs), then the text.
e() { printf "$2" > "corpus/extract/seed-$1"; printf '%s' "$3" >> "corpus/extract/seed-$1"; }
NONE='\x00\x00\x00\x00'
DEC3='\x01\x00\x00\x00'    # 2026-12-03
DEC2='\x01\xff\xff\x00'    # a day earlier
FAR='\x02\xff\xff\xff'     # a day far from now
e none "$NONE" "12 hurt on Friday; \$7.3 billion on June 6, 2026."
e relative "$DEC3" "Yesterday, last month and next Tuesday: 40 hurt, up from 35 a week ago."
e mixed "$DEC2" "About 2,400 workers, 18-25% of staff, left in Q3 2025 over three weeks."
e units "$DEC3" "A 240-metre, 5.5 t lorry at 9:30 p.m. on 12/1; 2 1/2 miles; 3rd in the 1990s."
e far "$FAR" "Early 2025, mid-May, the winter of 1999-2000, 6/7/2026 and 2026-12-01."
e words "$DEC3" "Twelve hundred and five people; a dozen boats; two-thirds of 1.5 million."
echo "seeded $(ls corpus/analyze | grep -c '^seed-') analyze and $(ls corpus/extract | grep -c '^seed-') extract inputs"
