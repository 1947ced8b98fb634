package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The error statuses the public client gives a type of its own (see {@link Clients#exceptionFor})
 * are declared by every operation of the spec under test, found by walking the spec: a spec that
 * drops one, or adds an operation without them, no longer documents what the client promises its
 * users, and Prism would then never serve it.
 */
@PrismContract
class DeclaredStatusesContractTest {
  /** The statuses with a dedicated exception type, and 503, which the retry policy names. */
  private static final int[] TYPED = {401, 402, 422, 429, 503};

  @TestFactory
  List<DynamicTest> everyTypedStatusIsDeclared() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Spec.Operation operation : Spec.get().operations()) {
      for (int status : TYPED) {
        tests.add(DynamicTest.dynamicTest(operation.operationId + " declares " + status, () -> {
          List<String> declared = Spec.get().declaredStatuses(operation.operationId);
          assertTrue(declared.contains(String.valueOf(status)),
              operation + " does not declare " + status + " (declared: " + declared + "), which the client maps to "
                  + Clients.exceptionFor(status).getSimpleName());
        }));
      }
    }
    return tests;
  }
}
