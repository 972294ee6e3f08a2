package dev.remold.parse;

import static dev.remold.parse.TreeSitterLibrary.CHILD_COUNT;
import static dev.remold.parse.TreeSitterLibrary.CURRENT_NODE;
import static dev.remold.parse.TreeSitterLibrary.CURSOR;
import static dev.remold.parse.TreeSitterLibrary.CURSOR_DELETE;
import static dev.remold.parse.TreeSitterLibrary.CURSOR_NEW;
import static dev.remold.parse.TreeSitterLibrary.END_BYTE;
import static dev.remold.parse.TreeSitterLibrary.FIELD_ID;
import static dev.remold.parse.TreeSitterLibrary.FIRST_CHILD;
import static dev.remold.parse.TreeSitterLibrary.HAS_ERROR;
import static dev.remold.parse.TreeSitterLibrary.IS_MISSING;
import static dev.remold.parse.TreeSitterLibrary.NEXT_SIBLING;
import static dev.remold.parse.TreeSitterLibrary.NODE;
import static dev.remold.parse.TreeSitterLibrary.PARENT;
import static dev.remold.parse.TreeSitterLibrary.ROOT_NODE;
import static dev.remold.parse.TreeSitterLibrary.SYMBOL;
import static dev.remold.parse.TreeSitterLibrary.rethrow;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * Reads a native tree into a flat array, {@link #NODE_INTS} ints per node in pre-order: symbol (bit 31 set for a
 * MISSING node), field id, start byte, end byte, number of children. The optimised library does it in one native call
 * ({@code src/main/c/flatten.c}); with the bundled one the same array is filled by walking a cursor through
 * tree-sitter's C API ({@link TreeSitterLibrary}), several calls per node. One instance per parser, used by the
 * thread that made it (parsers are per thread).
 */
final class TreeReader {
  static final int NODE_INTS = 5;

  /**
   * The two struct buffers of this thread for the cursor walk. They live in the global arena: a segment of a shared
   * arena would be acquired and released on every call (an atomic update each), and a confined one could not be
   * closed by the thread that closes the parser. They are allocated once per thread and never freed (64 bytes).
   */
  private static final ThreadLocal<MemorySegment[]> BUFFERS = ThreadLocal.withInitial(
      () -> new MemorySegment[] {Arena.global().allocate(NODE), Arena.global().allocate(CURSOR)});

  /** The buffers of the thread walking now, taken at the start of each walk (a parser may be handed to another thread). */
  private MemorySegment node;
  private MemorySegment cursor;
  /** Struct results are written into the same two buffers, so a walk allocates nothing native. */
  private final SegmentAllocator intoNode = (size, align) -> node;
  private final SegmentAllocator intoCursor = (size, align) -> cursor;

  /** The nodes of the last tree read; grown as needed, reused across trees. */
  private int[] ints = new int[NODE_INTS * 4096];
  /** The native function's output buffer, freed by the collector when outgrown. */
  private MemorySegment out = MemorySegment.NULL;

  /** Returns the nodes of the last tree read. */
  int[] ints() {
    return ints;
  }

  /** Reads a tree into {@link #ints()} and returns its number of nodes. */
  int read(MemorySegment tree) {
    return TreeSitterLibrary.FLATTEN != null ? readNatively(tree) : walk(tree);
  }

  private int readNatively(MemorySegment tree) {
    try {
      while (true) {
        int capacity = ints.length / NODE_INTS;
        if (out.byteSize() < (long) ints.length * Integer.BYTES) {
          out = Arena.ofAuto().allocate((long) ints.length * Integer.BYTES, Integer.BYTES);
        }
        int count = (int) TreeSitterLibrary.FLATTEN.invokeExact(tree, out, capacity);
        if (count >= 0) {
          MemorySegment.copy(out, JAVA_INT, 0, ints, 0, count * NODE_INTS);
          return count;
        }
        // The function says how many nodes there are when it knows (minus that), else -1.
        ints = new int[count < -1 ? Math.max(-count, capacity) * NODE_INTS : ints.length * 2];
      }
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** The same array as the native function's, by a cursor walk: iterative, so deeply nested code cannot overflow. */
  private int walk(MemorySegment tree) {
    node = BUFFERS.get()[0];
    cursor = BUFFERS.get()[1];
    boolean checkMissing = start(tree);
    try {
      int count = 0;
      while (true) {
        if ((count + 1) * NODE_INTS > ints.length) {
          ints = java.util.Arrays.copyOf(ints, ints.length * 2);
        }
        load();
        int at = count * NODE_INTS;
        ints[at] = symbol() | (checkMissing && isMissing() ? Integer.MIN_VALUE : 0);
        ints[at + 1] = fieldId();
        ints[at + 2] = startByte();
        ints[at + 3] = endByte();
        ints[at + 4] = childCount();
        count++;
        if (gotoFirstChild()) {
          continue;
        }
        while (!gotoNextSibling()) {
          if (!gotoParent()) {
            return count;
          }
        }
      }
    } finally {
      finish();
    }
  }

  /**
   * Points the reader at the root of a tree and returns whether the tree has errors; {@link #finish()} must
   * follow (the cursor lives in this thread's buffer, shared by every parser of the thread, one walk at a time).
   */
  private boolean start(MemorySegment tree) {
    try {
      MemorySegment root = (MemorySegment) ROOT_NODE.invokeExact(intoNode, tree);
      MemorySegment c = (MemorySegment) CURSOR_NEW.invokeExact(intoCursor, root);
      return (boolean) HAS_ERROR.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Frees the cursor of the walk {@link #start} began. */
  private void finish() {
    try {
      CURSOR_DELETE.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private boolean gotoFirstChild() {
    try {
      return (boolean) FIRST_CHILD.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private boolean gotoNextSibling() {
    try {
      return (boolean) NEXT_SIBLING.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private boolean gotoParent() {
    try {
      return (boolean) PARENT.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Loads the cursor's node; the reads below are of that node. */
  private void load() {
    try {
      MemorySegment n = (MemorySegment) CURRENT_NODE.invokeExact(intoNode, cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private int fieldId() {
    try {
      return Short.toUnsignedInt((short) FIELD_ID.invokeExact(cursor));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Returns the node's symbol (65535 for an error node). */
  private int symbol() {
    try {
      return Short.toUnsignedInt((short) SYMBOL.invokeExact(node));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Returns the start byte, which tree-sitter keeps in the node value itself (context[0]). */
  private int startByte() {
    return node.get(JAVA_INT, 0);
  }

  private int endByte() {
    try {
      return (int) END_BYTE.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private int childCount() {
    try {
      return (int) CHILD_COUNT.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private boolean isMissing() {
    try {
      return (boolean) IS_MISSING.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }
}
