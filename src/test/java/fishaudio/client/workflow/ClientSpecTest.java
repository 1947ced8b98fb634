package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@link ClientSpec} refuses, one small spec per construct the templates cannot express: the
 * build stops with a message that names the operation (its id, method and path) and the construct,
 * rather than generating code that compiles and fails at the first call. And what it derives, so a
 * new operation needs nothing but its spec. {@link RegenerationTest} proves the derived code runs.
 */
class ClientSpecTest {

  // ---- Request bodies ----

  @Test
  void stopsOnARequestMediaTypeTheClientDoesNotSend() {
    assertStops("createThing (POST /v1/things)", "request media type text/plain",
        post("text/plain", "{type: string}", json200()));
  }

  @Test
  void stopsOnBinaryInsideAJsonOnlyBody() {
    assertStops("createThing (POST /v1/things)", "binary data (Thing.file) inside a JSON body",
        post("application/json", ref("Thing"), json200()),
        "Thing: {type: object, properties: {file: {type: string, format: binary}}}");
  }

  @Test
  void stopsOnBinaryBehindANullableAllOfInAJsonOnlyBody() {
    assertStops("createThing (POST /v1/things)", "binary data (Thing.sample.Sample.audio) inside a JSON body",
        post("application/json", ref("Thing"), json200()),
        "Thing: {type: object, properties: {sample: {type: object, nullable: true, allOf: [" + ref("Sample") + "]}}}",
        "Sample: {type: object, properties: {audio: {type: string, format: binary}}}");
  }

  @Test
  void stopsOnAnInlineRequestSchema() {
    assertStops("createThing (POST /v1/things)", "an inline request body schema",
        post("application/json", "{type: object, properties: {a: {type: string}}}", json200()));
  }

  @Test
  void stopsOnAnInlineMultipartForm() {
    assertStops("createThing (POST /v1/things)", "an inline multipart form schema",
        post("multipart/form-data", "{type: object, properties: {a: {type: string, format: binary}}}", json200()));
  }

  @Test
  void stopsOnARequestBodyThatIsAOneOf() {
    assertStops("createThing (POST /v1/things) request body (Shape)", "oneOf as a whole schema",
        post("application/json", ref("Shape"), json200()),
        "Shape: {oneOf: [" + ref("Thing") + ", {type: string}]}");
  }

  // ---- Responses ----

  @Test
  void stopsOnAResponseMediaTypeTheClientDoesNotRead() {
    assertStops("createThing (POST /v1/things)", "response 200 media type image/png",
        post("application/json", ref("Thing"), "{'200': {description: ok, content: {image/png: {schema: {type: string, format: binary}}}}}"));
  }

  @Test
  void stopsOnASuccessThatMixesJsonAndAudio() {
    assertStops("createThing (POST /v1/things)", "response 200 mixes json and binary",
        post("application/json", ref("Thing"), "{'200': {description: ok, content: {application/json: {schema: "
            + ref("Thing") + "}, audio/wav: {schema: {type: string, format: binary}}}}}"));
  }

  @Test
  void stopsOnAnInlineResponseSchema() {
    assertStops("createThing (POST /v1/things)", "an inline response schema",
        post("application/json", ref("Thing"), "{'200': {description: ok, content: {application/json: {schema: "
            + "{type: object, properties: {a: {type: string}}}}}}}"));
  }

  @Test
  void stopsOnTwoSuccessStatuses() {
    assertStops("createThing (POST /v1/things)", "two success statuses (200, 201)",
        post("application/json", ref("Thing"), "{'200': {description: ok, content: {application/json: {schema: "
            + ref("Thing") + "}}}, '201': {description: created}}"));
  }

  @Test
  void stopsOnEventsWhoseDataSchemaHasNoName() {
    assertStops("createThing (POST /v1/things)", "server-sent events whose data schema is not a $ref",
        post("application/json", ref("Thing"), "{'200': {description: ok, content: {text/event-stream: {schema: {type: string}}}}}"));
  }

  // ---- Schemas, reported with the operations that use them ----

  @Test
  void stopsOnAOneOfTheTemplatesCannotExpress() {
    assertStops("createThing (POST /v1/things), schema Thing property value",
        "oneOf other than of a string and an array of strings",
        post("application/json", ref("Thing"), json200()),
        "Thing: {type: object, properties: {value: {oneOf: [{type: string}, {type: integer}]}}}");
  }

  @Test
  void namesEveryOperationThatReachesTheSchema() {
    assertStops("createThing (POST /v1/things) and getThing (GET /v1/things/{id}), schema Part property value",
        "anyOf other than of a string and an array of strings",
        "/v1/things: {post: {operationId: createThing, tags: [T], requestBody: {content: {application/json: {schema: "
            + ref("Thing") + "}}}, responses: " + json200() + "}}\n"
            + "  /v1/things/{id}: {get: {operationId: getThing, tags: [T], parameters: [{name: id, in: path, required: true, "
            + "schema: {type: string}}], responses: " + json200() + "}}",
        "Thing: {type: object, properties: {parts: {type: array, items: " + ref("Part") + "}}}",
        "Part: {type: object, properties: {value: {anyOf: [{type: string}, {type: boolean}]}}}");
  }

  @Test
  void namesTheSchemaAloneWhenNoOperationUsesIt() {
    Map<String, Object> spec = spec(post("application/json", ref("Thing"), json200()),
        "Orphan: {type: object, properties: {value: {type: object, properties: {a: {type: string}}}}}");
    ClientSpec.Unsupported e = assertThrows(ClientSpec.Unsupported.class, () -> ClientSpec.normalize(spec));
    assertEquals("generation stopped: schema Orphan property value: an inline object: name it under components/schemas",
        e.getMessage());
  }

  @Test
  void stopsOnAnEnumOfNumbers() {
    assertStops("createThing (POST /v1/things), schema Thing property ratio", "an enum of type number",
        post("application/json", ref("Thing"), json200()),
        "Thing: {type: object, properties: {ratio: {type: number, enum: [0.5, 1.5]}}}");
  }

  @Test
  void stopsOnAComposedArrayItem() {
    assertStops("createThing (POST /v1/things), schema Thing property values", "a composed schema as array items",
        post("application/json", ref("Thing"), json200()),
        "Thing: {type: object, properties: {values: {type: array, items: {oneOf: [{type: string}, {type: integer}]}}}}");
  }

  // ---- Parameters ----

  @Test
  void stopsOnACookieParameter() {
    assertStops("getThing (GET /v1/things) parameter session", "a parameter in cookie",
        get("[{name: session, in: cookie, schema: {type: string}}]"));
  }

  @Test
  void stopsOnAnIntegerPathParameter() {
    assertStops("getThing (GET /v1/things/{n}) parameter n", "a path parameter of type integer",
        "/v1/things/{n}: {get: {operationId: getThing, tags: [T], parameters: [{name: n, in: path, required: true, "
            + "schema: {type: integer, minimum: 1}}], responses: " + json200() + "}}");
  }

  @Test
  void stopsOnAnEnumPathParameter() {
    assertStops("getThing (GET /v1/things/{kind}) parameter kind", "an enum path parameter",
        "/v1/things/{kind}: {get: {operationId: getThing, tags: [T], parameters: [{name: kind, in: path, required: true, "
            + "schema: {type: string, enum: [a, b]}}], responses: " + json200() + "}}");
  }

  @Test
  void stopsOnAOneOfParameter() {
    assertStops("getThing (GET /v1/things) parameter q", "oneOf in a parameter's schema",
        get("[{name: q, in: query, schema: {oneOf: [{type: string}, {type: integer}]}}]"));
  }

  @Test
  void stopsOnAnObjectParameter() {
    assertStops("getThing (GET /v1/things) parameter filter", "an object-typed parameter",
        get("[{name: filter, in: query, schema: {type: object, properties: {a: {type: string}}}}]"));
  }

  // ---- Operations ----

  @Test
  void stopsOnAnOperationWithoutAnId() {
    assertStops("GET /v1/things", "no operationId, which names its Java method",
        "/v1/things: {get: {tags: [T], responses: " + json200() + "}}");
  }

  @Test
  void stopsOnAnOperationWithTwoTags() {
    assertStops("getThing (GET /v1/things)", "needs exactly one tag, which names its service",
        "/v1/things: {get: {operationId: getThing, tags: [T, U], responses: " + json200() + "}}");
  }

  // ---- What it derives ----

  @Test
  void marksTheModelOfAMultipartFormWithoutTheSpecSayingSo() {
    Map<String, Object> spec = spec(post("multipart/form-data", ref("Thing"), json200()),
        "Thing: {type: object, properties: {file: {type: string, format: binary}}}");
    ClientSpec.normalize(spec);
    assertEquals(true, schema(spec, "Thing").get("x-multipart"));
    assertEquals(true, operation(spec, "/v1/things", "post").get("x-request-multipart"));
  }

  @Test
  void sendsBytesBehindANullableAllOfAsMessagePack() {
    Map<String, Object> spec = spec("/v1/things: {post: {operationId: createThing, tags: [T], requestBody: {content: {"
            + "application/json: {schema: " + ref("Thing") + "}, application/msgpack: {schema: " + ref("Thing") + "}}}, "
            + "responses: " + json200() + "}}",
        "Thing: {type: object, properties: {sample: {type: object, nullable: true, allOf: [" + ref("Sample") + "]}}}",
        "Sample: {type: object, properties: {audio: {type: string, format: binary}}}");
    ClientSpec.normalize(spec);
    Map<String, Object> audio = property(schema(spec, "Sample"), "audio");
    assertEquals("byte", audio.get("format"));
    assertEquals(true, audio.get("x-binary"));
    assertEquals(true, operation(spec, "/v1/things", "post").get("x-request-msgpack"));
  }

  @Test
  void marksBinaryInAMessagePackMessageThatNoOperationReaches() {
    Map<String, Object> spec = spec(post("application/json", ref("Thing"), json200()),
        "Frame: {type: object, x-msgpack: true, properties: {audio: {type: string, format: binary}}}");
    ClientSpec.normalize(spec);
    Map<String, Object> audio = property(schema(spec, "Frame"), "audio");
    assertEquals("byte", audio.get("format"));
    assertEquals(true, audio.get("x-binary"));
  }

  @Test
  void aFieldAnOperationRefusesEmptyGetsItsJavaAccessor() {
    Map<String, Object> spec = spec("/v1/things: {post: {operationId: createThing, tags: [T], x-nonempty: [long_name], "
            + "requestBody: {content: {application/json: {schema: " + ref("Thing") + "}}}, responses: " + json200() + "}}",
        "Thing: {type: object, properties: {long_name: {type: string}}}");
    ClientSpec.normalize(spec);
    assertEquals(java.util.List.of(Map.of("name", "long_name", "getter", "longName")),
        operation(spec, "/v1/things", "post").get("x-nonempty-fields"));
  }

  @Test
  void stopsOnANonEmptyFieldThatIsNoStringOfTheBody() {
    assertStops("createThing (POST /v1/things)", "x-nonempty names size, which is no string property of Thing",
        "/v1/things: {post: {operationId: createThing, tags: [T], x-nonempty: [size], requestBody: {content: "
            + "{application/json: {schema: " + ref("Thing") + "}}}, responses: " + json200() + "}}",
        "Thing: {type: object, properties: {size: {type: integer}}}");
  }

  @Test
  void derivesEachResponseKindFromItsMediaType() {
    Map<String, Object> spec = spec("/v1/a: {get: {operationId: a, tags: [T], responses: " + json200() + "}}\n"
            + "  /v1/b: {delete: {operationId: b, tags: [T], responses: {'204': {description: gone}}}}\n"
            + "  /v1/c: {get: {operationId: c, tags: [T], responses: {'200': {description: ok, content: {audio/mpeg: {schema: "
            + "{type: string, format: binary}}, application/octet-stream: {schema: {type: string, format: binary}}}}}}}\n"
            + "  /v1/d: {get: {operationId: d, tags: [T], responses: {'200': {description: ok, content: {text/event-stream: "
            + "{schema: " + ref("Thing") + "}}}}}}");
    ClientSpec.normalize(spec);
    assertEquals(true, operation(spec, "/v1/a", "get").get("x-response-json"));
    assertEquals(true, operation(spec, "/v1/b", "delete").get("x-response-none"));
    assertEquals(true, operation(spec, "/v1/c", "get").get("x-response-binary"));
    assertEquals("audio/mpeg, application/octet-stream", operation(spec, "/v1/c", "get").get("x-accept"));
    assertEquals(true, operation(spec, "/v1/d", "get").get("x-response-events"));
    assertEquals("Thing", operation(spec, "/v1/d", "get").get("x-event-type"));
  }

  // ---- Small specs ----

  private static void assertStops(String where, String construct, String paths, String... schemas) {
    Map<String, Object> spec = spec(paths, schemas);
    ClientSpec.Unsupported e = assertThrows(ClientSpec.Unsupported.class, () -> ClientSpec.normalize(spec));
    assertTrue(e.getMessage().startsWith("generation stopped: " + where + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(construct), e.getMessage());
  }

  /** A spec with {@code paths} (YAML, two-space indented under {@code paths:}) and schemas, each one line. */
  private static Map<String, Object> spec(String paths, String... schemas) {
    StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  ")
        .append(paths).append("\ncomponents:\n  schemas:\n    Thing: {type: object, properties: {name: {type: string}}}\n");
    for (String schema : schemas) {
      if (!schema.startsWith("Thing:")) {
        yaml.append("    ").append(schema).append('\n');
      }
    }
    Map<String, Object> spec = new Yaml(new LoaderOptions()).load(yaml.toString());
    for (String schema : schemas) {
      if (schema.startsWith("Thing:")) {
        Map<String, Object> thing = new Yaml(new LoaderOptions()).load(schema);
        schemas(spec).put("Thing", thing.get("Thing"));
      }
    }
    return spec;
  }

  private static String post(String mediaType, String schema, String responses) {
    return "/v1/things: {post: {operationId: createThing, tags: [T], requestBody: {content: {" + mediaType
        + ": {schema: " + schema + "}}}, responses: " + responses + "}}";
  }

  private static String get(String parameters) {
    return "/v1/things: {get: {operationId: getThing, tags: [T], parameters: " + parameters + ", responses: " + json200() + "}}";
  }

  private static String json200() {
    return "{'200': {description: ok, content: {application/json: {schema: " + ref("Thing") + "}}}}";
  }

  private static String ref(String schema) {
    return "{$ref: '#/components/schemas/" + schema + "'}";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemas(Map<String, Object> spec) {
    return (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(Map<String, Object> spec, String name) {
    return (Map<String, Object>) schemas(spec).get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> property(Map<String, Object> schema, String name) {
    return (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> operation(Map<String, Object> spec, String path, String method) {
    return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec.get("paths")).get(path)).get(method);
  }
}
