package fishaudio.client.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A response body that runs actions once, after it is closed. The hook is on the source: a converter
 * closes the source it read, not the body around it. Actions added to a body that is already one
 * join it ({@link #after}), so that each hook does not add a buffered layer every byte passes through.
 */
public final class ClosingBody extends ResponseBody {
  /** What runs after the close. */
  interface Action {
    void run() throws IOException;
  }

  private final ResponseBody body;
  private final BufferedSource source;
  private final List<Action> actions = new ArrayList<>(2); // guarded by this
  private boolean ran; // guarded by this

  private ClosingBody(ResponseBody body) {
    this.body = body;
    this.source = Okio.buffer(new ForwardingSource(body.source()) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          runActions();
        }
      }
    });
  }

  /**
   * {@code body} with {@code afterClose} run once after it is closed, in the order added: the same
   * body when it is a {@code ClosingBody} not yet closed, else a new one around it.
   */
  public static ResponseBody after(ResponseBody body, Action afterClose) {
    if (body instanceof ClosingBody && ((ClosingBody) body).add(afterClose)) {
      return body;
    }
    ClosingBody closing = new ClosingBody(body);
    closing.add(afterClose);
    return closing;
  }

  private synchronized boolean add(Action action) {
    if (ran) {
      return false;
    }
    actions.add(action);
    return true;
  }

  /** Runs every action, each even when one before it failed; the first failure is thrown. */
  private void runActions() throws IOException {
    synchronized (this) {
      if (ran) {
        return;
      }
      ran = true; // from here on add() refuses, so the list no longer changes
    }
    Throwable first = null;
    for (Action action : actions) {
      try {
        action.run();
      } catch (IOException | RuntimeException | Error e) {
        if (first == null) {
          first = e;
        } else if (first != e) {
          first.addSuppressed(e);
        }
      }
    }
    if (first instanceof IOException) {
      throw (IOException) first;
    } else if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    } else if (first != null) {
      throw (Error) first;
    }
  }

  @Override
  public MediaType contentType() {
    return body.contentType();
  }

  @Override
  public long contentLength() {
    return body.contentLength();
  }

  @Override
  public BufferedSource source() {
    return source;
  }
}
