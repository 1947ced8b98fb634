package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The whole run, judged against the spec under test, after every other contract test: an
 * {@link Isolated} class runs once all the concurrent ones have finished (JUnit runs the isolated
 * tasks of a level after joining the concurrent ones).
 *
 * <p>It walks the spec, not a list: an operation added to the spec, or a status or media type added
 * to an operation, fails here, by name, until a contract test exercises it. What was exercised is
 * what {@link Wire} recorded as the tests ran. Run alone (say with {@code -Dit.test=...}), this
 * class sees only what ran before it.
 */
@Isolated
class CoverageContractTest {
  @Test
  void everyOperationAndEveryDeclaredResponseWasExercised() {
    Spec spec = Spec.get();
    List<Exercised.Record> records = Exercised.all();
    printTable(spec, records);
    List<String> gaps = Coverage.gaps(spec, records);
    if (!gaps.isEmpty()) {
      fail("The contract tests did not exercise everything the spec under test (" + spec.path() + ") declares:\n  "
          + String.join("\n  ", gaps) + "\nAdd a contract test that calls it through the client (Wire records it).");
    }
  }

  /** {@link ExchangeChecks} fails each test that met one; this catches any exchange it could not tie to a test. */
  @Test
  void noResponseCarriedAFieldTheClientDoesNotKnow() {
    List<String> unknown = Exercised.unknownFieldLines(Exercised.all());
    if (!unknown.isEmpty()) {
      fail("Mock responses carried fields the compiled client does not know:\n  " + String.join("\n  ", unknown));
    }
  }

  private static void printTable(Spec spec, List<Exercised.Record> records) {
    StringBuilder out = new StringBuilder("[contract] coverage of " + spec.path() + " by " + records.size() + " exchanges:\n");
    for (Map.Entry<Spec.Operation, List<Coverage.Line>> op : Coverage.walk(spec, records).entrySet()) {
      List<Exercised.Record> mine = records.stream()
          .filter(r -> r.operation != null && r.operation.operationId.equals(op.getKey().operationId))
          .collect(Collectors.toList());
      long tests = mine.stream().map(r -> r.test).distinct().count();
      out.append(String.format("  %s: %d tests, %d exchanges%n", op.getKey(), tests, mine.size()));
      for (Coverage.Line line : op.getValue()) {
        out.append(String.format("    %-7s %-18s %s%n", line.declared.status,
            line.declared.mediaType == null ? "(no content)" : line.declared.mediaType,
            line.covered() ? line.exchanges.size() + " exchanges, served by " + line.servedBy() : "NOT EXERCISED"));
      }
    }
    TreeSet<String> stray = records.stream().filter(r -> r.operation == null).map(Exercised.Record::toString)
        .collect(Collectors.toCollection(TreeSet::new));
    stray.forEach(s -> out.append("  no operation: ").append(s).append('\n'));
    System.out.print(out);
  }
}
