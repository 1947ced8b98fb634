package fishaudio.client.contract;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * When a contract test fails for any reason (typically the client throwing on the mock's canned
 * 422), and Prism had flagged a request or response of that test, the failure is replaced by one
 * that leads with Prism's own words, keeping the original as the cause. Without this, a request
 * Prism rejects would surface as the spec's example 422 message, which names an unrelated field.
 */
final class PrismViolationsOnFailure implements TestExecutionExceptionHandler {
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    List<String> reports = new ArrayList<>();
    Object instance = context.getTestInstance().orElse(null);
    if (instance != null) {
      for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.getType() == Wire.class) {
            field.setAccessible(true);
            Wire wire = (Wire) field.get(instance);
            if (wire != null) {
              reports.addAll(wire.reports());
            }
          }
        }
      }
    }
    if (reports.isEmpty() || failure.getMessage() != null && failure.getMessage().contains("sl-violations")) {
      throw failure;
    }
    throw new AssertionFailedError("Prism found this test's exchanges invalid:\n  " + String.join("\n  ", reports)
        + "\nand the test then failed with: " + failure, failure);
  }
}
