package fishaudio.client.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** The close hooks of the interceptors share one layer, and each runs once, in order, whatever the others do. */
class ClosingBodyTest {
  private final List<String> ran = new ArrayList<>();

  @Test
  void hooksJoinOneLayerAndRunOnceInOrderAfterTheSourceCloses() throws IOException {
    ResponseBody inner = ClosingBody.after(body("audio"), () -> ran.add("connection"));
    ResponseBody outer = ClosingBody.after(inner, () -> ran.add("slot"));

    assertSame(inner, outer, "a second hook adds no layer");
    assertEquals("audio", outer.source().readUtf8());
    assertEquals(List.of(), ran);
    outer.byteStream().close();
    outer.close();
    assertEquals(List.of("connection", "slot"), ran);
  }

  @Test
  void aHookAddedAfterTheCloseStillRunsAtItsOwnClose() throws IOException {
    ResponseBody closed = ClosingBody.after(body("x"), () -> ran.add("first"));
    closed.close();
    ResponseBody later = ClosingBody.after(closed, () -> ran.add("late"));

    assertNotSame(closed, later);
    later.close();
    assertEquals(List.of("first", "late"), ran);
  }

  @Test
  void aFailingHookDoesNotKeepTheNextFromRunning() {
    ResponseBody body = ClosingBody.after(ClosingBody.after(body("x"), () -> {
      throw new IOException("socket");
    }), () -> ran.add("slot released"));

    IOException thrown = assertThrows(IOException.class, () -> body.source().close());
    assertEquals("socket", thrown.getMessage());
    assertEquals(List.of("slot released"), ran);
  }

  private static ResponseBody body(String text) {
    return ResponseBody.create(text, MediaType.get("text/plain"));
  }
}
