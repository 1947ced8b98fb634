package fishaudio.client.contract;

import fishaudio.client.testing.ExampleServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared {@link Prism} once per run and hands it to tests as a parameter, and with it,
 * on first request, the one {@link ExampleServer} in front of it (for the answers Prism cannot
 * stream). Both are put in the root context's store, so JUnit closes them (they are
 * {@link AutoCloseable}) when the whole run ends, not when the first test class ends.
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

  static ExampleServer examples(ExtensionContext context) {
    Prism prism = prism(context);
    ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
    synchronized (PrismExtension.class) {
      ExampleServer examples = root.get(ExampleServer.class, ExampleServer.class);
      if (examples == null) {
        try {
          examples = new ExampleServer(HttpUrl.get(prism.baseUrl()), prism.spec());
        } catch (IOException e) {
          throw new UncheckedIOException("The example server did not start in front of Prism", e);
        }
        root.put(ExampleServer.class, examples);
        System.out.printf("[contract] ExampleServer at %s, in front of Prism at %s%n", examples.url(), prism.baseUrl());
      }
      return examples;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Prism.class || type == ExampleServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Prism.class ? prism(context) : examples(context);
  }
}
