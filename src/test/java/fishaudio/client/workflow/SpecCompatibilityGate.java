package fishaudio.client.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Breaking-change gate: compares openapi/fish-audio.yaml with the last released baseline using
 * openapi-diff. An incompatible change (a removed response field, a new required request field, ...)
 * fails the build unless the project's major version is above the baseline's. The markdown changelog
 * goes to a file for reviewers.
 *
 * <p>The build runs {@link #main} (exec-maven-plugin, phase process-test-classes); the proving test
 * calls {@link #check}. It lives in the test sources so that openapi-diff never reaches the main jar.
 */
public final class SpecCompatibilityGate {

  /** The outcome: {@code passes} is false only for an incompatible change within the same major version. */
  public record Result(boolean incompatible, boolean passes, List<String> removedResponseFields, String markdown) {}

  private SpecCompatibilityGate() {}

  public static Result check(Path baseline, Path spec, String baselineVersion, String projectVersion) {
    ChangedOpenApi diff = OpenApiCompare.fromFiles(baseline.toFile(), spec.toFile());
    ByteArrayOutputStream md = new ByteArrayOutputStream();
    try (OutputStreamWriter out = new OutputStreamWriter(md, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // openapi-diff counts a removed *optional* response field as compatible; for this client it is not:
    // the generated getter disappears. So any removed response field is incompatible here.
    List<String> removed = new ArrayList<>();
    collectRemovedResponseFields(diff.getChangedElements(), removed, Collections.newSetFromMap(new IdentityHashMap<>()));
    boolean incompatible = diff.isIncompatible() || !removed.isEmpty();
    boolean majorBump = major(projectVersion) > major(baselineVersion);
    String verdict = !diff.isDifferent() ? "no changes"
        : !incompatible ? "compatible"
        : majorBump ? "INCOMPATIBLE, allowed by the major version bump"
        : "INCOMPATIBLE: remove the change, or raise the major version above " + major(baselineVersion);
    String header = "# OpenAPI changes since " + baselineVersion + " (project " + projectVersion + ")\n\n"
        + "**Verdict: " + verdict + "**\n\n"
        + (removed.isEmpty() ? "" : "Removed response fields (breaking for the generated models):\n"
            + removed.stream().map(f -> "- `" + f + "`\n").reduce("", String::concat) + "\n");
    return new Result(incompatible, !incompatible || majorBump, removed, header + md.toString(StandardCharsets.UTF_8));
  }

  private static void collectRemovedResponseFields(List<? extends Changed> changes, List<String> out, Set<Changed> seen) {
    for (Changed c : changes) {
      if (c == null || !seen.add(c)) {
        continue;
      }
      if (c instanceof ChangedSchema s && s.getContext() != null && s.getContext().isResponse()) {
        s.getMissingProperties().keySet().forEach(name -> out.add(s.getContext().getUrl() + " response: " + name));
      }
      if (c instanceof ComposedChanged composed) {
        collectRemovedResponseFields(composed.getChangedElements(), out, seen);
      }
    }
  }

  static int major(String version) {
    return Integer.parseInt(version.replaceFirst("^(\\d+).*$", "$1"));
  }

  /** Arguments: baseline spec, spec, baseline version, project version, markdown output file. */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: BASELINE SPEC BASELINE_VERSION PROJECT_VERSION OUT.md");
    }
    Result result = check(Paths.get(args[0]), Paths.get(args[1]), args[2], args[3]);
    Path out = Paths.get(args[4]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, result.markdown());
    System.out.println(result.markdown());
    System.out.println("openapi-diff: changelog written to " + out);
    if (!result.passes()) {
      throw new IllegalStateException("Incompatible OpenAPI change against baseline " + args[2]
          + " in a " + args[3] + " build; see " + out);
    }
  }
}
