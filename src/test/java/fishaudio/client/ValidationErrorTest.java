package fishaudio.client;

import fishaudio.client.errors.BadRequestException;
import fishaudio.client.errors.FieldViolation;
import fishaudio.client.errors.UnprocessableRequestException;
import fishaudio.client.internal.errors.Violations;

import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The three validation shapes the live service has used become one typed list of field violations. */
@Timeout(30)
class ValidationErrorTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void badRequestInTheFrameworkShapeNamesTheFirstField() {
    fixture.server.enqueue(json(400, "{\"detail\":[{\"loc\":[\"body\",\"reference_text\"],"
        + "\"msg\":\"String should have at most 150 characters\",\"type\":\"string_too_long\"}]}"));

    BadRequestException e = fixture.assertThrows(BadRequestException.class, this::design);

    assertEquals(400, e.status());
    assertEquals(1, e.violations().size());
    FieldViolation first = e.violations().get(0);
    assertEquals("reference_text", first.field());
    assertEquals("String should have at most 150 characters", first.message());
    assertEquals("string_too_long", first.type());
    assertTrue(e.getMessage().startsWith("HTTP 400: reference_text: String should have at most 150 characters"),
        e.getMessage());
  }

  @Test
  void unprocessableBareArrayKeepsEveryItemWithIndexesInBrackets() {
    fixture.server.enqueue(json(422, "[{\"loc\":[\"body\",\"reference_text\"],\"msg\":"
        + "\"String should have at most 150 characters\",\"type\":\"string_too_long\",\"in\":\"body\","
        + "\"ctx\":{\"max_length\":150}},"
        + "{\"loc\":[\"body\",\"voices\",2],\"msg\":\"Input should be a file\",\"type\":\"file_type\"},"
        + "{\"loc\":[\"body\",\"texts\",\"0\"],\"msg\":\"too long\",\"type\":\"string_too_long\"}]"));

    UnprocessableRequestException e = fixture.assertThrows(UnprocessableRequestException.class, this::design);

    List<FieldViolation> violations = e.violations();
    assertEquals(3, violations.size());
    assertEquals("reference_text", violations.get(0).field());
    assertEquals("voices[2]", violations.get(1).field());
    assertEquals("Input should be a file", violations.get(1).message());
    assertEquals("file_type", violations.get(1).type());
    assertEquals("texts[0]", violations.get(2).field());
    assertTrue(e.getMessage().startsWith("HTTP 422: reference_text: String should have at most 150 characters"),
        e.getMessage());
  }

  @Test
  void seedShapeKeepsTheServersMessageAndHasNoViolations() {
    fixture.server.enqueue(json(422, "{\"status\":422,\"message\":\"Validation failed\",\"reason\":\"bad speed\"}"));

    UnprocessableRequestException e = fixture.assertThrows(UnprocessableRequestException.class, this::design);

    assertEquals("Validation failed", e.serverMessage());
    assertEquals("bad speed", e.reason());
    assertTrue(e.violations().isEmpty());
  }

  @Test
  void seedShapeOnBadRequestIsABadRequestException() {
    fixture.server.enqueue(json(400, "{\"status\":400,\"message\":\"reference_text too long\"}"));

    BadRequestException e = fixture.assertThrows(BadRequestException.class, this::design);

    assertEquals("reference_text too long", e.serverMessage());
    assertTrue(e.violations().isEmpty());
  }

  @Test
  void nestedLocationsJoinWithDotsAndMissingPartsStayEmpty() {
    List<FieldViolation> parsed = Violations.parse(
        "{\"detail\":[{\"loc\":[\"query\",\"filter\",\"name\"],\"msg\":\"bad\"},{\"msg\":\"no field\"}]}");

    assertEquals(2, parsed.size());
    assertEquals("query.filter.name", parsed.get(0).field());
    assertEquals("", parsed.get(0).type());
    assertEquals("", parsed.get(1).field());
    assertEquals("no field", parsed.get(1).toString());
  }

  @Test
  void brokenOrForeignBodiesYieldNoViolations() {
    assertTrue(Violations.parse("{\"detail\":[{\"loc\":[\"body\"").isEmpty());
    assertTrue(Violations.parse("{\"detail\":\"Not authenticated\"}").isEmpty());
    assertTrue(Violations.parse("<html>502</html>").isEmpty());
    assertTrue(Violations.parse("").isEmpty());
  }

  private void design() {
    fixture.client().voiceDesign().designVoice(designRequest());
  }
}
