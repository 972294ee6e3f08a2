package dev.remold.parse;

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
 * Walks a native tree through tree-sitter's C API ({@link TreeSitterLibrary}): a snapshot makes several calls
 * per node, and these cost a fraction of JNI calls that allocate a Java object for every node they return. One
 * instance per parser, used by the thread that made it (parsers are per thread).
 */
final class TreeReader {
  /**
   * The two struct buffers of this thread. They live in the global arena: a segment of a shared arena would be
   * acquired and released on every call (an atomic update each), and a confined one could not be closed by the
   * thread that closes the parser. They are allocated once per thread and never freed (64 bytes).
   */
  private static final ThreadLocal<MemorySegment[]> BUFFERS = ThreadLocal.withInitial(
      () -> new MemorySegment[] {Arena.global().allocate(NODE), Arena.global().allocate(CURSOR)});

  private final MemorySegment node = BUFFERS.get()[0];
  private final MemorySegment cursor = BUFFERS.get()[1];
  /** Struct results are written into the same two buffers, so a walk allocates nothing native. */
  private final SegmentAllocator intoNode = (size, align) -> node;
  private final SegmentAllocator intoCursor = (size, align) -> cursor;

  /**
   * Points the reader at the root of a tree and returns whether the tree has errors; {@link #finish()} must
   * follow (the cursor lives in this thread's buffer, shared by every parser of the thread, one walk at a time).
   */
  boolean start(MemorySegment tree) {
    try {
      MemorySegment root = (MemorySegment) ROOT_NODE.invokeExact(intoNode, tree);
      MemorySegment c = (MemorySegment) CURSOR_NEW.invokeExact(intoCursor, root);
      return (boolean) HAS_ERROR.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Frees the cursor of the walk {@link #start} began. */
  void finish() {
    try {
      CURSOR_DELETE.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  boolean gotoFirstChild() {
    try {
      return (boolean) FIRST_CHILD.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  boolean gotoNextSibling() {
    try {
      return (boolean) NEXT_SIBLING.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  boolean gotoParent() {
    try {
      return (boolean) PARENT.invokeExact(cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Loads the cursor's node; the reads below are of that node. */
  void load() {
    try {
      MemorySegment n = (MemorySegment) CURRENT_NODE.invokeExact(intoNode, cursor);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  int fieldId() {
    try {
      return Short.toUnsignedInt((short) FIELD_ID.invokeExact(cursor));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Returns the node's symbol (65535 for an error node). */
  int symbol() {
    try {
      return Short.toUnsignedInt((short) SYMBOL.invokeExact(node));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Returns the start byte, which tree-sitter keeps in the node value itself (context[0]). */
  int startByte() {
    return node.get(JAVA_INT, 0);
  }

  int endByte() {
    try {
      return (int) END_BYTE.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  boolean isMissing() {
    try {
      return (boolean) IS_MISSING.invokeExact(node);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }
}
