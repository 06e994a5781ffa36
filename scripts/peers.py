#!/usr/bin/env python3
"""Measure the crosscheck extractor against peers' public test suites.

The suites are Microsoft Recognizers-Text's English specs (Number, Percent, Currency,
Dimension and DateTime models) and quantulum3's English quantity tests, both MIT licensed,
kept outside the repository in ../shared/external (override with --suite DIR or the
CROSSCHECK_PEERS_DIR environment variable). When the directory is missing the script prints
"skipped: not found" and exits 0, so it can sit in a test script on machines without it.

For every expected entity we count whether one of our mentions overlaps it ("found") and
whether an overlapping mention carries the expected value ("value-matched"). docs/peers.md
explains every rule; the comments below say why each rule is the way it is.

By default the Recognizers-Text JavaScript build (pinned in scripts/peers-js, installed there
with `npm ci` on first use) runs on the same cases and is scored with the same rules, so both
are printed side by side; --no-peer leaves it out.

Usage:
    python3 scripts/peers.py [--suite DIR] [--misses N] [--json] [--no-build] [--bin PATH]
                             [--no-peer]
"""

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL_TOL = 1e-9

PEER_DIR = os.path.join(REPO, "scripts", "peers-js")
PEER_PACKAGE = "@microsoft/recognizers-text-suite"

# Spec files per category. Only the end-to-end English "Model" specs are used: the
# ExperimentalMode/PercentMode variants test optional modes, the extractor/parser specs test
# internal components, and French/German are other languages. We never read those files.
RT = "recognizers-text/Specs"
CATEGORIES = [
    ("Number", "rt", [RT + "/Number/English/NumberModel.json"]),
    ("Percent", "rt", [RT + "/Number/English/PercentModel.json"]),
    ("Currency", "rt", [RT + "/NumberWithUnit/English/CurrencyModel.json"]),
    ("Dimension", "rt", [RT + "/NumberWithUnit/English/DimensionModel.json"]),
    ("DateTime", "rt", [RT + "/DateTime/English/DateTimeModel.json"]),
    ("quantulum3", "q3", ["quantulum3/quantulum3/_lang/en_US/tests/quantities.json",
                          "quantulum3/quantulum3/_lang/en_US/tests/quantities.ambiguity.json"]),
]

NUMERIC_KINDS = {"number", "ordinal", "money", "percent", "quantity", "duration"}
DATE_KINDS = {"date", "time", "duration"}
ANY = object()  # A unit placeholder meaning "do not check the unit".

# Our calendar conventions for durations (src/engine/unit.rs): a month is 30.436875 days and
# a year 365.2425 days. Peer durations are converted with the same factors, because the
# question is whether we read the right amount of time, not which month length we picked.
MONTH_DAYS = 30.436875
YEAR_DAYS = 365.2425

# Recognizers-Text dimension units -> (our canonical unit, factors). A list of factors means
# the peer's unit name is ambiguous and each standard reading is accepted: "Ton" is used by
# the spec both for US short tons and for metric tonnes ("25 lakh tonnes"). Units missing from
# this table have no canonical unit of ours, so such entities can never value-match.
RT_DIMENSION = {
    "Meter": ("m", 1.0), "Kilometer": ("m", 1000.0), "Decimeter": ("m", 0.1),
    "Millimeter": ("m", 0.001), "Picometer": ("m", 1e-12), "Foot": ("m", 0.3048),
    "Inch": ("m", 0.0254), "Mile": ("m", 1609.344),
    "Kilogram": ("kg", 1.0), "Gram": ("kg", 0.001), "Microgram": ("kg", 1e-9),
    "Pound": ("kg", 0.45359237), "Ounce": ("kg", 0.028349523125),
    "Metric ton": ("kg", 1000.0), "Ton": ("kg", [907.18474, 1000.0]),
    "Square meter": ("m2", 1.0), "Square kilometer": ("m2", 1e6), "Acre": ("m2", 4046.8564224),
    "Milliliter": ("l", 0.001), "Gallon": ("l", 3.785411784), "Barrel": ("l", 158.987294928),
    "Cubic foot": ("l", 28.316846592), "Cup": ("l", 0.2365882365),
    "Tablespoon": ("l", 0.01478676478125), "Teaspoon": ("l", 0.00492892159375),
    "Kilometer per hour": ("km/h", 1.0), "Mile per hour": ("km/h", 1.609344),
    "Meter per millisecond": ("km/h", 3600.0), "Centimeter per millisecond": ("km/h", 36.0),
    "Kilometer per millisecond": ("km/h", 3.6e6),
    "Bit": ("B", 0.125), "Megabit": ("B", 125000.0), "Megabyte": ("B", 1e6),
    "Degree": ("deg", 1.0), "Turn": ("deg", 360.0), "Radian": ("deg", 180.0 / math.pi),
}

# Recognizers-Text currency sub-units: the spec gives "20 cents" as value 20, unit "Cent";
# we give 0.2 in the main unit, so the peer's amount is scaled to the main unit.
RT_SUBUNIT = {"Cent": 0.01, "Pence": 0.01, "Penny": 0.01, "Sen": 0.01, "Satoshi": 1e-8}

# quantulum3 unit names -> (our kinds, our unit or ANY, factor, offset), with
# ours = value * factor + offset. "dimensionless" is a plain number; dozen/gross are counts
# we resolve to plain numbers. Units missing here (electronvolt, femtobarn, compound
# units like "dollar per hour"...) have no canonical unit of ours and count as value misses.
_LEN, _MASS, _AREA, _VOL, _DUR = "m", "kg", "m2", "l", "day"
Q3_UNITS = {
    "dimensionless": ({"number", "ordinal"}, None, 1.0, 0.0),
    "dozen": ({"number"}, None, 12.0, 0.0),
    "baker's dozen": ({"number"}, None, 13.0, 0.0),
    "gross": ({"number"}, None, 144.0, 0.0),
    "percentage": ({"percent"}, "%", 1.0, 0.0),
    "dollar": ({"money"}, "USD", 1.0, 0.0),
    "euro": ({"money"}, "EUR", 1.0, 0.0),
    "pound sterling": ({"money"}, "GBP", 1.0, 0.0),
    "cent": ({"money"}, ANY, 0.01, 0.0),
    "penny": ({"money"}, ANY, 0.01, 0.0),
    "dime": ({"money"}, "USD", 0.1, 0.0),
    "attometre": ({"quantity"}, _LEN, 1e-18, 0.0),
    "picometre": ({"quantity"}, _LEN, 1e-12, 0.0),
    "nanometre": ({"quantity"}, _LEN, 1e-9, 0.0),
    "metre": ({"quantity"}, _LEN, 1.0, 0.0),
    "kilometre": ({"quantity"}, _LEN, 1000.0, 0.0),
    "inch": ({"quantity"}, _LEN, 0.0254, 0.0),
    "mile": ({"quantity"}, _LEN, 1609.344, 0.0),
    "milligram": ({"quantity"}, _MASS, 1e-6, 0.0),
    "kilogram": ({"quantity"}, _MASS, 1.0, 0.0),
    "tonne": ({"quantity"}, _MASS, 1000.0, 0.0),
    "pound-mass": ({"quantity"}, _MASS, 0.45359237, 0.0),
    "square kilometre": ({"quantity"}, _AREA, 1e6, 0.0),
    "square mile": ({"quantity"}, _AREA, 2589988.110336, 0.0),
    "cubic centimetre": ({"quantity"}, _VOL, 0.001, 0.0),
    "cubic kilometre": ({"quantity"}, _VOL, 1e12, 0.0),
    "centilitre": ({"quantity"}, _VOL, 0.01, 0.0),
    "litre": ({"quantity"}, _VOL, 1.0, 0.0),
    "gallon": ({"quantity"}, _VOL, 3.785411784, 0.0),
    "cup": ({"quantity"}, _VOL, 0.2365882365, 0.0),
    "tablespoon": ({"quantity"}, _VOL, 0.01478676478125, 0.0),
    "kilometre per hour": ({"quantity"}, "km/h", 1.0, 0.0),
    "degree Celsius": ({"quantity"}, "degC", 1.0, 0.0),
    "degree fahrenheit": ({"quantity"}, "degC", 5.0 / 9.0, -32.0 * 5.0 / 9.0),
    "degree Fahrenheit": ({"quantity"}, "degC", 5.0 / 9.0, -32.0 * 5.0 / 9.0),
    "kelvin": ({"quantity"}, "degC", 1.0, -273.15),
    "minute of arc": ({"quantity"}, "deg", 1.0 / 60.0, 0.0),
    "second of arc": ({"quantity"}, "deg", 1.0 / 3600.0, 0.0),
    "watt": ({"quantity"}, "W", 1.0, 0.0),
    "watt hour": ({"quantity"}, "Wh", 1.0, 0.0),
    "megawatt hour": ({"quantity"}, "Wh", 1e6, 0.0),
    "bit": ({"quantity"}, "B", 0.125, 0.0),
    "byte": ({"quantity"}, "B", 1.0, 0.0),
    "kibibyte": ({"quantity"}, "B", 1024.0, 0.0),
    "megabyte": ({"quantity"}, "B", 1e6, 0.0),
    "exabyte": ({"quantity"}, "B", 1e18, 0.0),
    "kilobit per second": ({"quantity"}, "bit/s", 1e3, 0.0),
    "gigahertz": ({"quantity"}, "Hz", 1e9, 0.0),
    "milligray": ({"quantity"}, "Gy", 1e-3, 0.0),
    "minute": ({"duration"}, _DUR, 1.0 / 1440.0, 0.0),
    "hour": ({"duration"}, _DUR, 1.0 / 24.0, 0.0),
    "day": ({"duration"}, _DUR, 1.0, 0.0),
    "week": ({"duration"}, _DUR, 7.0, 0.0),
    "month": ({"duration"}, _DUR, MONTH_DAYS, 0.0),
    "year": ({"duration"}, _DUR, YEAR_DAYS, 0.0),
    "megayear": ({"duration"}, _DUR, YEAR_DAYS * 1e6, 0.0),
    "gigayear": ({"duration"}, _DUR, YEAR_DAYS * 1e9, 0.0),
}


# ---------------------------------------------------------------------------------------
# Forms (for grouping misses) and deliberate differences.
# ---------------------------------------------------------------------------------------

_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b"
_NUMWORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)")

# Each miss is put in the first form whose pattern matches the expected text (lower case),
# so the list of misses reads as "what to build next". The order runs from the most to the
# least specific pattern; "other" takes the rest.
FORMS = {
    "DateTime": [
        ("holiday", r"christmas|easter|new year|thanksgiving|halloween|independence|"
                    r"juneteenth|valentine|memorial day|labou?r day|black friday|"
                    r"mother'?s day|father'?s day|martin luther|mlk|veterans|columbus|"
                    r"st\.? patrick|boxing day|\beve\b"),
        ("decade", r"\b(?:(?:nineteen |twenty )?(?:twen|thir|for|fif|six|seven|eigh|nine)"
                   r"ties|'?\d0s|\d{3}0s)\b"),
        ("recurring", r"\b(?:every|each|weekly|daily|monthly|annually|yearly|quarterly|"
                      r"once|twice|biweekly|nightly)\b"),
        ("duration anchoring a date", r"\b(?:after|before|from)\b.*\d|\d.*\b(?:after|before)\b"),
        ("relative or deictic", r"\b(?:ago|later|earlier|next|last|this|previous|"
                                r"following|coming|past|within|end of|beginning of|start of|"
                                r"rest of|day after|day before|tomorrow|yesterday|today|"
                                r"tonight|now|upcoming|recent|current|eod|eoy|mid)\b"),
        ("time of day", r"\b(?:a\.?m\.?|p\.?m\.?|o'?clock|oclock|noon|midnight|morning|"
                        r"afternoon|evening|night|tonite)\b|\d[:.]\d\d|\d(?:am|pm|a|p)\b"),
        ("weekday with a day", _WEEKDAY + r".*(?:\d|" + _NUMWORD + ")"),
        ("numeric date", r"^[\d/\-., ]+$"),
        ("month with words", r"\b" + _MONTH + r"\b.*\b" + _NUMWORD),
        ("duration", r"\b(?:\d+|a|an|few|several|couple|" + _NUMWORD + r")[\s-]*(?:sec|min|"
                     r"hour|hr|day|night|week|month|year|decade|century)"),
        ("weekday", _WEEKDAY),
        ("month and numbers", r"\b" + _MONTH + r"\b"),
    ],
    "*": [
        ("fraction in words", r"\b(?:half|halves|third|thirds|quarters?|fourths?|fifths?|"
                              r"sixths?|sevenths?|eighths?|ninths?|tenths?|\w+ths|\w+firsts?|"
                              r"\w+seconds)\b|\bover\b|\bout of\b"),
        ("suffixed magnitude", r"\d\s*(?:k|m|mm|b|bn|g|t|tln|lakh|crore|dz|dzs)\b"),
        ("currency prefix", r"^[a-z]{1,3}\s*\$|^[a-z]{3}\s"),
        ("dozen", r"dozen|gross|\bdzs?\b"),
        ("number words", r"^[a-z\s,&-]+$|\b" + _NUMWORD + r"\b"),
        ("signed", r"^[-+−–]|\bminus\b|\bnegative\b"),
        ("unit spelled out", r"\d\s*[a-z]{4,}"),
        ("digits with a unit symbol", r"\d\s*\S"),
    ],
}


def form_of(category, text):
    low = (text or "").lower()
    for name, pattern in FORMS.get(category) or FORMS["*"]:
        if re.search(pattern, low):
            return name
    return "other"


# Entities where our reading differs from the peer's on purpose, each rule written down in
# docs/peers.md (and the date rules in docs/dates.md). They are left out of the main columns
# of both sides and counted in the "delib." column, so that neither side is scored on them.
DELIBERATE = [
    # "percent of 10" in prose is a share of ten things ("90 percent of 10 voters").
    ("Percent", r"^(?:per ?cents?|percents?) of\b", "percent word before the number"),
    # "one over three": in news "over 3" is a bound ("over 3 years"), not a fraction.
    ("Number", r"\bover\b", "'over' is a bound, not a fraction bar"),
    # "in 5 minutes", "in two weeks", "within 9 months" are durations for us: "sold a million
    # in two weeks" is a length of time as often as "will vote in two weeks" is a day, and a
    # duration compares with the other article's duration either way. "30 minutes later":
    # we do not know the clock time of publication.
    ("DateTime", r"^(?:in|within) (?:the )?(?:next )?(?:a|an|\d+|" + _NUMWORD + r"|a couple of) ?"
                 r"(?:sec|min|hour|h\b|day|week|fortnight|month|year)|"
                 r"^(?:\d+|" + _NUMWORD + r") (?:sec|min|hour)\w* (?:later|ago|from now)",
     "'in N days' is a duration"),
    # "two months ago" is the calendar month that contains the day two months back (a month,
    # not a day), and "the last 3 months" the three whole calendar months before this one.
    ("DateTime", r"^(?:a|an|\d+|" + _NUMWORD + r") (?:week|month|year)s? ago$",
     "'N months ago' is a calendar month"),
    ("DateTime", r"^(?:the )?(?:last|past|next|coming) (?:\d+|" + _NUMWORD + r") "
                 r"(?:week|month|quarter|year)s$", "counted periods are whole calendar periods"),
    # "mid-November", "the end of this year": parts of a period are thirds for us (days
    # 1-10, 11-20, 21-end; January-April, May-August, September-December), halves for the
    # peer. Only the forms we read are listed; "end of month" without "the" stays a miss.
    ("DateTime", r"^(?:mid-?" + _MONTH + r"|(?:the )?(?:early|late) (?:" + _MONTH + r"|\d{4})|"
                 r"(?:the )?(?:end|middle|beginning|start) of (?:(?:the|this|next|last) "
                 r"(?:year|month)|\d{4}|" + _MONTH + r"(?: \d{4})?))$",
     "parts of a period are thirds"),
    # "later this year", "earlier in the week": from the publication day to the period's end,
    # or from its start to the publication day; the peer takes a half of the period.
    ("DateTime", r"^(?:earlier|later) (?:this|in the) (?:week|month|year)$",
     "earlier/later this year counts from the publication day"),
    # "11/20" alone: a slash without a year is a date only after a word that puts it in time
    # ("on 11/20"), since "24/7", "9/11" and "3/4" are not dates (docs/dates.md).
    ("DateTime", r"^\d{1,2}/\d{1,2}$", "a slash without a year needs a time word"),
    # "May twenty nine": a month and a cardinal in words is not a date for us, since "in
    # March twenty people died" counts people; ordinals ("May twenty-ninth") are.
    ("DateTime", r"^[a-z]+ (?:twenty|thirty)(?: |-)?(?:one|two|three|four|five|six|seven|"
                 r"eight|nine)?$", "a month and a cardinal in words is no date"),
]


# "from 2014 to 2018" and "from March to May": the peer ends the range where the last named
# period begins (2018-01-01, May 1, exclusive), so 2018 and May are left out; we include the
# last named period, as a reader of news does ("from 2014 to 2018" covers five budgets).
_RANGE_WORDS = r"\b(?:to|till|until|through|thru|and)\b|[-~]"
_PERIOD_RANGE = r"^\((?:\d{4}|XXXX)-\d{2}-01,(?:\d{4}|XXXX)-\d{2}-01,P\d+[YM]\)$"


# Words that put a slashed day in time for us ("on 11/20"); after them the slash rule above
# does not apply and the entity is scored as usual.
_TIME_WORDS = {"on", "by", "until", "till", "since", "before", "after", "this", "next", "last",
               "from", "to", "and", "or", "through"}


def deliberate_rule(category, text, res=None, before=""):
    low = (text or "").lower()
    for cat, pattern, rule in DELIBERATE:
        if cat == category and re.search(pattern, low):
            if rule.startswith("a slash") and before in _TIME_WORDS:
                continue
            return rule
    if category == "DateTime" and re.search(_RANGE_WORDS, low):
        values = (res or {}).get("values", [])
        if values and all(re.match(_PERIOD_RANGE, v.get("timex") or "") and
                          _ends_where_last_begins(low, v.get("end") or "") for v in values):
            return "a range of years or months includes the last one"
    return None


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _ends_where_last_begins(low, end):
    """Whether the peer's end is the first day of the period the text names last ("2018" in
    "from 2014 to 2018", "May" in "from March to May"): the peer then leaves that period
    out. Where its end is the day after the last period ("June-August 1992" ends on
    September 1), the two readings agree and the entity is scored as usual."""
    year = re.search(r"(\d{4})\W*$", low)
    month_year = re.search(r"([a-z]{3,})\.?\W*\d{4}\W*$", low)
    if year and not (month_year and month_year.group(1)[:3] in _MONTHS):
        return end[:10] == year.group(1) + "-01-01"
    word = re.search(r"([a-z]{3,})\.?\W*(?:\d{4})?\W*$", low)
    if word and word.group(1)[:3] in _MONTHS:
        return end[5:10] == "%02d-01" % (_MONTHS.index(word.group(1)[:3]) + 1)
    return False


# ---------------------------------------------------------------------------------------
# Expected entities.
# ---------------------------------------------------------------------------------------

class Entity:
    """One expected entity: where it is (UTF-8 byte span), which of our kinds may count as
    finding it, and the alternative values that count as a match (None when the peer's
    expectation has no value we can compare, e.g. a recurring "weekly")."""

    def __init__(self, case, text, bstart, bend, found_kinds, alts, label, shown, res=None):
        self.case = case
        self.text = text
        self.bstart = bstart
        self.bend = bend
        self.found_kinds = found_kinds
        self.alts = alts
        self.label = label      # The miss class key: peer type or unit.
        self.shown = shown      # The expected value as the peer wrote it, for reports.
        self.form = form_of(case.category, text)
        words = re.findall(r"[a-z]+", case.text[:len(case.text.encode("utf-8")[:bstart]
                                                      .decode("utf-8", "ignore"))].lower())
        self.deliberate = deliberate_rule(case.category, text, res, words[-1] if words else "")


class Case:
    def __init__(self, source, text, published, category=None):
        self.source = source
        self.category = category
        self.text = text
        self.published = published
        self.ref = None         # The spec's full reference time, for the peer.
        self.entities = []
        self.mentions = []
        self.peer = []          # The peer's results as (UTF-8 span, alternatives) dicts.


def num_alt(kinds, unit, low, high=None):
    """A numeric alternative: one of `kinds`, `unit` (ANY skips the check), value low..high."""
    return ("num", kinds, unit, low, low if high is None else high)


def to_float(s):
    try:
        v = float(s)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def byte_span(text, cstart, cend):
    """Character offsets (end exclusive) to UTF-8 byte offsets, which is what we report."""
    b0 = len(text[:cstart].encode("utf-8"))
    return b0, b0 + len(text[cstart:cend].encode("utf-8"))


def locate(text, surface, start_from):
    """Find `surface` in `text`: exactly, then ignoring case. Returns a char index or -1."""
    i = text.find(surface, start_from)
    if i < 0:
        i = text.lower().find(surface.lower(), start_from)
    if i < 0 and start_from:
        i = text.lower().find(surface.lower())
    return i


def not_applicable(case_json):
    """Recognizers-Text marks cases its implementations do not pass. Cases marked
    NotSupported / NotSupportedByDesign for .NET, the reference implementation, are out of
    scope. Cases marked only for the JavaScript, Java or Python ports are kept: those marks
    say a port lags the reference, not that the expectation is unusual, and the JavaScript
    port is the peer we run, so leaving its marked cases out would hide its misses."""
    for key in ("NotSupported", "NotSupportedByDesign"):
        marks = str(case_json.get(key) or "").lower()
        if "dotnet" in marks:
            return key + ": " + case_json[key]
    return None


# --- Recognizers-Text value alternatives, per category -----------------------------------

def rt_number(res):
    v = to_float(res.get("value"))
    if v is None:
        return None, "no value"
    # A spec number may sit inside one of our money/quantity/percent mentions; the value
    # must still be the same number, so quantities in canonical units rarely match.
    alts = [num_alt(NUMERIC_KINDS, ANY, v)]
    # A fraction told as a ratio ("one out of three") is a percentage for us (33.3%): the
    # same share in hundredths, as a unit conversion.
    if res.get("subtype") == "fraction":
        alts.append(num_alt({"percent"}, "%", v * 100))
    return alts, res.get("subtype") or "number"


def rt_percent(res):
    v = to_float(str(res.get("value")).rstrip("%"))
    if v is None:
        return None, "no value"
    return [num_alt({"percent"}, "%", v)], "percent"


def rt_currency(res):
    v = to_float(res.get("value"))
    if v is None:
        return None, "no value"
    unit = res.get("unit") or ""
    factor = RT_SUBUNIT.get(unit, 1.0)
    # The ISO code is checked only when the spec gives one ("Dollar" alone has none).
    iso = res.get("isoCurrency") or ANY
    label = unit if iso is ANY else iso
    return [num_alt({"money"}, iso, v * factor)], label


def rt_dimension(res):
    v = to_float(res.get("value"))
    if v is None:
        return None, "no value"
    unit = res.get("unit") or ""
    if unit not in RT_DIMENSION:
        return [], unit  # No conversion: an empty list can never match.
    ours, factors = RT_DIMENSION[unit]
    if not isinstance(factors, list):
        factors = [factors]
    return [num_alt({"quantity"}, ours, v * f) for f in factors], unit


def parse_day(s):
    try:
        return dt.date.fromisoformat(s[:10])
    except (TypeError, ValueError):
        return None


def day_interval_alts(start, end, end_exclusive_possible):
    """Date alternatives for an interval. Recognizers-Text ends ranges exclusively ("2016"
    is 2016-01-01..2017-01-01) but "from the 4th to the 22nd" ends on the 22nd, so both the
    given end and the day before it are accepted; ours are inclusive."""
    s, e = parse_day(start), parse_day(end)
    if s is None or e is None:
        return []
    alts = [("date", s.isoformat(), e.isoformat())]
    if end_exclusive_possible and e > s:
        alts.append(("date", s.isoformat(), (e - dt.timedelta(days=1)).isoformat()))
    return alts


def clock_minutes(s):
    """'19:56:30' (or the time part of a datetime) -> minutes after midnight, as we report."""
    m = re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?$", s or "")
    if not m:
        return None
    return int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3) or 0) / 60.0


def timex_days(timex):
    """An ISO-8601 duration timex (P3D, PT30M, P1Y6M) -> days with our month/year lengths."""
    m = re.fullmatch(r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?"
                     r"(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?", timex or "")
    if not m or not any(m.groups()):
        return None
    f = [float(g) if g else 0.0 for g in m.groups()]
    return (f[0] * YEAR_DAYS + f[1] * MONTH_DAYS + f[2] * 7 + f[3]
            + f[4] / 24 + f[5] / 1440 + f[6] / 86400)


def rt_datetime(res, typename):
    """DateTime alternatives. Dates, date ranges and the date part of datetimes and datetime
    ranges are compared as day intervals; times and time ranges as minutes after midnight;
    durations as days. Several peer values (ambiguous past/future or am/pm readings) are
    alternatives. Sets ("weekly"), time zones, "not resolved" values and open-ended ranges
    ("before 2010": only one end) have no concrete value and are not value-checked."""
    typ = (typename or "").replace("datetimeV2.", "")
    alts = []
    for v in (res or {}).get("values", []):
        t = v.get("type")
        if t == "date" and parse_day(v.get("value")):
            alts += day_interval_alts(v["value"], v["value"], False)
        elif t == "daterange" and v.get("start") and v.get("end"):
            alts += day_interval_alts(v["start"], v["end"], True)
        elif t == "datetime" and parse_day(v.get("value")):
            alts += day_interval_alts(v["value"], v["value"], False)
        elif t == "datetimerange" and v.get("start") and v.get("end"):
            # A range ending at midnight ("tonight" to 00:00 next day) may end the day before.
            midnight = v["end"].endswith("00:00:00")
            alts += day_interval_alts(v["start"], v["end"], midnight)
        elif t == "time" and clock_minutes(v.get("value")) is not None:
            mins = clock_minutes(v["value"])
            alts.append(num_alt({"time"}, ANY, mins))
        elif t == "timerange" and v.get("start") and v.get("end"):
            lo, hi = clock_minutes(v["start"]), clock_minutes(v["end"])
            if lo is not None and hi is not None:
                alts.append(num_alt({"time"}, ANY, lo, hi))
        elif t == "duration":
            days = timex_days(v.get("timex"))
            if days is None and to_float(v.get("value")) is not None:
                days = float(v["value"]) / 86400.0
            if days is not None:
                alts.append(num_alt({"duration"}, "day", days))
    return (alts or None), typ or "?"


RT_KINDS = {"Number": NUMERIC_KINDS, "Percent": {"percent"}, "Currency": {"money"},
            "Dimension": {"quantity"}, "DateTime": DATE_KINDS}


def rt_alts(category, res, typename):
    """The comparable values of one Recognizers-Text result, expected or the peer's own:
    the same conversion serves both, so the two sides are scored by one rule."""
    if category == "Number":
        return rt_number(res)
    if category == "Percent":
        return rt_percent(res)
    if category == "Currency":
        return rt_currency(res)
    if category == "Dimension":
        return rt_dimension(res)
    return rt_datetime(res, typename)


def load_rt(path, category):
    """Read one Recognizers-Text spec file into cases; returns (cases, na_cases, na_entities,
    empty_cases)."""
    with open(path, encoding="utf-8-sig") as f:
        spec = json.load(f)
    cases, na_cases, na_entities, empty = [], Counter(), 0, 0
    for cj in spec:
        results = cj.get("Results") or []
        if not results:
            empty += 1  # Nothing expected: such cases measure precision, which we do not.
            continue
        reason = not_applicable(cj)
        if reason:
            na_cases[reason.split(":")[0]] += 1
            na_entities += len(results)
            continue
        ref = (cj.get("Context") or {}).get("ReferenceDateTime")
        case = Case(os.path.basename(path), cj["Input"], ref[:10] if ref else None, category)
        case.ref = ref
        cursor = 0
        for r in results:
            res = r.get("Resolution") or {}
            typename = r.get("TypeName") or r.get("Typename")
            alts, label = rt_alts(category, res, typename)
            kinds = RT_KINDS[category]
            if label == "no value":
                # A bare unit word with no number ("dollar : 143.80 yen", "mcg") is not a
                # figure; a number extractor has nothing to report there.
                na_entities += 1
                continue
            # Offsets are characters with an inclusive end; check them against the text and
            # fall back to searching for the text if a spec offset is off.
            cs, ce = r.get("Start"), r.get("End")
            if not (isinstance(cs, int) and case.text[cs:ce + 1].lower() == r["Text"].lower()):
                cs = locate(case.text, r["Text"], cursor)
                ce = cs + len(r["Text"]) - 1
            if cs < 0:
                continue
            cursor = ce + 1
            b0, b1 = byte_span(case.text, cs, ce + 1)
            shown = json.dumps(res.get("values", res) if category == "DateTime" else res,
                               ensure_ascii=False)
            case.entities.append(Entity(case, case.text[cs:ce + 1], b0, b1, kinds, alts,
                                        label, shown, res))
        if case.entities:
            cases.append(case)
    return cases, na_cases, na_entities, empty


def load_q3(path):
    """Read one quantulum3 test file. It gives surfaces, not offsets, so each surface is
    searched in order in the sentence. No quantulum3 case is marked out of scope."""
    with open(path, encoding="utf-8") as f:
        spec = json.load(f)
    cases, empty = [], 0
    for cj in spec:
        if not cj.get("res"):
            empty += 1
            continue
        case = Case(os.path.basename(path), cj["req"], None, "quantulum3")
        cursor = 0
        for r in cj["res"]:
            cs = locate(case.text, r["surface"], cursor)
            if cs < 0:
                continue
            ce = cs + len(r["surface"])
            cursor = ce
            b0, b1 = byte_span(case.text, cs, ce)
            unit, v = r["unit"], float(r["value"])
            unc = float(r.get("uncertainty") or 0.0)
            conv = Q3_UNITS.get(unit)
            if conv is None:
                alts = []
            else:
                kinds, ours, factor, offset = conv
                # A value with an uncertainty ("50 to 80%" is 65 +- 15) is a range for us.
                lo, hi = (v - unc) * factor + offset, (v + unc) * factor + offset
                alts = [num_alt(kinds, ours, lo, hi)]
                # A plain fraction ("two thirds of the cake") is a share in hundredths for
                # us (66.7%), the same quantity in another unit, as for Recognizers-Text.
                if unit == "dimensionless" and 0.0 < v < 1.0:
                    alts.append(num_alt({"percent"}, "%", lo * 100, hi * 100))
            # Any numeric kind of ours counts as finding a quantity; a year read as a date
            # ("in 1979") does not, because quantulum3 expects a plain number there.
            case.entities.append(Entity(case, case.text[cs:ce], b0, b1, NUMERIC_KINDS, alts,
                                        unit, json.dumps({"value": r["value"], "unit": unit,
                                                          "uncertainty": r.get("uncertainty")})))
        if case.entities:
            cases.append(case)
    return cases, Counter(), 0, empty


# ---------------------------------------------------------------------------------------
# Running our extractor and matching.
# ---------------------------------------------------------------------------------------

def run_extractor(binary, cases):
    """Send all cases in one process call: one JSON line in, one JSON line out per case."""
    lines = []
    for c in cases:
        lines.append(json.dumps({"text": c.text, "published": c.published}
                                if c.published else c.text, ensure_ascii=False))
    proc = subprocess.run([binary, "extract"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        sys.exit("peers.py: extractor failed: " + proc.stderr.strip())
    out = proc.stdout.splitlines()
    if len(out) != len(cases):
        sys.exit("peers.py: expected %d output lines, got %d" % (len(cases), len(out)))
    errors = 0
    for c, line in zip(cases, out):
        obj = json.loads(line)
        if "error" in obj:
            errors += 1  # An input we failed on simply has no mentions.
        c.mentions = obj.get("mentions") or []
    return errors


def close(a, b):
    if a is None or b is None:
        return False
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b)) or a == b


def value_ok(mention, alt):
    """Does `mention` carry the value of alternative `alt`?"""
    val = mention.get("value")
    if not isinstance(val, dict):
        return False
    if alt[0] == "date":
        return (mention["kind"] == "date" and val.get("start") == alt[1]
                and val.get("end") == alt[2])
    _, kinds, unit, lo, hi = alt
    if mention["kind"] not in kinds:
        return False
    if unit is not ANY and mention.get("unit") != unit:
        return False
    mlo, mhi = val.get("low"), val.get("high")
    if close(mlo, lo) and close(mhi, hi):
        return True
    # The peers split "5 to 10" into two numbers where we report one range: each expected
    # single number that is an end of our range has the right value. Such matches are
    # counted separately ("range_end_matches") so their weight is visible.
    if lo == hi and not close(mlo, mhi) and (close(mlo, lo) or close(mhi, lo)):
        return "range end"
    return False


def overlaps(e, m):
    return max(e.bstart, m["start"]) < min(e.bend, m["end"])


def describe(m):
    v = m.get("value")
    if isinstance(v, dict) and "low" in v:
        v = v["low"] if v["low"] == v["high"] else "%s..%s" % (v["low"], v["high"])
    elif isinstance(v, dict):
        v = v["start"] if v["start"] == v["end"] else "%s..%s" % (v["start"], v["end"])
    unit = " " + m["unit"] if m.get("unit") else ""
    return "%r %s=%s%s" % (m["text"], m["kind"], v, unit)


def measure(cases):
    stats = Counter()
    misses = []           # (reason, entity, mentions shown)
    miss_classes = Counter()
    for c in cases:
        for e in c.entities:
            if e.deliberate:
                stats["deliberate"] += 1
                continue
            stats["entities"] += 1
            over = [m for m in c.mentions if overlaps(e, m)]
            hits = [m for m in over if m["kind"] in e.found_kinds]
            checkable = e.alts is not None
            if checkable:
                stats["value_checked"] += 1
            if not hits:
                reason = ("overlapped only by " + "/".join(sorted({m["kind"] for m in over}))
                          if over else "not found")
                misses.append((reason, e, over or c.mentions))
                miss_classes[(reason if over else "not found", e.label)] += 1
                continue
            stats["found"] += 1
            if not checkable:
                continue
            oks = [value_ok(m, a) for m in hits for a in e.alts]
            if any(oks):
                stats["value_matched"] += 1
                if True not in oks:
                    stats["range_end_matches"] += 1
            else:
                reason = "no conversion for unit" if not e.alts else "wrong value"
                misses.append((reason, e, hits))
                miss_classes[(reason, e.label)] += 1
    stats["cases"] = len(cases)
    return stats, misses, miss_classes


# ---------------------------------------------------------------------------------------
# The peer: Recognizers-Text's JavaScript build, pinned in scripts/peers-js.
# ---------------------------------------------------------------------------------------

def ensure_peer():
    """Installs the pinned peer on first use (npm ci, so the lock file decides every
    version). Returns None when it is ready, or the reason it cannot run."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node:
        return "node not found"
    installed = os.path.join(PEER_DIR, "node_modules", *PEER_PACKAGE.split("/"), "package.json")
    if not os.path.isfile(installed):
        if not npm:
            return "npm not found"
        proc = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"],
                              cwd=PEER_DIR, capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.isfile(installed):
            return "npm ci failed: " + (proc.stderr or proc.stdout).strip()[-300:]
    return None


def utf16_bytes(text):
    """The peer's offsets count UTF-16 code units (JavaScript strings). Returns, for each
    code unit and one past the end, the UTF-8 byte offset it falls at."""
    out, b = [], 0
    for ch in text:
        n = len(ch.encode("utf-8"))
        out.extend([b] * (2 if ord(ch) > 0xFFFF else 1))
        b += n
    out.append(b)
    return out


def run_peer(category, cases):
    """Runs the peer's model for `category` over all cases in one node process and stores
    its results on each case as {start, end (UTF-8 bytes), text, alts}."""
    lines = [json.dumps({"model": category, "text": c.text, "ref": c.ref}, ensure_ascii=False)
             for c in cases]
    proc = subprocess.run(["node", os.path.join(PEER_DIR, "peer.js")],
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          encoding="utf-8")
    out = proc.stdout.splitlines()
    if proc.returncode != 0 or len(out) != len(cases):
        sys.exit("peers.py: peer failed: " + proc.stderr.strip()[-500:])
    errors = 0
    for c, line in zip(cases, out):
        obj = json.loads(line)
        errors += "error" in obj
        offs = utf16_bytes(c.text)
        c.peer = []
        for r in obj.get("results") or []:
            s, e = r.get("start"), r.get("end")
            if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s <= e < len(offs) - 1:
                continue
            alts, _ = rt_alts(category, r.get("resolution") or {}, r.get("typeName"))
            c.peer.append({"start": offs[s], "end": offs[e + 1], "text": r.get("text"),
                           "alts": alts or [], "type": r.get("typeName")})
    return errors


def same_alt(a, b):
    """Do two alternatives (the peer's and the expected one) carry the same value?"""
    if a[0] != b[0]:
        return False
    if a[0] == "date":
        return a[1:] == b[1:]
    if not (a[1] & b[1]):
        return False
    if a[2] is not ANY and b[2] is not ANY and a[2] != b[2]:
        return False
    return close(a[3], b[3]) and close(a[4], b[4])


def measure_peer(cases):
    """The peer's found and value-matched counts, by the rules `measure` applies to ours:
    a result overlapping the expected span is found, and it matches when one of its values
    equals one of the expected values after the same unit and date conversions."""
    stats = Counter()
    for c in cases:
        for e in c.entities:
            if e.deliberate:
                continue
            stats["entities"] += 1
            over = [m for m in c.peer if overlaps(e, m)]
            if e.alts is not None:
                stats["value_checked"] += 1
            if not over:
                continue
            stats["found"] += 1
            if e.alts is not None and any(same_alt(a, b) for m in over for a in m["alts"]
                                          for b in e.alts):
                stats["value_matched"] += 1
    return stats


def pct(n, d):
    return "%5.1f%%" % (100.0 * n / d) if d else "    -"


def build(repo):
    proc = subprocess.run(["cargo", "build", "--release", "--bin", "crosscheck"], cwd=repo,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        sys.exit("peers.py: cargo build failed")


def frac(n, d):
    """'201/555 36.2%': the count and its share, so small categories are not over-read."""
    return "%d/%d %s" % (n, d, pct(n, d).strip()) if d else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", help="peers' suite directory (default: $CROSSCHECK_PEERS_DIR "
                    "or ../shared/external from the repository root)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print up to N missed examples per category")
    ap.add_argument("--json", action="store_true", help="print machine-readable totals")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("--bin", help="extractor binary (default target/release/crosscheck)")
    ap.add_argument("--no-peer", action="store_true",
                    help="do not run the Recognizers-Text JavaScript build beside ours")
    args = ap.parse_args()

    suite = args.suite or os.environ.get("CROSSCHECK_PEERS_DIR") or \
        os.path.join(REPO, "..", "shared", "external")
    suite = os.path.normpath(suite)
    if not os.path.isdir(suite):
        print("peers.py: skipped: not found: %s (set --suite or CROSSCHECK_PEERS_DIR)" % suite)
        return 0

    binary = args.bin or os.path.join(REPO, "target", "release", "crosscheck")
    if not args.no_build and not args.bin:
        build(REPO)
    if not os.access(binary, os.X_OK):
        sys.exit("peers.py: no extractor at %s (run cargo build --release)" % binary)
    peer_skip = "--no-peer" if args.no_peer else ensure_peer()

    rows, details = [], {}
    for name, kind, files in CATEGORIES:
        cases, na_cases, na_ent, empty, missing = [], Counter(), 0, 0, []
        for rel in files:
            path = os.path.join(suite, rel)
            if not os.path.isfile(path):
                missing.append(rel)
                continue
            loaded = load_rt(path, name) if kind == "rt" else load_q3(path)
            cases += loaded[0]
            na_cases += loaded[1]
            na_ent += loaded[2]
            empty += loaded[3]
        if missing and not cases:
            print("peers.py: %s skipped: not found: %s" % (name, ", ".join(missing)))
            continue
        errors = run_extractor(binary, cases) if cases else 0
        stats, misses, classes = measure(cases)
        stats["na_cases"] = sum(na_cases.values())
        stats["na_entities"] = na_ent
        stats["empty_cases"] = empty
        stats["extract_errors"] = errors
        # quantulum3 is not a Recognizers-Text model, so the peer has no score there.
        peer = None
        if kind == "rt" and not peer_skip and cases:
            peer_errors = run_peer(name, cases)
            peer = measure_peer(cases)
            peer["errors"] = peer_errors
        forms = Counter(e.form for _r, e, _m in misses)
        rows.append((name, stats, peer))
        details[name] = (misses, classes, na_cases, files, forms)

    if args.json:
        out = {"suite": suite, "categories": {},
               "peer": peer_skip and ("skipped: " + peer_skip) or PEER_PACKAGE}
        for name, s, peer in rows:
            out["categories"][name] = dict(s, miss_classes={
                "%s | %s" % k: n for k, n in details[name][1].most_common()},
                miss_forms=dict(details[name][4].most_common()),
                na_reasons=dict(details[name][2]), files=details[name][3],
                peer=dict(peer) if peer else None)
        print(json.dumps(out, indent=2))
        return 0

    head = "%-11s %5s %6s %6s | %-16s %-16s | %-16s %-16s" % (
        "category", "cases", "expect", "delib.", "ours found", "ours value-ok",
        "peer found", "peer value-ok")
    print(head)
    print("-" * len(head))
    tot, ptot = Counter(), Counter()
    for name, s, peer in rows:
        p = peer or Counter()
        print("%-11s %5d %6d %6d | %-16s %-16s | %-16s %-16s" % (
            name, s["cases"], s["entities"], s["deliberate"],
            frac(s["found"], s["entities"]), frac(s["value_matched"], s["value_checked"]),
            frac(p["found"], p["entities"]) if peer else "-",
            frac(p["value_matched"], p["value_checked"]) if peer else "-"))
        if name != "quantulum3":
            tot.update(s)
            ptot.update(p)
    print("-" * len(head))
    print("%-11s %5d %6d %6d | %-16s %-16s | %-16s %-16s" % (
        "all R-T", tot["cases"], tot["entities"], tot["deliberate"],
        frac(tot["found"], tot["entities"]), frac(tot["value_matched"], tot["value_checked"]),
        frac(ptot["found"], ptot["entities"]) if ptot else "-",
        frac(ptot["value_matched"], ptot["value_checked"]) if ptot else "-"))
    print()
    print("expect = expected entities scored (n/a cases and deliberate differences left out);")
    print("delib. = entities where our reading differs on purpose (docs/peers.md);")
    print("found = overlapped by a mention of a fitting kind; value-ok = of the entities with")
    print("a comparable value, those where an overlapping mention has that value.")
    print("'all R-T' sums the five Recognizers-Text categories (quantulum3 is ours only).")
    print("peer: " + ("skipped: " + peer_skip if peer_skip else
                      "%s, scripts/peers-js (pinned), same cases and rules" % PEER_PACKAGE))
    n_a = sum(s["na_cases"] for _n, s, _p in rows)
    print("n/a: %d cases marked unsupported by the reference builds, left out." % n_a)
    if tot["extract_errors"]:
        print("extractor errors on %d inputs (counted as no mentions)" % tot["extract_errors"])

    if args.misses > 0:
        for name, _s, _p in rows:
            misses, classes, na_reasons, _files, forms = details[name]
            print("\n=== %s: %d misses" % (name, len(misses)))
            print("  by form: " + ", ".join("%s %d" % kv for kv in forms.most_common()))
            for (reason, label), n in classes.most_common(12):
                print("  %4d  %-34s %s" % (n, reason, label))
            ordered = sorted(misses, key=lambda m: (-forms[m[1].form], m[1].form))
            for reason, e, ms in ordered[:args.misses]:
                text = e.case.text if len(e.case.text) <= 160 else e.case.text[:157] + "..."
                print("- <%s> [%s] %s" % (e.form, reason, text))
                print("    expected %r %s" % (e.text, e.shown[:200]))
                print("    ours: %s" % ("; ".join(describe(m) for m in ms[:6]) or "nothing"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
