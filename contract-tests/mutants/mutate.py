#!/usr/bin/env python3
"""Writes the contract suite's spec mutants: each a copy of the spec with one textual change.

Every mutation names an anchor that must occur exactly once in the spec (within the named
component or path, when one is given), so a mutant never silently turns into the original
when the spec moves on: the mutator fails instead, naming the anchor.

  mutate.py SPEC OUT_DIR    writes OUT_DIR/<name>.yaml and prints "<name>\t<kind>\t<what>" per mutant
"""
import os
import sys

# name, kind, what changes, section start (or None), old text, new text
MUTANTS = [
    ("rename-request-field", "rename a request field", "reference_text -> reference_txt in VoiceDesignRequest",
     "    VoiceDesignRequest:", "        reference_text:\n", "        reference_txt:\n"),
    ("rename-multipart-part", "rename a multipart part", "texts -> transcripts in CreateModelRequest",
     "    CreateModelRequest:", "        texts:\n", "        transcripts:\n"),
    ("rename-response-field", "rename a response field", "sample_rate -> sample_rt in VoiceDesignCandidate",
     "    VoiceDesignCandidate:", "        sample_rate:\n", "        sample_rt:\n"),
    ("drop-request-enum-value", "drop a request enum value", "Visibility loses unlist",
     "    Visibility:", "enum: [public, unlist, private]", "enum: [public, private]"),
    ("drop-response-enum-value", "drop a response enum value", "ModelState loses training",
     "    ModelState:", "enum: [created, training, trained, failed]", "enum: [created, trained, failed]"),
    ("tighten-request-bound", "tighten a request bound", "VoiceDesignRequest n maximum 4 -> 3",
     "    VoiceDesignRequest:", "          maximum: 4\n", "          maximum: 3\n"),
    ("optional-becomes-required", "make an optional request field required", "VoiceDesignRequest requires language",
     "    VoiceDesignRequest:", "      required: [instruction]", "      required: [instruction, language]"),
    ("optional-multipart-becomes-required", "make an optional request field required", "CreateModelRequest requires description",
     "    CreateModelRequest:", "      required: [type, title, train_mode, voices]", "      required: [type, title, train_mode, voices, description]"),
    ("response-field-type", "change a response field's type", "ModelEntity like_count integer -> string",
     "    ModelEntity:", "        like_count:\n          type: integer\n", "        like_count:\n          type: string\n"),
    ("drop-declared-status", "drop a declared status", "createModel no longer declares 402",
     "    post:\n      operationId: createModel", "        '402':\n          $ref: '#/components/responses/PaymentRequired'\n", ""),
    ("model-header-value", "change the model header's allowed value", "model header enum voice-design-1 -> voice-design-2",
     "  /v1/voice-design:", "            enum: [voice-design-1]\n", "            enum: [voice-design-2]\n"),
    # The client reads a renamed optional field as null and says nothing; Prism's invented answers
    # carry the new name, which no compiled adapter knows (KnownFields).
    ("rename-optional-response-field", "rename an optional response field", "text -> transcript in VoiceDesignCandidate",
     "    VoiceDesignCandidate:", "        text:\n", "        transcript:\n"),
    # An operation the provider adds: nothing calls it until a contract test does (CoverageContractTest).
    ("add-operation", "add an operation", "GET /v1/tts/voices (listTtsVoices) joins the spec",
     None, "\ncomponents:\n", """
  /v1/tts/voices:
    get:
      operationId: listTtsVoices
      tags: [Speech]
      summary: Voices for text to speech
      x-idempotent: true
      responses:
        '200':
          description: The voice names.
          content:
            application/json:
              schema: {type: array, items: {type: string}}
        '401':
          $ref: '#/components/responses/Unauthorized'
        '402':
          $ref: '#/components/responses/PaymentRequired'
        '422':
          $ref: '#/components/responses/ValidationFailed'
        '429':
          $ref: '#/components/responses/TooManyRequests'
        '503':
          $ref: '#/components/responses/ServiceUnavailable'
components:
"""),
    # Equivalent by construction: the client reads ModelState as an open enum, so a value added to a
    # response enum changes nothing any client behaviour can reveal. Listed, excluded from the score.
    ("add-response-enum-value", "EQUIVALENT", "ModelState gains archived (an open enum: unknown values are kept)",
     "    ModelState:", "enum: [created, training, trained, failed]", "enum: [created, training, trained, failed, archived]"),
]


def section_bounds(text, start):
    if start is None:
        return 0, len(text)
    i = text.find(start)
    if i < 0 or text.find(start, i + 1) >= 0:
        raise SystemExit("mutate.py: section %r must occur exactly once" % start)
    # A section ends at the next line with the same or less indentation than its first line.
    indent = len(start) - len(start.lstrip(" "))
    line_end = text.find("\n", i + len(start))
    j = line_end + 1
    while j < len(text):
        nl = text.find("\n", j)
        line = text[j:nl if nl >= 0 else len(text)]
        if line.strip() and (len(line) - len(line.lstrip(" "))) <= indent and not line.lstrip().startswith("#"):
            return i, j
        j = (nl + 1) if nl >= 0 else len(text)
    return i, len(text)


def main():
    spec, out = sys.argv[1], sys.argv[2]
    text = open(spec, encoding="utf-8").read()
    os.makedirs(out, exist_ok=True)
    for name, kind, what, section, old, new in MUTANTS:
        a, b = section_bounds(text, section)
        body = text[a:b]
        if body.count(old) != 1:
            raise SystemExit("mutate.py: %s: %r occurs %d times in section %r" % (name, old, body.count(old), section))
        mutant = text[:a] + body.replace(old, new) + text[b:]
        with open(os.path.join(out, name + ".yaml"), "w", encoding="utf-8") as f:
            f.write(mutant)
        print("%s\t%s\t%s" % (name, kind, what))


if __name__ == "__main__":
    main()
