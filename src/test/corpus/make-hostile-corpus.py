#!/usr/bin/env python3
"""Writes the hostile files of the bad-file corpora (issue 14): catalogues/minimal.json and
routines/minimal.routine.json each changed in one hostile way (numbers that crash a naive reader, sessions that add
up past 2^31 seconds, control characters, invisible texts, escape sequences that forge terminal output, huge keys
and texts). Files that would be large are written gzipped (.json.gz); the corpus tests unpack them first, so the
reader meets the real size. The .expected file beside each (the exact messages) is written by hand.

    python3 src/test/corpus/make-hostile-corpus.py
"""
import gzip
import json
import pathlib

RESOURCES = pathlib.Path(__file__).resolve().parents[1] / "resources"
CATALOGUES = RESOURCES / "catalogues" / "bad"
ROUTINES = RESOURCES / "routines" / "bad"
MINIMAL = (RESOURCES / "catalogues" / "minimal.json").read_text(encoding="utf-8")
ROUTINE = (RESOURCES / "routines" / "minimal.routine.json").read_text(encoding="utf-8")


def replaced(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


def js(value):
    """A JSON string literal, escaping what is not printable ASCII, as a careful editor would save it."""
    return json.dumps(value, ensure_ascii=True)


def write(folder, name, text):
    if name.endswith(".gz"):
        with open(folder / name, "wb") as out:
            out.write(gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        (folder / name).write_text(text, encoding="utf-8")


HOLD = '"holdSeconds": 10'
REPS = '"repetitions": 3'
TITLE = '"title": "Test exercises"'
NAME = '"name": "Knee hug"'
STEP = '"Hug one knee."'
DOSE = '{ "holdSeconds": 10, "repetitions": 3, "sides": "each", "timesPerDay": 2 }'
EXERCISE = '''        {
          "id": "knee-hug",
          "name": "Knee hug",
          "steps": ["Lie on your back.", "Hug one knee."],
          "dose": { "holdSeconds": 10, "repetitions": 3, "sides": "each", "timesPerDay": 2 }
        }'''
MAXIMUM = ('{ "holdSeconds": 600, "repetitions": 500, "sides": "each", "directions": { "names": '
           '["one", "two", "three", "four", "five", "six", "seven", "eight"], "order": "each" } }')


def exercise(index, dose):
    return EXERCISE.replace('"knee-hug"', '"exercise-%d"' % index).replace(DOSE, dose)


catalogues = {
    "number-huge-exponent.json": replaced(MINIMAL, HOLD, '"holdSeconds": 1e99999999999'),
    "number-huge-negative-exponent.json": replaced(MINIMAL, REPS, '"repetitions": 1e-2147483648'),
    "number-three-point-zero.json": replaced(MINIMAL, HOLD, '"holdSeconds": 3.0'),
    "number-written-with-exponent.json": replaced(MINIMAL, REPS, '"repetitions": 1e1'),
    "number-1001-digits.json": replaced(MINIMAL, HOLD, '"holdSeconds": 1' + "0" * 1000),
    "key-60000-characters.json": replaced(MINIMAL, HOLD, '"' + "k" * 60000 + '": 1, ' + HOLD),
    "key-200000-characters.json.gz": replaced(MINIMAL, HOLD, '"' + "k" * 200_000 + '": 1, ' + HOLD),
    "number-200000-digits.json.gz": replaced(MINIMAL, HOLD, '"holdSeconds": 1' + "0" * 200_000),
    "string-21-million-characters.json.gz": replaced(MINIMAL, STEP, '"' + "a" * 21_000_000 + '"'),
    "unknown-keys-600-of-49000-characters.json.gz": replaced(MINIMAL, '  "formatVersion": 1,', "".join(
        '  "%s%d": 0,\n' % ("u" * 48_990, i) for i in range(600)) + '  "formatVersion": 1,'),
    "unknown-fields-100000.json.gz": replaced(MINIMAL, '  "formatVersion": 1,', "".join(
        '"x%d":0,' % i for i in range(100_000)) + '\n  "formatVersion": 1,'),
    "exercise-at-every-maximum.json": replaced(replaced(MINIMAL, DOSE, MAXIMUM), '"getReadySeconds": 10, "restSeconds": 5',
                                               '"getReadySeconds": 120, "restSeconds": 300'),
    "exercises-2000-at-maximum.json.gz": replaced(MINIMAL, EXERCISE, ",\n".join(
        exercise(i, MAXIMUM) for i in range(2000))),
    "catalogue-over-200000-phases.json": replaced(MINIMAL, EXERCISE, ",\n".join(
        exercise(i, '{ "repetitions": 500, "sides": "alternating", "directions": { "names": ["a", "b", "c", "d"],'
                    ' "order": "alternating" } }, "pacing": { "secondsPerRepetition": 1, "getReadySeconds": 0,'
                    ' "switchSeconds": 0 }') for i in range(51))),
    "media-file-nul.json": replaced(MINIMAL, NAME, NAME + ', "media": { "file": ' + js("pictures/knee\u0000.png")
                                    + ', "description": "A knee hug." }'),
    "step-no-break-spaces.json": replaced(MINIMAL, STEP, js("\u00a0\u00a0\u00a0")),
    "step-zero-width-spaces.json": replaced(MINIMAL, STEP, js("\u200b\u200b")),
    "step-lone-surrogate.json": replaced(MINIMAL, STEP, '"Hug one knee \\ud800."'),
    "title-ansi-escape.json": replaced(MINIMAL, TITLE, '"title": ' + js("\u001b[2J\u001b]0;pwned\u0007Knee")),
    "id-forging-ok-line.json": replaced(MINIMAL, '"id": "test"', '"id": ' + js("x\rOK: Knee, 1 section, 1 exercise")),
    "name-right-to-left-override.json": replaced(MINIMAL, NAME, '"name": ' + js("Knee \u202ehug")),
    "name-nul.json": replaced(MINIMAL, NAME, '"name": ' + js("Knee\u0000hug")),
    "name-line-break.json": replaced(MINIMAL, NAME, '"name": ' + js("Knee\nhug")),
    "unknown-key-escape-sequence.json": replaced(MINIMAL, HOLD, js("\u001b[31mred") + ": 1, " + HOLD),
    "language-unknown.json": replaced(MINIMAL, '"language": "en-GB"', '"language": "qq-ZZ"'),
    "language-unknown-region.json": replaced(MINIMAL, '"language": "en-GB"', '"language": "en-QQ"'),
}

ROUTINE_HOLD = '"holdSeconds": 30'
ITEM = '''    {
      "exercise": "heel-slides",
      "variation": "easier"
    }'''
routines = {
    "created-year-zero.json": replaced(ROUTINE, '"created": "2026-11-26"', '"created": "0000-01-01"'),
    "session-over-four-hours.json": replaced(ROUTINE, ITEM, ",\n".join(
        ['    { "exercise": "quad-stretch", "dose": { "holdSeconds": 600, "repetitions": 9 } }'] * 3)),
    "items-300-at-maximum.json": replaced(ROUTINE, ITEM, ",\n".join(
        ['    { "exercise": "quad-stretch", "dose": ' + MAXIMUM + ' }'] * 300)),
    "exercise-id-escape-sequence.json": replaced(ROUTINE, '"exercise": "heel-slides"',
                                                 '"exercise": ' + js("\u001b[2Jheel-slides")),
    "title-right-to-left-override.json": replaced(ROUTINE, '"title": "Knee routine for Sam"',
                                                  '"title": ' + js("Knee routine for \u202emaS")),
    "note-only-invisible.json": replaced(ROUTINE, '"Ring the clinic if your knee swells."', js("\u2060\u200b\ufeff")),
    "hold-nan.json": replaced(ROUTINE, ROUTINE_HOLD, '"holdSeconds": NaN'),
    "hold-1e1.json": replaced(ROUTINE, ROUTINE_HOLD, '"holdSeconds": 1e1'),
}

for name, text in catalogues.items():
    write(CATALOGUES, name, text)
for name, text in routines.items():
    write(ROUTINES, name, text)
print(len(catalogues), "catalogues and", len(routines), "routines written")
