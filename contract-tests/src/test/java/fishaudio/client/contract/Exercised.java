package fishaudio.client.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every exchange of this run that went through a {@link Wire}, kept for the checks that look at the
 * whole run: which operations and declared responses the contract tests exercised
 * ({@link CoverageContractTest}) and which response fields the compiled client did not know
 * ({@link ExchangeChecks}). Nothing here is kept by hand: {@link Wire} records each exchange as
 * it happens.
 */
final class Exercised {
  /** Who answered an exchange. */
  static final String PRISM = "Prism";
  static final String EXAMPLE_SERVER = "ExampleServer";

  /** One exchange as the run-wide checks see it. */
  static final class Record {
    final String test;
    final String method;
    final String path;
    /** The spec's operation, or null when the request matched none. */
    final Spec.Operation operation;
    final int status;
    /** The response's media type without parameters, or null when it had no body. */
    final String mediaType;
    final String servedBy;
    /** No {@code sl-violations} about the request and no problem+json: Prism took the request as valid. */
    final boolean requestClean;
    final List<String> unknownFields;

    Record(String test, String method, String path, Spec.Operation operation, int status, String mediaType,
        String servedBy, boolean requestClean, List<String> unknownFields) {
      this.test = test;
      this.method = method;
      this.path = path;
      this.operation = operation;
      this.status = status;
      this.mediaType = mediaType;
      this.servedBy = servedBy;
      this.requestClean = requestClean;
      this.unknownFields = unknownFields;
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + " " + (mediaType == null ? "(no body)" : mediaType)
          + " from " + servedBy + " in " + test;
    }
  }

  private static final List<Record> RECORDS = Collections.synchronizedList(new ArrayList<>());

  /**
   * The test running on this thread, set by {@link ExchangeChecks} around each test invocation;
   * inherited by threads a test starts (its fuzzing pools), so their exchanges are the test's too.
   */
  private static final InheritableThreadLocal<String> CURRENT_TEST = new InheritableThreadLocal<>();

  private Exercised() {}

  static String currentTest() {
    return CURRENT_TEST.get();
  }

  static void setCurrentTest(String test) {
    if (test == null) {
      CURRENT_TEST.remove();
    } else {
      CURRENT_TEST.set(test);
    }
  }

  static void record(Record record) {
    RECORDS.add(record);
  }

  static List<Record> all() {
    synchronized (RECORDS) {
      return new ArrayList<>(RECORDS);
    }
  }

  /**
   * The unknown fields of {@code records}, one line per field (array indexes folded, so
   * {@code $.candidates[0].text} and {@code $.candidates[3].text} are one), each with how many
   * responses carried it and the first exchange that did.
   */
  static List<String> unknownFieldLines(List<Record> records) {
    java.util.Map<String, List<Record>> byField = new java.util.LinkedHashMap<>();
    for (Record r : records) {
      for (String field : r.unknownFields) {
        String operation = r.operation == null ? r.method + " " + r.path : r.operation.operationId;
        byField.computeIfAbsent(operation + " " + r.status + ": " + field.replaceAll("\\[\\d+]", "[]"), k -> new ArrayList<>()).add(r);
      }
    }
    List<String> out = new ArrayList<>();
    for (java.util.Map.Entry<String, List<Record>> e : byField.entrySet()) {
      long responses = e.getValue().stream().distinct().count();
      out.add(e.getKey() + ", in " + responses + " response" + (responses == 1 ? "" : "s") + ", first " + e.getValue().get(0));
    }
    return out;
  }

  static List<Record> of(String test) {
    return all().stream().filter(r -> test.equals(r.test)).collect(Collectors.toList());
  }
}
