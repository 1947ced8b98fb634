package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** scripts/upstream-diff on small documents of our own, one of each kind of difference, in 3.0 and 3.1. */
class UpstreamDiffTest {
  private static final String OURS = """
      openapi: 3.0.3
      info: {title: ours, version: '1'}
      paths:
        /model:
          post:
            requestBody:
              content:
                multipart/form-data:
                  schema:
                    type: object
                    required: [title, voices]
                    properties:
                      title: {type: string, minLength: 1}
                      speed: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 3}
                      mode: {type: string, enum: [fast]}
                      voices: {type: array, minItems: 1, maxItems: 20, items: {type: string, format: binary}}
                      only_here: {type: boolean, default: false}
                      note: {type: string, nullable: true}
            responses:
              '201':
                description: created
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Model'}
              '422':
                description: invalid
      components:
        schemas:
          Model:
            type: object
            required: [_id, description]
            properties:
              _id: {type: string}
              description: {type: string}
              count: {type: integer, format: int32}
      """;

  private static final String THEIRS_31 = """
      {"openapi": "3.1.0", "info": {"title": "theirs", "version": "1"},
       "paths": {"/model": {"post": {
         "requestBody": {"content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Create"}}}},
         "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {
           "type": "object", "required": ["_id"], "properties": {
             "_id": {"type": "string"},
             "description": {"type": "string", "default": ""},
             "count": {"type": ["integer", "null"], "format": "int64"}}}}}}}}}},
       "components": {"schemas": {"Create": {"type": "object", "required": ["title", "voices"], "properties": {
         "title": {"type": "string"},
         "speed": {"type": "number", "exclusiveMinimum": 0, "maximum": 3},
         "mode": {"type": "string", "const": "full"},
         "voices": {"anyOf": [{"type": "array", "minItems": 1, "maxItems": 10,
           "items": {"type": "string", "format": "binary"}}, {"type": "string", "format": "binary"}]},
         "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
         "only_there": {"type": "string"}}}}}}
      """;

  @Test
  void reportsEachKindOfDifferenceAgainstA31Document() {
    Map<String, UpstreamDiff.Difference> found = UpstreamDiff.compare(UpstreamDiff.load(OURS), UpstreamDiff.load(THEIRS_31));

    assertEquals(new TreeSet<>(java.util.Arrays.asList(
        "POST /model request mode | enum",
        "POST /model request only_here | field",
        "POST /model request only_there | field",
        "POST /model request title | minLength",
        "POST /model request voices | alsoOneItem",
        "POST /model request voices | maxItems",
        "POST /model response 201 count | format",
        "POST /model response 201 count | nullable",
        "POST /model response 201 description | default",
        "POST /model response 201 description | required",
        "POST /model response 422 | status")), found.keySet());
    assertEquals("20", found.get("POST /model request voices | maxItems").here);
    assertEquals("10", found.get("POST /model request voices | maxItems").there);
    assertEquals("[fast]", found.get("POST /model request mode | enum").here);
    assertEquals("[full]", found.get("POST /model request mode | enum").there);
    assertEquals("\"\"", found.get("POST /model response 201 description | default").there);
  }

  @Test
  void threeZeroAndThreeOneSpellingsOfTheSameThingAgree() {
    // exclusiveMinimum: true + minimum: 0 (3.0) is exclusiveMinimum: 0 (3.1); nullable: true is anyOf null.
    String theirs30 = OURS.replace("title: {type: string, minLength: 1}", "title: {type: string}");
    Map<String, UpstreamDiff.Difference> found = UpstreamDiff.compare(UpstreamDiff.load(OURS), UpstreamDiff.load(THEIRS_31));
    assertTrue(!found.containsKey("POST /model request speed | exclusiveMinimum"));
    assertTrue(!found.containsKey("POST /model request note | nullable"));

    Map<String, UpstreamDiff.Difference> against30 =
        UpstreamDiff.compare(UpstreamDiff.load(OURS), UpstreamDiff.load(theirs30));
    assertEquals(java.util.Collections.singleton("POST /model request title | minLength"), against30.keySet());
  }

  @Test
  void exitsZeroWhenEveryDifferenceIsListedAndOneWhenOneIsMissing() {
    String theirs = OURS.replace("maxItems: 20", "maxItems: 10").replace("title: {type: string, minLength: 1}",
        "title: {type: string}");
    String both = """
        differences:
          - {at: "POST /model request voices", what: maxItems, here: "20", there: "10", reason: the page says 20}
          - {at: "POST /model request title", what: minLength, here: "1", there: "-", reason: ours on purpose}
        """;
    Run listed = run(theirs, both);
    assertEquals(0, listed.exit, listed.out);

    Run missing = run(theirs, both.substring(0, both.indexOf("  - {at: \"POST /model request title")));
    assertEquals(1, missing.exit, missing.out);
    assertTrue(missing.out.startsWith("NEW      POST /model request title: minLength here 1, there -"), missing.out);
  }

  @Test
  void aListedDifferenceThatMovedOrVanishedFailsToo() {
    String theirs = OURS.replace("maxItems: 20", "maxItems: 12");
    String known = """
        differences:
          - {at: "POST /model request voices", what: maxItems, here: "20", there: "10", reason: old}
          - {at: "POST /model request title", what: minLength, here: "1", there: "-", reason: gone now}
        """;
    Run result = run(theirs, known);
    assertEquals(1, result.exit, result.out);
    assertTrue(result.out.contains("CHANGED  POST /model request voices: maxItems here 20, there 12"), result.out);
    assertTrue(result.out.contains("GONE     POST /model request title | minLength"), result.out);
  }

  private static Run run(String theirs, String known) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = UpstreamDiff.run(OURS, theirs, known, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exit, String out) {}
}
