package fishaudio.client.contract;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared {@link Prism} once per run and hands it to tests as a parameter. The instance
 * is put in the root context's store, so JUnit closes it (it is {@link AutoCloseable}) when the
 * whole run ends, not when the first test class ends.
 */
final class PrismExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrismExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    prism(context);
  }

  static Prism prism(ExtensionContext context) {
    Prism prism = Prism.get();
    ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
    synchronized (PrismExtension.class) {
      if (root.get(Prism.class) == null) {
        root.put(Prism.class, prism);
      }
    }
    return prism;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Prism.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return prism(context);
  }
}
