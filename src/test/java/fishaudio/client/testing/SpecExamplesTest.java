package fishaudio.client.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The shared example fixtures are the spec's examples, field for field, so they cannot drift. */
class SpecExamplesTest {
  @Test
  @SuppressWarnings("unchecked")
  void modelTrainedIsTheSpecsTrainedExample() throws IOException {
    Map<String, Object> spec;
    try (Reader reader = Files.newBufferedReader(Paths.get("openapi/fish-audio.yaml"), StandardCharsets.UTF_8)) {
      spec = new Yaml().load(reader);
    }
    Map<String, Object> example = (Map<String, Object>) at(spec,
        "paths", "/model", "post", "responses", "201", "content", "application/json", "examples", "trained", "value");

    // JSON is YAML, so one parser reads both the same way.
    assertEquals(example, new Yaml().load(SpecExamples.modelTrained()));
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> node, String... keys) {
    Object current = node;
    for (String key : keys) {
      current = ((Map<String, Object>) current).get(key);
    }
    return current;
  }
}
