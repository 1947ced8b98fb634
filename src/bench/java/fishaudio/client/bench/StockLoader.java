package fishaudio.client.bench;

import java.util.function.IntSupplier;

/**
 * Loads the stock-generator anchor by name: it is compiled by scripts/bench against a client
 * generated at bench time, so the bench profile cannot see it at compile time.
 */
final class StockLoader {
  static final String DESIGN = "fishaudio.client.bench.stock.StockDesign";

  private StockLoader() {}

  static IntSupplier design(String baseUrl) throws Exception {
    Class<?> type;
    try {
      type = Class.forName(DESIGN);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The stock client is not on the classpath: scripts/bench generates and "
          + "builds it into target/bench/stock", e);
    }
    return (IntSupplier) type.getConstructor(String.class, String.class).newInstance(baseUrl, Payloads.API_KEY);
  }
}
