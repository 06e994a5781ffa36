//! The annotated judgement corpus (`tests/fixtures/corpus/`, format and split in its README):
//! realistic stories, 40 or more, split into `dev` (fitted and tuned on) and `test` (written
//! before any tuning, only ever measured). Two tests: `corpus_fixtures_resolve` checks the
//! annotation itself and the split's size; `corpus_scores_hold` prints both scorers' scores
//! on both splits, writes them to `target/corpus-scores.json`, and holds the default engine
//! to floors set just under what it measured, so judgement cannot silently get worse.

use crosscheck::engine::config::Scorer;
use crosscheck::engine::{analyze_mentions, Config, MentionRef, Verdict};
use crosscheck::eval::{load_split, row, same_source, score, sources, story_interval, Counts, Sources};
use serde_json::json;

/// The default engine's scores (the fitted scorer, two witnesses and the vetting model for
/// red) measured on 2026-12-05, end of the fifteenth stop (`cargo run --release --example
/// corpus_scores`: dev, 296 stories, 0.814 / 0.199 / 0.796 / 0.874; test, 65 stories, 0.831 /
/// 0.206 / 0.778 / 0.883), less a small margin: (split, red precision, red recall, agreement
/// recall, look-alikes apart). The vetting model (fifteenth stop) moved red precision up and
/// red recall down on both splits (test 0.701 / 0.320 before it): the pairs it is less sure of
/// are possible contradictions now, which these floors do not count. A third batch, val18,
/// joined dev after that (312 stories: 0.803 / 0.196 / 0.790 / 0.874), so the dev agreement
/// floor is 0.78. At the end of the sixteenth stop (the vetting model's claim inputs, refitted
/// on 328 dev stories with val19): dev 0.835 / 0.194 / 0.790 / 0.873; test 0.847 / 0.214 /
/// 0.780 / 0.883. Then val20 joined dev (344 stories: 0.812 / 0.189 / 0.786 / 0.872; its
/// writers annotated 101 contradictions of which the engine marks 5), so the dev recall
/// floor was 0.18. Then the told-twice shortcut skipped the vetting model in snippets only: dev
/// 0.855 / 0.178 / 0.786 / 0.872, test 0.893 / 0.201 / 0.780 / 0.883; the dev recall floor is 0.17 and the
/// precision floors 0.84 (dev) and 0.87 (test). At the end of the seventeenth stop (a day the
/// other article also gives is at most possible) val21 joined dev, whose writers' look-alikes
/// the engine keeps apart 80.5% of the time (360 stories: 0.857 / 0.174 / 0.784 / 0.869), so
/// the dev apart floor is 0.86. Then val22 joined dev (376 stories: 0.847 / 0.168 / 0.781 /
/// 0.868; its writers annotated 108 contradictions of which the engine marks 2), so the dev
/// recall floor is 0.16. At the end of the eighteenth stop (two verdict fixes, a window of
/// clock times at most possible) val23 and val24 joined dev (408 stories: 0.852 / 0.163 /
/// 0.781 / 0.867), then val25, written after every change (424 stories: 0.852 / 0.160 / 0.778
/// / 0.865; its writers' agreeing pairs are found 70.6% of the time), so the dev agreement
/// floor is 0.77 and the recall floor 0.15; on the 408 stories before val25 nothing fell.
/// In the nineteenth stop (dates of mixed forms joined into ranges) val26 joined dev, written
/// before the change and measured with both engines (70.0% red precision with each): 440
/// stories, 0.847 / 0.160 / 0.774 / 0.864; no floor moved. Then val27 (45.5% with each
/// engine) and ratios read as shares: 456 stories, 0.841 / 0.158 / 0.775 / 0.864. Then
/// val28 (60.0% red precision with both engines, 18 of 30) joined: 472 stories, 0.830 /
/// 0.160 / 0.773 / 0.863, so the dev precision floor is 0.82; on the 456 stories before it
/// nothing fell. In the twentieth stop (converted amounts) val29 joined dev, measured with
/// both engines (50.0%, 4 of 8, with each): 488 stories, 0.835 / 0.157 / 0.773 / 0.862; no
/// floor moved. Then val30 (47.6% with the engine as the stop began, 50.0% with the
/// conversion change): 504 stories, 0.825 / 0.155 / 0.771 / 0.861; no floor moved. Then,
/// after heights, areas and crore were read, val31 (85.2% with both engines, 23 of 27): 520
/// stories, 0.825 / 0.157 / 0.771 / 0.860 (apart 14,159 of 16,466), so the dev apart floor
/// is 0.85; on the 504 stories before val31 nothing fell. Then val32 (25.0% red precision
/// with the engine as the twenty-first stop began, 4 of 16) joined: 536 stories, 0.813 /
/// 0.154 / 0.770 / 0.858, so the dev precision floor is 0.81; with that stop's changes, 0.818
/// / 0.155 / 0.771 / 0.858. Then val33 (38.1% red precision with the engine as the stop
/// began, 8 of 21, and as it ended) joined: 552 stories, 0.806 / 0.152 / 0.770 / 0.858 (agreement
/// 26,631 of 34,590, just under 0.77), so the dev precision floor is 0.80 and the agreement
/// floor 0.76. A vetting cut of 0.7 was tried that stop and left out (val33:
/// 35.0%, 7 of 20; docs/judgement.md). In the twenty-second stop val34 (75.0% red precision
/// with the engine as the stop began, 21 of 28) joined: 568 stories, 0.805 / 0.154 / 0.770 /
/// 0.858; no floor moved. Then val35 (70.8%, 17 of 24), and WordNet's persons for the
/// groups "people" stands for: 584 stories, 0.804 / 0.156 / 0.769 / 0.857; no floor moved.
/// Then updates that link without words, and val36 (90.5% with the engine as the stop began,
/// 90.9% with the changes): 600 stories, 0.810 / 0.156 / 0.770 / 0.857. Then val37 (80.0%,
/// 12 of 15, with the engine as the stop began and as it ended): 616 stories, 0.810 / 0.157 /
/// 0.770 / 0.856; test at the end of that stop 0.897 / 0.196 / 0.785 / 0.882. Then val38
/// (eight stories, 62.5% with both engines): 624 stories, 0.808 / 0.157 / 0.770 / 0.855. No
/// floor moved. In the twenty-third stop, the history join and val39 (64.3%, 9 of 14, with
/// both engines): 640 stories, 0.805 / 0.156 / 0.769 / 0.856; no floor moved. Then the
/// update words and val40 (47.6%, 10 of 21, with both engines): 656 stories, 0.799 / 0.156 /
/// 0.769 / 0.855. The dev red precision floor went from 0.80 to 0.79: val40 holds 11 false
/// red pairs of 21, and on the 640 stories before it the engine scored 0.806. Then val41
/// (eight stories, 55.6%, 5 of 9, with both engines): 664 stories, 0.796 / 0.155 / 0.768 /
/// 0.854; no floor moved. Then val42 (twelve market stories, 45.5%, 5 of 11, with both
/// engines): 676 stories, 0.792 / 0.155 / 0.768 / 0.855; no floor moved. In the
/// twenty-fourth stop no judgement changed (a vetting refit was tried and left out); val43
/// (60.0%, 6 of 10) and val44 (50.0%, 8 of 16) joined: 700 stories, 0.785 / 0.152 / 0.765 /
/// 0.854. The dev red precision floor went from 0.79 to 0.78. Then units and currencies from
/// the word list and val45 (27.3%, 3 of 11, as the stop began; 33.3%, 3 of 9, as it ended):
/// 712 stories, 0.782 / 0.151 / 0.764 / 0.853; no floor moved. In the twenty-fifth stop
/// only extraction changed (fiscal years, barrels a day, rate moves in points, storm
/// categories, ringgit and rupiah signs); val46 (82.4%, 14 of 17), val47 (50.0%, 8 of 16)
/// and val48 (58.6%, 17 of 29), the same with both engines, joined: 748 stories, 0.772 /
/// 0.1499 / 0.766 / 0.852. The dev red precision floor went from 0.78 to 0.77 and the
/// recall floor from 0.15 to 0.14. Then val49 (60.0%, 3 of 5, with both engines): 760
/// stories, 0.772 / 0.148 / 0.764 / 0.851; no floor moved. Test at the end of that stop:
/// 0.891 (122 of 137; one false red more than at its start, a policy rate of 4.75% against
/// another 4.61%, and one real one) / 0.196 / 0.791 / 0.883; no floor moved. In the
/// twenty-sixth stop, converted units' rounding, ranges as candidates and the higher bar for
/// red percentages: 760 stories 0.783 / 0.144 / 0.765 / 0.851. Then val50 (63.6%, 7 of 11),
/// val51 (38.1% as the stop began, 40.0% as it ended), val52 (41.7%, then 45.5%) and val53
/// (16.7%, 2 of 12, with both engines) joined: 808 stories, 0.763 / 0.137 / 0.762 / 0.849.
/// The dev floors went from 0.77 to 0.76 (red precision), 0.14 to 0.13 (recall) and 0.85 to
/// 0.84 (apart): on the 760 stories before them every score rose or held. Then the vetting
/// model was refitted on the 808 stories, each fixture pair counted 20 times (held out by
/// batch, the eight latest batches' red pairs were real 58% of the time against 53%; val54,
/// written after, 66.7% against 55.6%): 0.799 / 0.102 / 0.762 / 0.849 (in-sample now), so the
/// dev recall floor went from 0.13 to 0.10. Test at the end of that stop, measured once
/// after the choices: 0.891 (122 of 137) / 0.196 as it began; 0.894 (118 of 132) / 0.190
/// after the first three changes (the higher bar for percentages took 4 real pairs and 1
/// false); 0.908 (99 of 109) / 0.159 / 0.791 / 0.883 after the refit, so the test recall floor
/// went from 0.19 to 0.15: test was written early, in the style of the stories the old table
/// was fitted on, where its red pairs were right four times in five. Then val54 joined (820
/// stories): 0.797 / 0.102 / 0.761 / 0.848; no floor moved. Then race times as durations:
/// 0.801 / 0.101 / 0.761 / 0.848; test unchanged. In the twenty-seventh stop, two maxima
/// that differ diverge, and written-out dates a day, month or year apart are close for the
/// fitted scorer: 820 stories 0.797 / 0.114 / 0.760 / 0.848 (72 real red pairs more, 22
/// false; 54 agreements fewer). Then val55 (90.5%, 19 of 21, as the stop began; 90.9%, 20 of
/// 22, as it ended), val56 (85.7%, 6 of 7, both) and val57 (50.0%, 2 of 4; then 71.4%, 5 of
/// 7) joined: 856 stories, 0.800 / 0.113 / 0.759 / 0.846, so the dev agreement floor went
/// from 0.76 to 0.75 (val56 and val57 link 69% and 71% of their agreeing pairs). Test at the
/// end of that stop, measured once after the choices: 0.908 (99 of 109) / 0.159 / 0.791 /
/// 0.883 as it began, 0.919 (113 of 123) / 0.182 / 0.791 / 0.884 as it ended. In the
/// twenty-eighth stop two market quotes a fraction apart are at most possible: 856 stories
/// 0.806 / 0.113 / 0.759 / 0.846. Then val58 (54.5%, 6 of 11) and val59 (65.2%, 15 of 23),
/// both unchanged by it, joined: 880 stories, 0.799 / 0.113 / 0.759 / 0.846; no floor moved.
/// Test at the end of that stop, measured once with both engines: 0.919 (113 of 123) / 0.182
/// / 0.791 / 0.884, unchanged.
/// In the twenty-ninth stop two dollars more than twice apart are not compared and no claim is
/// held together by a doubtful contradiction alone: 880 stories 0.799 / 0.113 / 0.759 / 0.848.
/// Then val60 (62.5%, 5 of 8) and val61 (66.7%, 10 of 15) joined: 904 stories, 0.795 / 0.112
/// / 0.758 / 0.847; no floor moved.
/// In the thirtieth stop val62 (72.7%, 8 of 11 at the start; 75.0%, 9 of 12 after the stop's
/// date readers) joined: 916 stories, 0.794 / 0.112 / 0.758 / 0.846; no floor moved.
/// In the thirty-first stop val63 (100%, 8 of 8 at the start) joined after the stop's first
/// readers (day lists, points then levels, pence and cents, the taka's sign): 928 stories,
/// 0.794 / 0.112 / 0.762 / 0.846; no floor moved. Then val64 (70.6%, 12 of 17 at the start;
/// 71.4%, 10 of 14 with the stop's readers) joined: 940 stories, 0.793 / 0.112 / 0.760 /
/// 0.846; no floor moved.
/// In the thirty-second stop val65 (85.7%, 12 of 14, with the start engine and the end
/// engine) joined after the stop's readers: 952 stories, 0.796 / 0.112 / 0.770 / 0.845; no
/// floor moved. Then val66 (44.4%, 4 of 9, with both engines) joined: 964 stories, 0.793 /
/// 0.111 / 0.770 / 0.845; no floor moved.
/// In the thirty-third stop val67 (45.5%, 5 of 11, with the start engine) joined after the
/// stop's first readers ("one" by place or group, sources): 976 stories, 0.789 / 0.111 / 0.771
/// / 0.845; no floor moved. At the end of the stop, with the lower bar for merges that add no
/// contradiction, val68 (60.0%, 6 of 10, with both engines) joined: 988 stories, 0.787 / 0.110
/// / 0.777 / 0.842; no floor moved. Then single agreeing pairs linked on less evidence too and
/// val69 (87.5%, 7 of 8, with every engine of the stop) joined: 1,000 stories, 0.788 / 0.109 /
/// 0.780 / 0.841; no floor moved.
/// In the thirty-fourth stop val70 (77.8%, 7 of 9, with the start engine) and val71 (52.9%, 9
/// of 17, with the start engine and after the stop's change) joined, with a conversion joining
/// two claims: 1,024 stories, 0.785 / 0.108 / 0.789 / 0.839. The apart floor went down (0.84
/// to 0.83): the two batches keep 80.8% and 77.9% of their look-alikes apart, and the stop's
/// start engine measured the same 0.839 on the 1,024 stories. At the end of the stop, with a
/// conversion after "or" and times taken read as specific, val72 (50.0%, 5 of 10, with every
/// engine of the stop) joined: 1,036 stories, 0.785 / 0.108 / 0.791 / 0.838; no floor moved.
/// Then "pounds" was read as sterling among words of money and val73 (70.0%, 7 of 10, with
/// every engine of the stop) joined: 1,048 stories, 0.783 / 0.108 / 0.791 / 0.838; no floor
/// moved. Last, val74 (80.0%, 12 of 15, with the start and the end engine; written after every
/// change was decided) joined: 1,060 stories, 0.783 / 0.108 / 0.791 / 0.837; no floor moved.
/// In the thirty-fifth stop a figure cut short by its last decimal is a rounding and two
/// quotes to the cent more than 5% apart are at most possible: 1,060 stories 0.795 / 0.108 /
/// 0.791 / 0.837. Then val75 (70.0%, 7 of 10, with every engine of the stop) and val76
/// (48.0%, 12 of 25, then 50.0%, 12 of 24; written after those changes were chosen) joined,
/// and a toll's new level took its far subject's casualty: 1,084 stories, 0.787 / 0.108 /
/// 0.791 / 0.836; no floor moved. Then bounds below zero were read the right way round and
/// val77 (18.2%, 2 of 11, with the start and the end engine) joined: 1,096 stories, 0.782 /
/// 0.107 / 0.791 / 0.836; no floor moved.
/// In the thirty-sixth stop a trend verb's subject is looked for in its own sentence, "stood
/// at" makes a count's level, and a figure of three or more digits cut short by all its
/// decimals is a rounding; val78 (54.5%, 6 of 11, with the start engine; 66.7%, 6 of 9, with
/// the last change) joined: 1,108 stories, 0.781 / 0.106 / 0.791 / 0.836; no floor moved.
/// Then two precise amounts that differ in several digits became at most possible and a
/// depth stopped meeting a distance; val79 and val80 joined: 1,132 stories, 0.802 / 0.102 /
/// 0.790 / 0.835; no floor moved. Then two hedged estimates diverged past a tenth of the
/// larger and val81 (69.6%, 16 of 23, with the start engine; 73.7%, 14 of 19, with the end
/// one) joined: 1,144 stories, 0.804 / 0.104 / 0.790 / 0.836; no floor moved.
/// In the thirty-seventh stop a background figure took its earlier event's date as its anchor
/// and an update stopped counting as a disagreement when two groups merge; val82 (100.0%, 11
/// of 11), val83 (77.3%, 17 of 22) and val84 (100.0%, 10 of 10), each the same with the start
/// and the end engine, joined: 1,180 stories, 0.811 / 0.104 / 0.789 / 0.836; no floor moved.
/// Then val85 (76.9%, 10 of 13, with the start and the end engine) joined, and a period tied
/// only figures of its own clause: 1,192 stories, 0.812 / 0.104 / 0.788 / 0.835; no floor
/// moved. In the thirty-eighth stop the page's own times and stamp dates left the analysis;
/// val86 (87.5%, 14 of 16) and val87 (73.3%, 11 of 15), each the same with the start and the
/// end engine, joined: 1,216 stories, 0.815 / 0.104 / 0.788 / 0.835; no floor moved.
/// In the thirty-ninth stop a figure "nearly" reached became an estimate against another and
/// a period opening its sentence framed its figures; val88 (85.7%, 6 of 7, with the start
/// engine), val89 (52.6%, 10 of 19), val90 (73.3%, 11 of 15), val91 (81.8%, 9 of 11) and
/// val92 (64.3%, 9 of 14; the last three the same with the end engine) joined: 1,276 stories,
/// 0.810 / 0.103 / 0.788 / 0.834; no floor moved. In the fortieth stop burned land, the rescued,
/// streaks and ages grew as tolls do, half-hour zones and days beside a named clock were read,
/// and speeds took the higher bar; val93 (75.0%, 6 of 8, with the start engine) and val94
/// (81.8%, 9 of 11, with the start and the end engine) joined: 1,300 stories, 0.820 / 0.101 /
/// 0.788 / 0.834; no floor moved (recall is 0.001 above its floor). In the forty-first stop
/// ages stopped meeting counts, damaged buildings grew as tolls do and a clock read to the
/// second met its minute; val95 (80.0%, 8 of 10, with the start and the end engine), val96
/// (68.2%, 15 of 22, with the start engine; 83.3%, 15 of 18, with the end one) and val97
/// (83.3%, 10 of 12, with both) joined: 1,336 stories, 0.822 / 0.101 / 0.789 / 0.834; no
/// floor moved. In the forty-second stop a report's plain level and the level it moved to
/// became one count's history, counts given "so far" were updated by larger later ones and
/// "three-quarters of a percentage point" was read; val98 (85.7%, 6 of 7, with the start and
/// the end engine), val99 (40.0%, 2 of 5, with both) and val100 (100%, 15 of 15, with both)
/// joined: 1,372 stories, 0.825 / 0.101 / 0.787 / 0.832; no floor moved.
/// At the end of the fourteenth stop: dev, 264 stories, 0.723 / 0.342 / 0.801 / 0.878; test
/// 0.701 / 0.320 / 0.778 / 0.883. The dev floors went down (red precision 0.75 to 0.72, recall 0.35 to
/// 0.34, apart 0.88 to 0.87) when four validation batches that score lower (61.7%, 53.7%, 29.0%
/// and 44.1% red precision) joined dev; on the 200 stories dev held before them the engine rose
/// from 0.761 to 0.781. The rules scorer alone measured dev 0.22 / 0.34 / 0.58 / 0.92 and test
/// 0.14 / 0.35 / 0.52 / 0.89 on 2026-12-03.
const FLOORS: [(&str, f64, f64, f64, f64); 2] =
    [("dev", 0.76, 0.10, 0.75, 0.83), ("test", 0.87, 0.15, 0.75, 0.88)];

/// Sources (`engine::attribution`) measured the same day, with a margin: (split, least share of
/// annotated sources found, most share of figures without one that get a source anyway). Many
/// of the latter are sources the annotators did not write down, so it is no precision: of the
/// 162 that the eleventh stop's verbs ("has offered", "say", "expects") added on dev, about 15
/// name nobody ("use card-acceptance services"), the rest officials, police, companies. Measured
/// at the end of the twelfth stop: dev (168 stories) 1,729 of 2,973 found, 1,447 of 8,666
/// given; test (65 stories) 649 of 1,262, 480 of 3,264. The thirteenth stop changed no source
/// but added 32 dev stories whose writers wrote fewer sources down (a figure given one where
/// none was annotated: 21% and 18% in the two batches): dev (200 stories) 2,038 of 3,566
/// found, 1,801 of 10,462 given (17.2%), so the dev ceiling is 0.18. The fourteenth stop's 48 dev
/// stories and the 16 written after them annotate sources more often than the engine finds
/// them: dev (264 stories) 2,634 of 4,837 found (54.5%), 2,234 of 13,668 given (16.3%), so the
/// dev floor was 0.54. The fifteenth stop's 32 dev stories, no source changed: dev (296
/// stories) 2,902 of 5,444 found (53.3%), 2,446 of 15,261 given (16.0%); the dev floor was 0.53.
/// The sixteenth stop changed no source; val19 joined dev (328 stories: 3,145 of 5,984 found (52.6%), 2,634 of 16,878 given (15.6%)), so the dev
/// floor was 0.52. The seventeenth stop changed no source; val21 and val22 joined dev (376
/// stories: 3,474 of 6,679 found (52.0%), 2,990 of 19,563 given (15.3%)), so the dev floor was 0.51.
/// The eighteenth stop changed no source; val23 and val24 joined dev (408 stories: 3,670 of
/// 7,214 found (50.9%), 3,206 of 21,211 given (15.1%); val24's writers named 319 sources, the
/// engine found 103), so the dev floor was 0.50. The twentieth stop changed no source; val29
/// joined dev (488 stories: 4,294 of 8,641 found (49.7%), 3,842 of 25,499 given (15.1%)), so
/// the dev floor is 0.49. Later in that stop sources were read in more places (passives with
/// "by", "put ... at", a speaker before an aside in commas): dev 4,845 found (52.7%), 4,185 of
/// 27,306 given (15.3%); test 672 of 1,262 found (53.2%), 496 of 3,267 given (15.2%), so the
/// test ceiling is 0.16. The figures newly given a source on test were read one by one: the 15
/// left unannotated all name who spoke ("The union, whose members backed the strike by 82%,
/// said"), and two annotated "the airline" and "the union" get the same speakers as their
/// sentences name them ("The Mumbai-based carrier"). Reading them also showed "Screen
/// Holdings, which dropped 8.1% on Friday, added 0.6%", a gain and no speech, so "added"
/// does not take the speaker before an aside (2 figures on test, none on dev). Then "he said"
/// and "she said" took the person the sentence before named in full: dev 4,908 found
/// (53.4%), 4,216 given (15.4%); test 682 found (54.0%), 497 given (15.2%). The twenty-first
/// stop read short names in brackets before "said", names joined by "of" and "and", a name in
/// commas after a title, "it said", figures "had forecast" or "released by" someone, and the
/// scorer took initials for a name ("DHSC"): dev (552 stories) 5,656 of 9,738 found (58.1%),
/// 4,655 of 28,967 given (16.1%); test 719 found (57.0%), 513 given (15.7%), so both floors
/// were 0.55. No source changed since; the thirty-eighth stop's val86 and val87, whose writers
/// name more sources than the engine finds (184 of their 407 found, 45.2%), took dev (1,216 stories)
/// from 12,412 of 22,521 found (55.1%) to 12,596 of 22,928 (54.9%; 11,311 of 74,061 given,
/// 15.3%), so the dev floor is 0.54. The thirty-ninth stop's val88 to val92 took dev (1,276
/// stories) to 13,182 of 24,208 found (54.5%; 12,057 of 78,241 given, 15.4%), the fortieth
/// stop's val93 and val94 to 13,419 of 24,719 (54.3%; 12,323 of 80,009 given, 15.4%), the
/// forty-first stop's val95 to val97 to 13,834 of 25,508 (54.2%; 12,745 of 82,540 given,
/// 15.4%), the forty-second stop's val98 to val100 to 14,250 of 26,304 (54.2%; 13,173 of
/// 85,075 given, 15.5%): 0.002 above the floor.
const SOURCE_FLOORS: [(&str, f64, f64); 2] = [("dev", 0.54, 0.18), ("test", 0.55, 0.16)];

fn totals(split: &str, scorer: Scorer) -> Counts {
    let config = Config { scorer, ..Config::default() };
    let mut total = Counts::default();
    for story in load_split(split) {
        let an = analyze_mentions(&story.articles, story.mentions.clone(), &config);
        total.add(&score(&story, &an).counts);
    }
    total
}

#[test]
fn corpus_fixtures_resolve() {
    let mut errors = Vec::new();
    let mut sizes = Vec::new();
    for split in ["dev", "test"] {
        let stories = load_split(split);
        let articles: usize = stories.iter().map(|s| s.articles.len()).sum();
        sizes.push((split, stories.len(), articles));
        for s in &stories {
            if s.articles.len() < 3 {
                errors.push(format!(
                    "{split}/{}: {} articles, a story needs three",
                    s.name,
                    s.articles.len()
                ));
            }
            if s.annotated.is_empty() {
                errors.push(format!("{split}/{}: no annotated facts", s.name));
            }
            errors.extend(s.errors.iter().map(|e| format!("{split}/{}: {e}", s.name)));
        }
    }
    let total_stories: usize = sizes.iter().map(|s| s.1).sum();
    let total_articles: usize = sizes.iter().map(|s| s.2).sum();
    let test = sizes.iter().find(|s| s.0 == "test").copied().unwrap_or(("test", 0, 0));
    assert!(errors.is_empty(), "corpus annotation problems:\n{}", errors.join("\n"));
    assert!(total_stories >= 40 && total_articles >= 120, "corpus too small: {sizes:?}");
    assert!(test.1 >= 10 && test.2 >= 30, "test split too small: {test:?}");
}

#[test]
fn corpus_scores_hold() {
    let mut report = serde_json::Map::new();
    let mut failures = Vec::new();
    for (split, precision, recall, agree, apart) in FLOORS {
        let rules = totals(split, Scorer::Rules);
        let fitted = totals(split, Scorer::Fitted);
        println!("{}", row(&format!("{split}, rules"), &rules));
        println!("{}", row(&format!("{split}, fitted (default)"), &fitted));
        for (name, c) in [("rules", &rules), ("fitted", &fitted)] {
            report.insert(
                format!("{split}/{name}"),
                json!({
                    "red_precision": c.red_precision(),
                    "red_recall": c.red_recall(),
                    "agreement_recall": c.agree_recall(),
                    "apart": c.apart_accuracy(),
                    "red": c.red, "red_right": c.red_right,
                    "diverge": c.diverge, "diverge_found": c.diverge_found,
                    "consistent": c.consistent, "consistent_found": c.consistent_found,
                    "apart_pairs": c.apart, "apart_kept": c.apart_kept,
                    "updated": c.updated, "updated_not_red": c.updated_not_red,
                }),
            );
        }
        for (what, got, floor) in [
            ("red precision", fitted.red_precision(), precision),
            ("red recall", fitted.red_recall(), recall),
            ("agreement recall", fitted.agree_recall(), agree),
            ("look-alikes apart", fitted.apart_accuracy(), apart),
        ] {
            if got < floor {
                failures.push(format!("{split}: {what} {got:.3} fell below {floor:.2}"));
            }
        }
    }
    for (split, found, invented) in SOURCE_FLOORS {
        let mut total = Sources::default();
        for story in load_split(split) {
            total.add(&sources(&story).0);
        }
        let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (f, i) = (share(total.found, total.annotated), share(total.invented, total.unattributed));
        println!(
            "{split}: {}/{} annotated sources found, {}/{} given where none was annotated",
            total.found, total.annotated, total.invented, total.unattributed
        );
        report.insert(format!("{split}/sources"), json!({"found": f, "given_where_none_annotated": i}));
        if f < found || i > invented {
            failures.push(format!("{split}: sources found {f:.3} (at least {found}), given where none {i:.3} (at most {invented})"));
        }
    }
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/corpus-scores.json");
    // The report is for reading; failing to write it must not hide the scores above.
    let _ = std::fs::write(out, serde_json::to_string_pretty(&report).unwrap_or_default());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The interval from resampling stories: one story, or stories all alike, leave no room
/// (every resample is the same); stories that differ give an interval around the pooled
/// score that stays inside the range of the stories' own scores.
#[test]
fn story_intervals_follow_the_stories() {
    let story = |red: usize, red_right: usize| Counts { red, red_right, ..Counts::default() };
    let cases: &[(&[Counts], (f64, f64))] = &[
        (&[], (1.0, 1.0)),
        (&[story(4, 3)], (0.75, 0.75)),
        (&[story(4, 3), story(8, 6), story(12, 9)], (0.75, 0.75)),
    ];
    for (stories, want) in cases {
        assert_eq!(story_interval(stories, Counts::red_precision, 500), *want);
    }
    let mixed = [story(10, 10), story(10, 0), story(10, 5), story(10, 8)];
    let (lo, hi) = story_interval(&mixed, Counts::red_precision, 2000);
    assert!((0.0..0.575).contains(&lo) && 0.575 < hi && hi <= 1.0, "interval {lo}..{hi}");
    assert!(hi - lo > 0.2, "four unlike stories leave a wide interval: {lo}..{hi}");
}

/// Red means confident (issue item 5): on every dev story, each red pair of a claim is itself
/// matched at the red threshold or better, or is witnessed by a mention of the claim that
/// states one side's value and is so matched against the other side. A pair that only rides
/// along with the claim's other links is never red.
#[test]
fn every_red_pair_is_matched_or_witnessed() {
    let config = Config::default();
    let sure = |c: f64| c >= config.red_confidence - 5e-4;
    let mut failures = Vec::new();
    for story in load_split("dev") {
        let an = analyze_mentions(&story.articles, story.mentions.clone(), &config);
        let value = |r: MentionRef| &an.mentions[r.article][r.index].value;
        for claim in &an.claims {
            let confidence = |p: MentionRef, q: MentionRef| {
                claim
                    .pairs
                    .iter()
                    .find(|x| (x.a, x.b) == (p, q) || (x.a, x.b) == (q, p))
                    .map_or(0.0, |x| x.confidence)
            };
            // A mention states another's value when the values are equal or the claim judges
            // the two to agree ("Sunday" and "Sept. 13" of the same week).
            let agree = |p: MentionRef, q: MentionRef| {
                value(p) == value(q)
                    || claim.pairs.iter().any(|x| {
                        ((x.a, x.b) == (p, q) || (x.a, x.b) == (q, p)) && x.verdict == Verdict::Agree
                    })
            };
            for p in claim.pairs.iter().filter(|p| p.verdict == Verdict::Diverge) {
                let witnessed = claim.mentions.iter().any(|&c| {
                    (c != p.b && agree(c, p.b) && sure(confidence(p.a, c)))
                        || (c != p.a && agree(c, p.a) && sure(confidence(c, p.b)))
                });
                if !sure(p.confidence) && !witnessed {
                    let text =
                        |r: MentionRef| an.mentions[r.article][r.index].text(&story.articles[r.article].body);
                    failures.push(format!(
                        "{}: {:?} / {:?} at {}",
                        story.name,
                        text(p.a),
                        text(p.b),
                        p.confidence
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} red pairs neither matched nor witnessed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// How the scorer matches an annotated source with the engine's: article and case aside, one
/// inside the other, the same last word, a short name of the long one's initials, or one
/// person's name in both.
#[test]
fn sources_match_by_name() {
    let rows: &[(&str, &str, bool)] = &[
        ("the company", "The company's board", true),
        ("the fire service", "the Upper Ness fire service", true),
        ("DHSC", "the Department of Health and Social Care", true),
        ("DEQ", "the Oregon Department of Environmental Quality", true),
        ("the UN", "the United Nations", true),
        ("Cebr", "The Centre for Economics and Business Research", true),
        ("He", "Harry Edwards", false),
        ("AFAD", "the Disaster and Emergency Management Authority", false),
        ("police", "the ministry", false),
        // A person named in both, before or after the title.
        ("Mylene Drouin, regional director of public health", "public health, Mylene Drouin", true),
        ("Nico Afinta, East Java police chief", "East Java police chief Nico Afinta", true),
        ("Health Minister Simon Harris", "Taoiseach Leo Varadkar", false),
        ("the Kerala Health Department", "Kerala Health Minister Veena George", false),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter(|(a, b, want)| same_source(a, b) != *want || same_source(b, a) != *want)
        .map(|(a, b, want)| format!("{a:?} / {b:?}: expected {want}"))
        .collect();
    super::check::assert_rows(&failures, rows.len());
}
