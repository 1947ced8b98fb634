package fishaudio.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The spec's examples as JSON, one copy for every test package; a test keeps it equal to the spec. */
public final class SpecExamples {
  private SpecExamples() {}

  /** The {@code trained} example of the create-model 201 response. */
  public static String modelTrained() {
    try (InputStream in = SpecExamples.class.getResourceAsStream("/examples/model-trained.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
