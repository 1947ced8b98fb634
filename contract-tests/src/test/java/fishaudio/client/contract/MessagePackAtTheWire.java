package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import okio.ByteString;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.Value;

/**
 * A MessagePack body as it went over the wire, read with msgpack-core's own unpacker (not the
 * client's codec) into a tree whose types say what the bytes were: {@code bin} as
 * {@link ByteString}, {@code str} as String, integers as Long, floats as Double, maps as
 * LinkedHashMap in wire order. Prism cannot read MessagePack, so what it cannot judge is checked
 * here, field by field.
 */
final class MessagePackAtTheWire {
  private MessagePackAtTheWire() {}

  /** The one value in {@code bytes}; fails when there is anything after it. */
  static Object decode(byte[] bytes) {
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(bytes)) {
      Object tree = tree(unpacker.unpackValue());
      if (unpacker.hasNext()) {
        fail("bytes left after the MessagePack value");
      }
      return tree;
    } catch (IOException e) {
      throw new AssertionError("not MessagePack: " + e, e);
    }
  }

  private static Object tree(Value value) {
    switch (value.getValueType()) {
      case NIL:
        return null;
      case BOOLEAN:
        return value.asBooleanValue().getBoolean();
      case INTEGER:
        return value.asIntegerValue().toLong();
      case FLOAT:
        return value.asFloatValue().toDouble();
      case STRING:
        return value.asStringValue().asString();
      case BINARY:
        return ByteString.of(value.asBinaryValue().asByteArray());
      case ARRAY:
        List<Object> list = new ArrayList<>();
        for (Value item : value.asArrayValue()) {
          list.add(tree(item));
        }
        return list;
      case MAP:
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<Value, Value> e : value.asMapValue().entrySet()) {
          if (!e.getKey().isStringValue()) {
            fail("a map key that is not a string: " + e.getKey());
          }
          map.put(e.getKey().asStringValue().asString(), tree(e.getValue()));
        }
        return map;
      default:
        throw new AssertionError("unexpected MessagePack type " + value.getValueType());
    }
  }

  /**
   * Field by field, types included: the same keys at every level (none missing, none added), and
   * each value equal and of the same wire type.
   */
  @SuppressWarnings("unchecked")
  static void assertSameTree(Object expected, Object actual, String path) {
    if (expected instanceof Map) {
      if (!(actual instanceof Map)) {
        fail(path + ": expected a map, the wire has " + describe(actual));
      }
      Map<String, Object> want = (Map<String, Object>) expected;
      Map<String, Object> got = (Map<String, Object>) actual;
      TreeSet<String> missing = new TreeSet<>(want.keySet());
      missing.removeAll(got.keySet());
      TreeSet<String> added = new TreeSet<>(got.keySet());
      added.removeAll(want.keySet());
      if (!missing.isEmpty() || !added.isEmpty()) {
        fail(path + ": fields missing " + missing + ", fields added " + added + " in " + got.keySet());
      }
      for (Map.Entry<String, Object> e : want.entrySet()) {
        assertSameTree(e.getValue(), got.get(e.getKey()), path + "." + e.getKey());
      }
    } else if (expected instanceof List) {
      if (!(actual instanceof List)) {
        fail(path + ": expected an array, the wire has " + describe(actual));
      }
      List<Object> want = (List<Object>) expected;
      List<Object> got = (List<Object>) actual;
      assertEquals(want.size(), got.size(), path + ": items");
      for (int i = 0; i < want.size(); i++) {
        assertSameTree(want.get(i), got.get(i), path + "[" + i + "]");
      }
    } else {
      if (expected != null && (actual == null || expected.getClass() != actual.getClass())) {
        fail(path + ": expected " + describe(expected) + ", the wire has " + describe(actual));
      }
      assertEquals(expected, actual, path);
    }
  }

  private static String describe(Object value) {
    if (value instanceof ByteString) {
      return "bin of " + ((ByteString) value).size() + " bytes";
    }
    return value == null ? "nil" : value.getClass().getSimpleName() + " " + value;
  }
}
