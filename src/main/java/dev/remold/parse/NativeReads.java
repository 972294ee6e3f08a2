package dev.remold.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.treesitter.TSNode;
import org.treesitter.TSParser;

/**
 * The few tree-sitter reads a snapshot needs per node, made without the binding's per-call checks.
 *
 * <p>The public node getters first ask JNI whether the node is null, and a snapshot of a large file
 * makes millions of such calls; reading through the binding's own static natives (reachable from a
 * subclass) and the start offset from the node's {@code context0} field halves the cost. Never
 * instantiated.
 */
final class NativeReads extends TSParser {
  private static final VarHandle START_BYTE;

  static {
    try {
      START_BYTE = MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup())
          .findVarHandle(TSNode.class, "context0", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private NativeReads() {
    throw new AssertionError("not instantiable");
  }

  static int symbol(TSNode node) {
    return ts_node_symbol(node);
  }

  /** Returns the start byte, which tree-sitter keeps in the node value itself (context[0]). */
  static int startByte(TSNode node) {
    return (int) START_BYTE.get(node);
  }

  static int endByte(TSNode node) {
    return ts_node_end_byte(node);
  }

  static boolean isMissing(TSNode node) {
    return ts_node_is_missing(node);
  }
}
