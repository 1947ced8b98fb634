package fishaudio.client.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/**
 * Judges a captured multipart body by the form schema of the spec under test, not by the test's
 * own expectations. Prism 5.14.2 accepts parts a multipart schema does not declare (even with
 * {@code additionalProperties: false}) and keeps only the last of repeated parts, so these rules
 * are checked here, at the wire:
 * <ul>
 *   <li>every part's name is a property of the form schema (a renamed part fails, naming it);
 *   <li>only array properties repeat, and their repeat count stays within minItems/maxItems;
 *   <li>a {@code format: binary} property (or array of them) goes as a file part with a filename
 *       and a content type; any other goes as a text part without a filename, {@code text/plain} if typed;
 *   <li>a text part of an enum property holds one of the enum's values;
 *   <li>every required property is present;
 *   <li>{@code x-max-items-of: other}: never more parts of this name than of the other (texts paired with voices).
 * </ul>
 */
final class MultipartRules {
  private MultipartRules() {}

  /** Fails with every rule the parts break, each naming the part. */
  static void assertConforms(Spec spec, Spec.FormOperation operation, List<MultipartParts.Part> parts) {
    List<String> problems = problems(spec, operation, parts);
    if (!problems.isEmpty()) {
      Assertions.fail("The multipart body breaks the form schema of " + operation + " in the spec under test:\n  "
          + String.join("\n  ", problems) + "\nparts sent: " + parts);
    }
  }

  static List<String> problems(Spec spec, Spec.FormOperation operation, List<MultipartParts.Part> parts) {
    Map<String, Map<String, Object>> properties = spec.properties(operation.schema);
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (MultipartParts.Part part : parts) {
      String name = part.name();
      if (name == null) {
        problems.add("a part without a name: " + part);
        continue;
      }
      counts.merge(name, 1, Integer::sum);
      Map<String, Object> property = properties.get(name);
      if (property == null) {
        problems.add("part '" + name + "' is not declared by the form schema (declared: " + properties.keySet() + ")");
        continue;
      }
      boolean array = "array".equals(property.get("type"));
      Map<String, Object> item = array ? spec.flatten(property.get("items")) : property;
      boolean file = "binary".equals(item.get("format"));
      if (file && (part.filename() == null || part.contentType() == null)) {
        problems.add("part '" + name + "' is a file (format: binary) but was sent without a filename or content type: " + part);
      }
      if (!file && part.filename() != null) {
        problems.add("part '" + name + "' is text but was sent as a file: " + part);
      }
      // Prism 5.14.2 does not check an enum reached through allOf in a form (visibility): judged here.
      if (!file && item.get("enum") instanceof List && !((List<?>) item.get("enum")).contains(part.text())) {
        problems.add("part '" + name + "' is " + part.text() + ", not one of the spec's values " + item.get("enum"));
      }
      if (!file && part.contentType() != null && !part.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain")) {
        problems.add("part '" + name + "' is text but was sent as " + part.contentType());
      }
    }
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      Map<String, Object> property = properties.get(count.getKey());
      if (property == null) {
        continue;
      }
      if (!"array".equals(property.get("type"))) {
        if (count.getValue() > 1) {
          problems.add("part '" + count.getKey() + "' is not an array in the spec but was sent " + count.getValue() + " times");
        }
        continue;
      }
      Object min = property.get("minItems");
      Object max = property.get("maxItems");
      if (min instanceof Number && count.getValue() < ((Number) min).intValue()) {
        problems.add("part '" + count.getKey() + "' sent " + count.getValue() + " times, below minItems " + min);
      }
      if (max instanceof Number && count.getValue() > ((Number) max).intValue()) {
        problems.add("part '" + count.getKey() + "' sent " + count.getValue() + " times, above maxItems " + max);
      }
      Object pairedWith = property.get("x-max-items-of");
      if (pairedWith != null && count.getValue() > counts.getOrDefault(String.valueOf(pairedWith), 0)) {
        problems.add("part '" + count.getKey() + "' sent " + count.getValue() + " times, more than its pair '"
            + pairedWith + "' (" + counts.getOrDefault(String.valueOf(pairedWith), 0) + ")");
      }
    }
    for (String required : Spec.required(operation.schema)) {
      if (!counts.containsKey(required)) {
        problems.add("required part '" + required + "' was not sent");
      }
    }
    return problems;
  }
}
