package fishaudio.client.contract;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every contract test as the owner of its exchanges ({@link Exercised#currentTest()}, which
 * {@link Wire} reads), and fails a test whose exchanges brought a response field the compiled
 * client does not know ({@link KnownFields}): whatever the test itself asserted, a mock response
 * with such a field means the spec and the client disagree.
 */
final class ExchangeChecks implements InvocationInterceptor {
  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    run(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    run(invocation, context);
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext call,
      ExtensionContext context) throws Throwable {
    run(invocation, context);
  }

  private static void run(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
    String test = name(context);
    String outer = Exercised.currentTest();
    Exercised.setCurrentTest(test);
    Throwable failure = null;
    try {
      invocation.proceed();
    } catch (Throwable t) {
      failure = t;
    } finally {
      Exercised.setCurrentTest(outer);
    }
    List<String> unknown = Exercised.unknownFieldLines(Exercised.of(test));
    if (!unknown.isEmpty()) {
      AssertionFailedError error = new AssertionFailedError("The mock answered with fields the compiled client does "
          + "not know (renamed or added in the spec, and read by nothing):\n  " + String.join("\n  ", unknown));
      if (failure != null) {
        error.addSuppressed(failure);
      }
      throw error;
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** The test's class and display names, down to this invocation: {@code VoiceDesignContractTest > asyncAndSave(Path)}. */
  static String name(ExtensionContext context) {
    List<String> parts = new ArrayList<>();
    for (ExtensionContext c = context; c != null && c.getParent().isPresent(); c = c.getParent().orElse(null)) {
      boolean classLevel = c.getElement().filter(e -> e instanceof Class).isPresent();
      parts.add(0, classLevel ? c.getRequiredTestClass().getSimpleName() : c.getDisplayName());
      if (classLevel) {
        break;
      }
    }
    return String.join(" > ", parts);
  }
}
