package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the breaking-change gate the build runs: edits of the 1.0.0 baseline, checked as the build does. */
class SpecCompatibilityGateTest {

  private static final Path BASELINE = Path.of("openapi/baseline/fish-audio-1.0.0.yaml");

  @TempDir
  Path dir;

  @Test
  void removedResponseFieldFailsWithinTheMajorVersion() throws IOException {
    // ModelEntity.title: a required field of the createModel response.
    Path spec = edit("    ModelEntity:", "        - title\n", "",
        "        title:\n          type: string\n          description: Model title or name.\n", "");

    SpecCompatibilityGate.Result sameMajor = SpecCompatibilityGate.check(BASELINE, spec, "1.0.0", "1.1.0-SNAPSHOT");
    assertTrue(sameMajor.incompatible());
    assertFalse(sameMajor.passes());
    assertTrue(sameMajor.removedResponseFields().contains("/model response: title"), sameMajor.markdown());
    assertTrue(sameMajor.markdown().contains("Deleted property `title`"), sameMajor.markdown());

    assertTrue(SpecCompatibilityGate.check(BASELINE, spec, "1.0.0", "2.0.0-SNAPSHOT").passes(),
        "a new major version may break compatibility");
  }

  @Test
  void removedOptionalResponseFieldFails() throws IOException {
    // openapi-diff alone calls this compatible; the generated getter would disappear.
    Path spec = edit("    ModelEntity:",
        "        languages:\n          type: array\n          description: Languages supported by the model.\n"
            + "          items:\n            type: string\n", "");

    SpecCompatibilityGate.Result result = SpecCompatibilityGate.check(BASELINE, spec, "1.0.0", "1.0.1");
    assertFalse(result.passes(), result.markdown());
  }

  @Test
  void newRequiredRequestFieldFails() throws IOException {
    Path spec = edit("    VoiceDesignRequest:", "required: [instruction]", "required: [instruction, style]",
        "      properties:\n", "      properties:\n        style:\n          type: string\n");

    assertFalse(SpecCompatibilityGate.check(BASELINE, spec, "1.0.0", "1.0.0-SNAPSHOT").passes());
  }

  @Test
  void addedOptionalResponseFieldPasses() throws IOException {
    Path spec = edit("    ModelEntity:", "      properties:\n",
        "      properties:\n        accent:\n          type: string\n          description: Accent of the voice.\n");

    SpecCompatibilityGate.Result result = SpecCompatibilityGate.check(BASELINE, spec, "1.0.0", "1.0.0-SNAPSHOT");
    assertFalse(result.incompatible(), result.markdown());
    assertTrue(result.passes());
    assertTrue(result.markdown().contains("Added property `accent`"), result.markdown());
  }

  /** The baseline with replacements (pairs of old, new; each must match) made after {@code section}. */
  private Path edit(String section, String... replacements) throws IOException {
    String text = Files.readString(BASELINE);
    int at = text.indexOf(section);
    assertTrue(at >= 0, section);
    String head = text.substring(0, at);
    String tail = text.substring(at);
    for (int i = 0; i < replacements.length; i += 2) {
      String edited = tail.replaceFirst(Pattern.quote(replacements[i]), Matcher.quoteReplacement(replacements[i + 1]));
      assertNotEquals(tail, edited, "no match for: " + replacements[i]);
      tail = edited;
    }
    Path spec = dir.resolve("fish-audio.yaml");
    Files.writeString(spec, head + tail);
    return spec;
  }
}
