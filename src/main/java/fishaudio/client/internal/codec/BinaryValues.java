package fishaudio.client.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Holds the byte fields of a model while it is written for MessagePack, or read from it. The generated
 * adapters write a byte field as base64 text; when the JSON writer carries this tag, they hand the bytes
 * here instead and write a placeholder, which {@link RequestBodies} and {@link MessagePackModels} turn into
 * MessagePack binary.
 * Reading works the other way round: MessagePack binary becomes a placeholder, and an adapter whose JSON
 * reader carries this tag takes the bytes back from here. So the generated adapters are the one
 * serialisation of a model, for JSON and MessagePack alike, and bytes never pass through base64.
 */
public final class BinaryValues {
  /** Begins every placeholder: NUL and a random token, so no text a caller sends can be taken for one. */
  private final String prefix = "\u0000bin:" + Long.toHexString(new java.security.SecureRandom().nextLong()) + ":";
  private final List<ByteString> held = new ArrayList<>();

  /** Keeps {@code bytes} and returns the text to write in their place. */
  public String hold(ByteString bytes) {
    held.add(bytes);
    return prefix + (held.size() - 1);
  }

  /** The bytes {@code text} stands for, when it is one of this holder's placeholders; null otherwise. */
  public @Nullable ByteString held(String text) {
    if (!text.startsWith(prefix)) {
      return null;
    }
    try {
      int index = Integer.parseInt(text.substring(prefix.length()));
      return index >= 0 && index < held.size() ? held.get(index) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  boolean isEmpty() {
    return held.isEmpty();
  }

  /** {@code tree} with every bin value (a {@link ByteString}) replaced by a placeholder; maps and lists are changed in place. */
  @Nullable Object hold(@Nullable Object tree) {
    if (tree instanceof ByteString) {
      return hold((ByteString) tree);
    }
    if (tree instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) tree;
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        entry.setValue(hold(entry.getValue()));
      }
      return map;
    }
    if (tree instanceof List) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) tree;
      for (int i = 0; i < list.size(); i++) {
        list.set(i, hold(list.get(i)));
      }
      return list;
    }
    return tree;
  }

  /** {@code tree} with every placeholder string replaced by the bytes it stands for. */
  Object restore(Object tree) {
    if (tree instanceof String) {
      String text = (String) tree;
      if (text.startsWith(prefix)) {
        return held.get(Integer.parseInt(text.substring(prefix.length())));
      }
      return text;
    }
    if (tree instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) tree;
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        entry.setValue(restore(entry.getValue()));
      }
      return map;
    }
    if (tree instanceof List) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) tree;
      for (int i = 0; i < list.size(); i++) {
        list.set(i, restore(list.get(i)));
      }
      return list;
    }
    return tree;
  }
}
