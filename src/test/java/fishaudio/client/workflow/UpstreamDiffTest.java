package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * scripts/upstream-diff on small documents of our own, one of each kind of difference (operations,
 * parameters, body fields), in 3.0 and 3.1.
 */
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

  private static final String NO_DIFFERENCES = "differences: []\n";

  /** OURS plus two operations of the provider's own (an agents platform this client does not adopt). */
  private static final String THEIRS_WITH_AGENTS = OURS.replace("""
      components:
      """, """
        /v1/agents:
          get:
            responses: {'200': {description: the agents}}
          post:
            responses: {'201': {description: created}}
      components:
      """);

  @Test
  void anOperationOnlyUpstreamIsNewUntilRecorded() {
    Run unrecorded = run(THEIRS_WITH_AGENTS, NO_DIFFERENCES);
    assertEquals(1, unrecorded.exit, unrecorded.out);
    assertTrue(unrecorded.out.startsWith("""
        NEW      GET /v1/agents: operation here absent, there present
        NEW      POST /v1/agents: operation here absent, there present
        """), unrecorded.out);

    Run recorded = run(THEIRS_WITH_AGENTS, """
        differences:
          - at: ["GET /v1/agents", "POST /v1/agents"]
            what: operation
            here: absent
            there: present
            reason: Agents platform; not adopted
        """);
    assertEquals(0, recorded.exit, recorded.out);
    assertTrue(recorded.out.startsWith("""
        known    GET /v1/agents: operation here absent, there present   -- Agents platform; not adopted
        known    POST /v1/agents: operation here absent, there present   -- Agents platform; not adopted
        by kind: operation 2
        2 differences, 0 new"""), recorded.out);
  }

  @Test
  void aRecordedFamilyDoesNotCoverAnOperationAddedBesideIt() {
    Run result = run(THEIRS_WITH_AGENTS, """
        differences:
          - at: ["GET /v1/agents"]
            what: operation
            here: absent
            there: present
            reason: Agents platform; not adopted
        """);
    assertEquals(1, result.exit, result.out);
    assertTrue(result.out.startsWith("NEW      POST /v1/agents: operation here absent, there present\nknown"),
        result.out);
  }

  @Test
  void anOperationOnlyHereIsReported() {
    String theirs = OURS.replace("  /model:\n    post:", "  /model:\n    put:");
    Map<String, UpstreamDiff.Difference> found =
        UpstreamDiff.compare(UpstreamDiff.load(OURS), UpstreamDiff.load(theirs));
    assertEquals(new TreeSet<>(java.util.Arrays.asList("POST /model | operation", "PUT /model | operation")),
        found.keySet());
    assertEquals("present", found.get("POST /model | operation").here);
    assertEquals("absent", found.get("POST /model | operation").there);
    assertEquals("absent", found.get("PUT /model | operation").here);
    assertEquals("present", found.get("PUT /model | operation").there);
  }

  @Test
  void aMediaTypeOnlyOneSideDeclaresIsReported() {
    String theirs = OURS
        .replace("          multipart/form-data:\n",
            "          application/msgpack:\n            schema: {type: object}\n          multipart/form-data:\n")
        .replace("          description: invalid\n",
            "          description: invalid\n          content: {application/json: {schema: {type: object}}}\n");
    Map<String, UpstreamDiff.Difference> found =
        UpstreamDiff.compare(UpstreamDiff.load(OURS), UpstreamDiff.load(theirs));
    assertEquals(new TreeSet<>(java.util.Arrays.asList(
        "POST /model request application/msgpack | media type",
        "POST /model response 422 application/json | media type")), found.keySet());
    assertEquals("absent", found.get("POST /model request application/msgpack | media type").here);
    assertEquals("declared", found.get("POST /model request application/msgpack | media type").there);

    Map<String, UpstreamDiff.Difference> reversed =
        UpstreamDiff.compare(UpstreamDiff.load(theirs), UpstreamDiff.load(OURS));
    assertEquals("declared", reversed.get("POST /model request application/msgpack | media type").here);
    assertEquals("absent", reversed.get("POST /model request application/msgpack | media type").there);
  }

  private static final String OURS_WITH_PARAMETERS = """
      openapi: 3.0.3
      info: {title: ours, version: '1'}
      paths:
        /items/{id}:
          parameters:
            - {name: id, in: path, required: true, schema: {type: string, minLength: 1}}
          get:
            parameters:
              - {name: page_size, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 10}}
              - {name: sort, in: query, schema: {type: string, enum: [score, created_at]}}
              - {name: Model, in: header, required: true, schema: {type: string}}
              - {name: tag, in: query, schema: {type: array, items: {type: string}}}
              - {name: only_here, in: query, schema: {type: boolean}}
              - {name: team, in: query, schema: {type: string}}
            responses: {'200': {description: the item}}
      """;

  @Test
  void comparesTheParametersOfAnOperationBothHave() {
    // Theirs: the path parameter renamed and declared on the operation, page_size capped at 50, one more
    // sort value, the model header optional, tag also one string or null, team moved to a header.
    String theirs = """
        {"openapi": "3.1.0", "info": {"title": "theirs", "version": "1"},
         "paths": {"/items/{item_id}": {"get": {
           "parameters": [
             {"name": "item_id", "in": "path", "required": true, "schema": {"type": "string"}},
             {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50,
               "default": 10}},
             {"name": "sort", "in": "query", "schema": {"enum": ["score", "created_at", "task_count"],
               "type": "string"}},
             {"name": "model", "in": "header", "schema": {"type": "string"}},
             {"name": "tag", "in": "query", "schema": {"anyOf": [{"type": "array", "items": {"type": "string"}},
               {"type": "string"}, {"type": "null"}]}},
             {"name": "team", "in": "header", "schema": {"type": "string"}},
             {"name": "cursor", "in": "query", "schema": {"type": "string"}}],
           "responses": {"200": {"description": "the item"}}}}}}
        """;
    Map<String, UpstreamDiff.Difference> found =
        UpstreamDiff.compare(UpstreamDiff.load(OURS_WITH_PARAMETERS), UpstreamDiff.load(theirs));

    assertEquals(new TreeSet<>(java.util.Arrays.asList(
        "GET /items/{id} parameter cursor | parameter",
        "GET /items/{id} parameter id | parameter",
        "GET /items/{id} parameter item_id | parameter",
        "GET /items/{id} parameter model | required",
        "GET /items/{id} parameter only_here | parameter",
        "GET /items/{id} parameter page_size | maximum",
        "GET /items/{id} parameter sort | enum",
        "GET /items/{id} parameter tag | alsoOneItem",
        "GET /items/{id} parameter tag | nullable",
        "GET /items/{id} parameter team | in",
        "GET /items/{id} parameter team | style")), found.keySet());
    assertEquals("100", found.get("GET /items/{id} parameter page_size | maximum").here);
    assertEquals("50", found.get("GET /items/{id} parameter page_size | maximum").there);
    assertEquals("[created_at, score]", found.get("GET /items/{id} parameter sort | enum").here);
    assertEquals("[created_at, score, task_count]", found.get("GET /items/{id} parameter sort | enum").there);
    assertEquals("true", found.get("GET /items/{id} parameter model | required").here);
    assertEquals("false", found.get("GET /items/{id} parameter model | required").there);
    assertEquals("present", found.get("GET /items/{id} parameter only_here | parameter").here);
    assertEquals("absent", found.get("GET /items/{id} parameter cursor | parameter").here);
    assertEquals("query", found.get("GET /items/{id} parameter team | in").here);
    assertEquals("header", found.get("GET /items/{id} parameter team | in").there);
  }

  @Test
  void aParameterOfThePathItemCountsForEachOfItsOperations() {
    String theirs = OURS_WITH_PARAMETERS.replace("""
            parameters:
              - {name: id, in: path, required: true, schema: {type: string, minLength: 1}}
            get:
              parameters:
        """, """
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
        """);
    assertTrue(!theirs.equals(OURS_WITH_PARAMETERS));
    Map<String, UpstreamDiff.Difference> found =
        UpstreamDiff.compare(UpstreamDiff.load(OURS_WITH_PARAMETERS), UpstreamDiff.load(theirs));
    assertEquals(java.util.Collections.singleton("GET /items/{id} parameter id | minLength"), found.keySet());
  }

  @Test
  void theReadmeTableGivesAFamilyOneRowAndRefusesAPlaceListedTwice() {
    String family = """
        differences:
          - at: ["GET /v1/agents", "POST /v1/agents"]
            what: operation
            here: absent
            there: present
            reason: Agents platform; not adopted
        """;
    assertEquals("""
        | where | what | this spec | provider's document | why |
        | --- | --- | --- | --- | --- |
        | `GET /v1/agents`<br>`POST /v1/agents` | operation | `absent` | `present` | Agents platform; not adopted |
        """, UpstreamDiff.readmeTable(family));

    String twice = family + """
          - {at: "POST /v1/agents", what: operation, here: absent, there: present, reason: again}
        """;
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> UpstreamDiff.readmeTable(twice));
    assertTrue(refused.getMessage().contains("POST /v1/agents | operation"), refused.getMessage());
  }

  private static Run run(String theirs, String known) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = UpstreamDiff.run(OURS, theirs, known, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exit, String out) {}
}
