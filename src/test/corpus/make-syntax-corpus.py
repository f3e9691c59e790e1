#!/usr/bin/env python3
"""Writes the syntax-mistake files of the bad-catalogue corpus (src/test/resources/catalogues/bad/syntax-*.json):
each is catalogues/minimal.json with one JSON syntax mistake, as people make them when writing a catalogue by hand.
The .expected file beside each (the exact message it must give) is written by hand, not by this script.

    python3 src/test/corpus/make-syntax-corpus.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "catalogues"
MINIMAL = (ROOT / "minimal.json").read_text(encoding="utf-8")


def replace(old, new):
    def change(text):
        assert text.count(old) == 1, old
        return text.replace(old, new)
    return change


def cut_after(snippet):
    def change(text):
        assert text.count(snippet) == 1, snippet
        return text[:text.index(snippet) + len(snippet)]
    return change


HOLD = '"holdSeconds": 10'
MISTAKES = {
    "syntax-trailing-comma-in-object": replace('"timesPerDay": 2 }', '"timesPerDay": 2, }'),
    "syntax-missing-colon": replace('"title": "Test exercises"', '"title" "Test exercises"'),
    "syntax-equals-instead-of-colon": replace('"title": "Test exercises"', '"title" = "Test exercises"'),
    "syntax-single-quoted-text": replace('"title": "Test exercises"', "\"title\": 'Test exercises'"),
    "syntax-single-quoted-name": replace('"title": "Test exercises"', "'title': \"Test exercises\""),
    "syntax-unquoted-name": replace('"title": "Test exercises"', 'title: "Test exercises"'),
    "syntax-unquoted-text": replace('"title": "Test exercises"', '"title": These exercises'),
    "syntax-curly-quotes": replace('"title": "Test exercises"', '"title": \u201cTest exercises\u201d'),
    "syntax-letter-o-for-zero": replace(HOLD, '"holdSeconds": 1O'),
    "syntax-capital-true": replace('"days": 14', '"days": True'),
    "syntax-python-none": replace('"days": 14', '"days": None'),
    "syntax-misspelt-null": replace('"days": 14', '"days": nul'),
    "syntax-nan": replace(HOLD, '"holdSeconds": NaN'),
    "syntax-minus-infinity": replace(HOLD, '"holdSeconds": -Infinity'),
    "syntax-leading-zero": replace(HOLD, '"holdSeconds": 010'),
    "syntax-plus-sign": replace(HOLD, '"holdSeconds": +10'),
    "syntax-plus-before-text": replace('"title": "Test exercises"', '"title": +Test exercises"'),
    "syntax-leading-decimal-point": replace(HOLD, '"holdSeconds": .5'),
    "syntax-trailing-decimal-point": replace(HOLD, '"holdSeconds": 10.'),
    "syntax-exponent-without-digits": replace(HOLD, '"holdSeconds": 1e'),
    "syntax-minus-without-digits": replace(HOLD, '"holdSeconds": -'),
    "syntax-hexadecimal-number": replace(HOLD, '"holdSeconds": 0x10'),
    "syntax-line-break-in-text": replace('"name": "Knee hug"', '"name": "Knee\nhug"'),
    "syntax-unclosed-text": replace('"name": "Knee hug",', '"name": "Knee hug,'),
    "syntax-tab-in-text": replace('"name": "Knee hug"', '"name": "Knee\thug"'),
    "syntax-control-character-in-text": replace('"name": "Knee hug"', '"name": "Knee\u0007hug"'),
    "syntax-backslash-in-text": replace('"Lie on your back."', '"Lie on the mat (C:\\mat)."'),
    "syntax-bad-unicode-escape": replace('"Hug one knee."', '"Hug one kn\\u00g9e."'),
    "syntax-line-comment": replace('"version": "1",', '"version": "1", // the first edition'),
    "syntax-block-comment": replace('"version": "1",', '/* first edition */ "version": "1",'),
    "syntax-two-commas": replace('"id": "test",', '"id": "test",,'),
    "syntax-semicolon-instead-of-comma": replace('"id": "test",', '"id": "test";'),
    "syntax-missing-value": replace('"days": 14', '"days": '),
    "syntax-missing-value-in-list": replace('"Lie on your back.", "Hug one knee."',
                                            '"Lie on your back.", , "Hug one knee."'),
    "syntax-list-items-without-comma": replace('"Lie on your back.", "Hug one knee."',
                                               '"Lie on your back." "Hug one knee."'),
    "syntax-wrong-closing-bracket": replace('["Draw circles."]', '["Draw circles."}'),
    "syntax-list-never-closed": replace('    }\n  ]\n}', '    }\n}'),
    "syntax-object-brackets-as-list": replace('"source": { "title": "Test", "publisher": "Exercise Player tests" }',
                                              '"source": [ "title": "Test", "publisher": "Exercise Player tests" ]'),
    "syntax-extra-closing-brace": replace('    }\n  ]\n}', '    }\n  ]\n}\n}'),
    "syntax-byte-order-mark-inside": replace('"days": 14', '"days": \ufeff14'),
    "syntax-no-break-space": replace('"days": 14', '"days":\u00a014'),
    "syntax-cut-inside-list": cut_after('"steps": ["Lie on your back.",'),
    "syntax-cut-inside-text": cut_after('"name": "Knee h'),
    "syntax-cut-inside-field-name": cut_after('"dose": { "hold'),
}

for name, change in MISTAKES.items():
    (ROOT / "bad" / (name + ".json")).write_text(change(MINIMAL), encoding="utf-8")
print(len(MISTAKES), "files written")
