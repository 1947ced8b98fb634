package fishaudio.client.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which operations and declared responses of a spec the recorded exchanges exercised, found by
 * walking the spec: every operation, and every status of it with every media type (a status that
 * declares no content counts once, by its status). An exchange counts when Prism took its request
 * as valid (see {@link Exercised.Record#requestClean}); a {@code default} response is exercised by
 * a status the operation does not declare by number, a {@code 4XX} range by one of its statuses,
 * and {@code audio/*} by any {@code audio/} type.
 */
final class Coverage {
  private Coverage() {}

  /** One declared response and the exchanges that exercised it. */
  static final class Line {
    final Spec.DeclaredResponse declared;
    final List<Exercised.Record> exchanges;

    Line(Spec.DeclaredResponse declared, List<Exercised.Record> exchanges) {
      this.declared = declared;
      this.exchanges = exchanges;
    }

    boolean covered() {
      return !exchanges.isEmpty();
    }

    /** Who served it: Prism, ExampleServer or both. */
    String servedBy() {
      return String.join(" and ", exchanges.stream().map(r -> r.servedBy).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public String toString() {
      return declared.operationId + " " + declared.status + " " + (declared.mediaType == null ? "(no content)" : declared.mediaType);
    }
  }

  /** Every declared response of every operation of {@code spec}, in document order, with its exchanges. */
  static Map<Spec.Operation, List<Line>> walk(Spec spec, List<Exercised.Record> records) {
    Map<Spec.Operation, List<Line>> out = new LinkedHashMap<>();
    for (Spec.Operation operation : spec.operations()) {
      List<Exercised.Record> exercised = records.stream()
          .filter(r -> r.requestClean && r.operation != null && r.operation.operationId.equals(operation.operationId))
          .collect(Collectors.toList());
      List<String> numbered = spec.declaredStatuses(operation.operationId);
      List<Line> lines = new ArrayList<>();
      for (Spec.DeclaredResponse declared : spec.everyResponse(operation.operationId)) {
        lines.add(new Line(declared, exercised.stream()
            .filter(r -> statusMatches(declared.status, r.status, numbered))
            .filter(r -> declared.mediaType == null || KnownFields.mediaTypeMatches(declared.mediaType, r.mediaType))
            .collect(Collectors.toList())));
      }
      out.put(operation, lines);
    }
    return out;
  }

  /**
   * What the exchanges left unexercised, one line each, naming the operation or the response; and
   * any exchange that called no operation of the spec. Empty when everything was exercised.
   */
  static List<String> gaps(Spec spec, List<Exercised.Record> records) {
    List<String> gaps = new ArrayList<>();
    for (Map.Entry<Spec.Operation, List<Line>> op : walk(spec, records).entrySet()) {
      boolean called = op.getValue().stream().anyMatch(Line::covered)
          || records.stream().anyMatch(r -> r.requestClean && r.operation != null
              && r.operation.operationId.equals(op.getKey().operationId));
      if (!called) {
        gaps.add("operation " + op.getKey() + ": no contract test called it");
        continue;
      }
      for (Line line : op.getValue()) {
        if (!line.covered()) {
          gaps.add("response " + line + ": no contract test received it");
        }
      }
    }
    for (Exercised.Record r : records) {
      if (r.operation == null) {
        gaps.add("request " + r.method + " " + r.path + " (in " + r.test + ") calls no operation of the spec");
      }
    }
    return gaps;
  }

  /** Whether an exchange's status is the declared one: equal, in a range such as {@code 4XX}, or {@code default}. */
  static boolean statusMatches(String declared, int status, List<String> numbered) {
    if (declared.equals("default")) {
      return !numbered.contains(String.valueOf(status)) && numbered.stream()
          .noneMatch(s -> s.length() == 3 && s.toUpperCase().endsWith("XX") && s.charAt(0) == String.valueOf(status).charAt(0));
    }
    if (declared.length() == 3 && declared.toUpperCase().endsWith("XX")) {
      return !numbered.contains(String.valueOf(status)) && String.valueOf(status).charAt(0) == declared.charAt(0);
    }
    return declared.equals(String.valueOf(status));
  }
}
