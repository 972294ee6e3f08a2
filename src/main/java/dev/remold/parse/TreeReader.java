package dev.remold.parse;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.treesitter.TSTree;

/**
 * Walks a native tree through tree-sitter's C API, called with the foreign function interface: a
 * snapshot makes several calls per node, and these cost a fraction of the binding's JNI calls, which
 * allocate a Java object for every node they return. One instance per parser, used by the thread that
 * made it (parsers are per thread).
 */
final class TreeReader {
  private static final StructLayout NODE = MemoryLayout.structLayout(
      MemoryLayout.sequenceLayout(4, JAVA_INT).withName("context"), ADDRESS.withName("id"), ADDRESS.withName("tree"));
  private static final StructLayout CURSOR = MemoryLayout.structLayout(
      ADDRESS.withName("tree"), ADDRESS.withName("id"), MemoryLayout.sequenceLayout(3, JAVA_INT).withName("context"),
      MemoryLayout.paddingLayout(4));
  private static final VarHandle TREE_PTR;
  private static final MethodHandle ROOT_NODE;
  private static final MethodHandle CURSOR_NEW;
  private static final MethodHandle CURSOR_DELETE;
  private static final MethodHandle FIRST_CHILD;
  private static final MethodHandle NEXT_SIBLING;
  private static final MethodHandle PARENT;
  private static final MethodHandle CURRENT_NODE;
  private static final MethodHandle FIELD_ID;
  private static final MethodHandle SYMBOL;
  private static final MethodHandle END_BYTE;
  private static final MethodHandle IS_MISSING;
  private static final MethodHandle HAS_ERROR;

  static {
    try {
      TREE_PTR = MethodHandles.privateLookupIn(TSTree.class, MethodHandles.lookup()).findVarHandle(TSTree.class, "ptr", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    // The binding's library holds the C API; it is loaded (by the binding) before any tree exists.
    new org.treesitter.TSParser().close();
    Linker linker = Linker.nativeLinker();
    SymbolLookup lib = SymbolLookup.loaderLookup();
    // These calls are short and never block or call back: no thread-state transition is needed.
    Linker.Option critical = Linker.Option.critical(false);
    java.util.function.BiFunction<String, FunctionDescriptor, MethodHandle> f = (name, d) ->
        linker.downcallHandle(lib.find(name).orElseThrow(() -> new ExceptionInInitializerError("tree-sitter lacks " + name)), d, critical);
    ROOT_NODE = f.apply("ts_tree_root_node", FunctionDescriptor.of(NODE, ADDRESS));
    CURSOR_NEW = f.apply("ts_tree_cursor_new", FunctionDescriptor.of(CURSOR, NODE));
    CURSOR_DELETE = f.apply("ts_tree_cursor_delete", FunctionDescriptor.ofVoid(ADDRESS));
    FIRST_CHILD = f.apply("ts_tree_cursor_goto_first_child", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    NEXT_SIBLING = f.apply("ts_tree_cursor_goto_next_sibling", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    PARENT = f.apply("ts_tree_cursor_goto_parent", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
    CURRENT_NODE = f.apply("ts_tree_cursor_current_node", FunctionDescriptor.of(NODE, ADDRESS));
    FIELD_ID = f.apply("ts_tree_cursor_current_field_id", FunctionDescriptor.of(JAVA_SHORT, ADDRESS));
    SYMBOL = f.apply("ts_node_symbol", FunctionDescriptor.of(JAVA_SHORT, NODE));
    END_BYTE = f.apply("ts_node_end_byte", FunctionDescriptor.of(JAVA_INT, NODE));
    IS_MISSING = f.apply("ts_node_is_missing", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
    HAS_ERROR = f.apply("ts_node_has_error", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
  }

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
  boolean start(TSTree tree) {
    try {
      MemorySegment ptr = MemorySegment.ofAddress((long) TREE_PTR.get(tree));
      MemorySegment root = (MemorySegment) ROOT_NODE.invokeExact(intoNode, ptr);
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

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
