package fishaudio.client.reliability;

import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.TransportException;

import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static fishaudio.client.reliability.Fixtures.repeat;
import static fishaudio.client.reliability.ProcessingRuleTest.gzip;
import static fishaudio.client.reliability.ProcessingRuleTest.pause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: create-model answers that arrive in part, break, or put {@code _id} far down, each
 * of which must still name the model the server created and billed; what is retried belongs in
 * ProcessingRuleTest.
 *
 * <p>Suite 9: whatever part of a create-model answer arrived, if it holds the top-level {@code _id},
 * the exception carries it as {@code createdModelId()}: a {@link TransportException} for a body cut
 * off, reset or stalled, a {@link MalformedResponseException} for one that broke the spec, wherever
 * the id sits within the body cap.
 */
class BilledModelTest {
  private static final Tally TALLY = new Tally("billed-models");
  private static final String ID = "8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a";
  private static final String MODEL = modelJson();
  private static final int WHOLE = MODEL.getBytes(StandardCharsets.UTF_8).length;

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------ 5. a 201 cut off after _id

  @TestFactory
  Stream<DynamicTest> aCreatedModelIsNamedWhenTheAnswerBreaks() {
    return Stream.of(
        cut("201 with Content-Length, the first 60 bytes, then a reset", TransportException.class, ID, socket -> {
          write(socket, head201("Content-Length: " + WHOLE) + MODEL.substring(0, 60));
          pause(50);
          RawServer.reset(socket);
        }),
        cut("201 with Content-Length, the first 60 bytes, then a stall past the read timeout", TransportException.class, ID,
            socket -> {
              write(socket, head201("Content-Length: " + WHOLE) + MODEL.substring(0, 60));
              pause(1_200);
            }),
        cut("201 chunked, a first chunk of 60 bytes, then the connection ends", TransportException.class, ID, socket ->
            write(socket, head201("Transfer-Encoding: chunked") + Integer.toHexString(60) + "\r\n" + MODEL.substring(0, 60) + "\r\n")),
        cut("201 complete and valid, with a Content-Length 10 bytes too long", TransportException.class, ID, socket ->
            write(socket, head201("Content-Length: " + (WHOLE + 10)) + MODEL)),
        cut("201 over HTTP/1.0, the first 60 bytes, then the connection ends", MalformedResponseException.class, ID, socket ->
            write(socket, "HTTP/1.0 201 Created\r\nContent-Type: application/json\r\n\r\n" + MODEL.substring(0, 60))),
        // Variations: other ways the id is written, other cut points, other framings.
        cut("_id written as \\u005fid, then a reset", TransportException.class, ID, socket -> {
          String body = MODEL.replace("\"_id\": \"" + ID, "\"\\u005fid\": \"" + ID);
          write(socket, head201("Content-Length: " + (body.length() + 100)) + body.substring(0, 70));
          pause(50);
          RawServer.reset(socket);
        }),
        cut("_id with JSON escapes in its value, then a reset", "8f6c/2d1e", socket -> {
          String body = "{\"_id\": \"8f6c\\/2d\\u0031e\", \"type\": \"tts\", \"title\": \"Stu";
          write(socket, head201("Content-Length: 5000") + body);
          pause(50);
          RawServer.reset(socket);
        }),
        cut("cut inside the _id value: no id", TransportException.class, null, socket -> {
          write(socket, head201("Content-Length: " + WHOLE) + MODEL.substring(0, MODEL.indexOf(ID) + 10));
          pause(50);
          RawServer.reset(socket);
        }),
        cut("cut right after the _id value, before its comma", TransportException.class, ID, socket -> {
          write(socket, head201("Content-Length: " + WHOLE) + MODEL.substring(0, MODEL.indexOf(ID) + ID.length() + 1));
          pause(50);
          RawServer.reset(socket);
        }),
        cut("only the author's _id arrived: it is not the model's", TransportException.class, null, socket -> {
          String body = MODEL.replace("\"_id\": \"" + ID + "\",", "");
          write(socket, head201("Content-Length: " + WHOLE) + body.substring(0, body.indexOf("\"nickname\"")));
          pause(50);
          RawServer.reset(socket);
        }),
        cut("_id as a number, then a reset: no id", TransportException.class, null, socket -> {
          write(socket, head201("Content-Length: 5000") + "{\"_id\": 12345, \"type\": \"tts\", ");
          pause(50);
          RawServer.reset(socket);
        }),
        cut("a gzip body cut off after _id", TransportException.class, ID, socket -> {
          byte[] gzip = gzip(MODEL.replace("\"tags\"", "\"pad\": \"" + repeat("q", 30_000) + "\", \"tags\""));
          OutputStream out = socket.getOutputStream();
          out.write(head201("Content-Encoding: gzip\r\nContent-Length: " + gzip.length).getBytes(StandardCharsets.US_ASCII));
          out.write(gzip, 0, gzip.length - 20);
          out.flush();
          pause(50);
          RawServer.reset(socket);
        }),
        cut("a 1 MiB quality before _id, then a reset", TransportException.class, ID, socket -> {
          String body = "{\"quality\": {\"pad\": \"" + repeat("q", 1 << 20) + "\"}, \"_id\": \"" + ID + "\", \"type\": \"tts\", ";
          write(socket, head201("Content-Length: " + (body.length() + 5000)) + body);
          pause(50);
          RawServer.reset(socket);
        }),
        Harness.test(TALLY, "async: a 201 cut off after _id", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            write(socket, head201("Content-Length: " + WHOLE) + MODEL.substring(0, 60));
            pause(50);
            RawServer.reset(socket);
          });
          ExecutionException e = assertThrows(ExecutionException.class,
              () -> h.client().voiceCloning().createModelAsync(model().build()).get(10, TimeUnit.SECONDS));
          TransportException cause = assertInstanceOf(TransportException.class, e.getCause());
          assertEquals(ID, cause.createdModelId());
        }),
        Harness.test(TALLY, "voice design cut off: a TransportException with no model id", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                + "{\"candidates\":[{\"id\":\"cand_0\",\"_id\":\"not-a-model\",");
            pause(50);
            RawServer.reset(socket);
          });
          TransportException e = assertThrows(TransportException.class, () -> h.client().voiceDesign().designVoice(design()));
          assertNull(e.createdModelId());
        }));
  }

  // ------------------------------------------------------------------ 6. _id after the first 64 KiB

  @TestFactory
  Stream<DynamicTest> theIdIsFoundWhereverItSits() {
    String quality70k = "\"quality\": {\"scores\": [" + repeat("0.5, ", 14_000) + "0.5]}, ";
    return Stream.of(
        malformed("no cover_image and a 70 KB quality before _id", ID,
            "{" + quality70k + MODEL.substring(1).replace("\"cover_image\": \"\",", "")),
        // Variations: further down, behind an early error, and a body that ends before its id.
        malformed("no cover_image and a 3 MiB quality before _id", ID,
            "{\"quality\": {\"pad\": \"" + repeat("q", 3 << 20) + "\"}, " + MODEL.substring(1).replace("\"cover_image\": \"\",", "")),
        malformed("a type error first, 1 MiB of unknown fields, then _id last", ID,
            MODEL.replace("\"_id\": \"" + ID + "\",", "\"like_count\": \"many\", \"pad\": \"" + repeat("p", 1 << 20) + "\",")
                .replace("\"like_count\": 0,", "").replaceFirst("\\}\\s*$", ", \"_id\": \"" + ID + "\"}")),
        malformed("_id last, after an error and a body larger than the cap", null,
            MODEL.replace("\"like_count\": 0", "\"like_count\": \"many\"").replaceFirst("\\}\\s*$",
                ", \"pad\": \"" + repeat("p", 200_000) + "\", \"_id\": \"" + ID + "\"}"),
            100_000),
        Harness.test(TALLY, "_id after 70 KB, a valid body with a Content-Length 10 bytes too long", h -> {
          String body = "{" + quality70k + MODEL.substring(1);
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            write(socket, head201("Content-Length: " + (body.length() + 10)) + body);
          });
          TransportException e = assertThrows(TransportException.class, () -> h.client().voiceCloning().createModel(model().build()));
          assertEquals(ID, e.createdModelId());
          assertTrue(e.getMessage().contains(ID), e.getMessage());
        }));
  }

  // ------------------------------------------------------------------ helpers

  private interface Answer {
    void write(Socket socket) throws IOException;
  }

  private static DynamicTest cut(String name, Class<? extends FishAudioException> type, String id, Answer answer) {
    return Harness.test(TALLY, "create model: " + name, h -> {
      RawServer raw = h.raw((socket, in) -> {
        RawServer.skip(in, RawServer.readHead(in));
        answer.write(socket);
      });
      FishAudioException e = assertThrows(type,
          () -> h.client(b -> b.maxRetries(2).timeout(Duration.ofMillis(500))).voiceCloning().createModel(model().build()));
      String created = e instanceof TransportException
          ? ((TransportException) e).createdModelId() : ((MalformedResponseException) e).createdModelId();
      assertEquals(id, created, () -> "createdModelId() of " + e);
      if (id != null) {
        assertTrue(e.getMessage().contains(id), e.getMessage());
      }
      assertEquals(1, raw.accepted(), "a create-model must not be sent twice");
    });
  }

  private static DynamicTest cut(String name, String id, Answer answer) {
    return cut(name, TransportException.class, id, answer);
  }

  private static DynamicTest malformed(String name, String id, String body) {
    return malformed(name, id, body, 64L << 20);
  }

  private static DynamicTest malformed(String name, String id, String body, long maxResponseBytes) {
    return Harness.test(TALLY, "create model: " + name, h -> {
      h.server.enqueue(json(201, body));
      MalformedResponseException e = assertThrows(MalformedResponseException.class,
          () -> h.client(b -> b.maxResponseBytes(maxResponseBytes)).voiceCloning().createModel(model().build()));
      assertEquals(id, e.createdModelId(), e::getMessage);
      assertTrue(e.body() == null || e.body().length() <= 64 * 1024, "body() stays bounded");
    });
  }

  private static String head201(String framing) {
    return "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n";
  }

  private static void write(Socket socket, String text) throws IOException {
    ProcessingRuleTest.write(socket, text);
  }
}
