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
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * tree-sitter's C API, called with the foreign function interface. The library is the one the build compiles with
 * {@code gcc -O2} (named by the system property {@value #PROPERTY}), which parses three to four times faster than
 * the binding's bundled debug builds; without it, or when it does not load, the bundled libraries serve the same API.
 */
final class TreeSitterLibrary {
  /** The system property naming the optimised library. */
  static final String PROPERTY = "remold.tree-sitter.library";

  static final StructLayout NODE = MemoryLayout.structLayout(
      MemoryLayout.sequenceLayout(4, JAVA_INT).withName("context"), ADDRESS.withName("id"), ADDRESS.withName("tree"));
  static final StructLayout CURSOR = MemoryLayout.structLayout(
      ADDRESS.withName("tree"), ADDRESS.withName("id"), MemoryLayout.sequenceLayout(3, JAVA_INT).withName("context"),
      MemoryLayout.paddingLayout(4));

  /** The library in use: the optimised library's path, or "bundled". */
  static final String NAME;

  static final MethodHandle PARSER_NEW;
  static final MethodHandle PARSER_DELETE;
  static final MethodHandle PARSER_SET_LANGUAGE;
  static final MethodHandle PARSE_STRING;
  static final MethodHandle TREE_DELETE;
  static final MethodHandle SYMBOL_COUNT;
  static final MethodHandle SYMBOL_NAME;
  static final MethodHandle SYMBOL_TYPE;
  static final MethodHandle FIELD_COUNT;
  static final MethodHandle FIELD_NAME;
  static final MethodHandle ROOT_NODE;
  static final MethodHandle CURSOR_NEW;
  static final MethodHandle CURSOR_DELETE;
  static final MethodHandle FIRST_CHILD;
  static final MethodHandle NEXT_SIBLING;
  static final MethodHandle PARENT;
  static final MethodHandle CURRENT_NODE;
  static final MethodHandle FIELD_ID;
  static final MethodHandle SYMBOL;
  static final MethodHandle END_BYTE;
  static final MethodHandle IS_MISSING;
  static final MethodHandle HAS_ERROR;
  static final MethodHandle CHILD_COUNT;
  /** remold's own {@code remold_flatten} (src/main/c/flatten.c), in the optimised library only; else null. */
  static final MethodHandle FLATTEN;
  private static final SymbolLookup LOOKUP;

  static {
    SymbolLookup optimised = optimised();
    NAME = optimised != null ? System.getProperty(PROPERTY) : "bundled";
    LOOKUP = optimised != null ? optimised : bundled();
    Linker linker = Linker.nativeLinker();
    // Parsing and flattening a tree take up to milliseconds: they must let the collector run meanwhile.
    PARSE_STRING = linker.downcallHandle(find("ts_parser_parse_string"),
        FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    FLATTEN = LOOKUP.find("remold_flatten")
        .map(address -> linker.downcallHandle(address, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT))).orElse(null);
    // The other calls are short and never block or call back: no thread-state transition is needed.
    Linker.Option critical = Linker.Option.critical(false);
    java.util.function.BiFunction<String, FunctionDescriptor, MethodHandle> f =
        (name, d) -> linker.downcallHandle(find(name), d, critical);
    PARSER_NEW = f.apply("ts_parser_new", FunctionDescriptor.of(ADDRESS));
    PARSER_DELETE = f.apply("ts_parser_delete", FunctionDescriptor.ofVoid(ADDRESS));
    PARSER_SET_LANGUAGE = f.apply("ts_parser_set_language", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    TREE_DELETE = f.apply("ts_tree_delete", FunctionDescriptor.ofVoid(ADDRESS));
    SYMBOL_COUNT = f.apply("ts_language_symbol_count", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    SYMBOL_NAME = f.apply("ts_language_symbol_name", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_SHORT));
    SYMBOL_TYPE = f.apply("ts_language_symbol_type", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
    FIELD_COUNT = f.apply("ts_language_field_count", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    FIELD_NAME = f.apply("ts_language_field_name_for_id", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_SHORT));
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
    CHILD_COUNT = f.apply("ts_node_child_count", FunctionDescriptor.of(JAVA_INT, NODE));
  }

  private TreeSitterLibrary() {}

  /** Returns the optimised library when the property names one that loads, else null. */
  private static SymbolLookup optimised() {
    String path = System.getProperty(PROPERTY);
    if (path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
      return null;
    }
    try {
      SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(path), Arena.global());
      // A library built for another machine, or from other sources, may lack a grammar: then it is not used.
      return lib.find("tree_sitter_tsx").isPresent() && lib.find("tree_sitter_typescript").isPresent() ? lib : null;
    } catch (IllegalArgumentException | IllegalCallerException e) {
      return null;
    }
  }

  /** Loads the binding's bundled libraries (its classes load them) and returns their symbols. */
  private static SymbolLookup bundled() {
    new org.treesitter.TSParser().close();
    new org.treesitter.TreeSitterTsx();
    new org.treesitter.TreeSitterTypescript();
    return SymbolLookup.loaderLookup();
  }

  private static MemorySegment find(String name) {
    return LOOKUP.find(name).orElseThrow(() -> new ExceptionInInitializerError("tree-sitter lacks " + name));
  }

  /** Returns the grammar of a language: a pointer to its static TSLanguage. */
  static MemorySegment language(Language language) {
    String symbol = switch (language) {
      case TSX -> "tree_sitter_tsx";
      case TYPESCRIPT -> "tree_sitter_typescript";
    };
    MethodHandle grammar = Linker.nativeLinker().downcallHandle(find(symbol), FunctionDescriptor.of(ADDRESS));
    try {
      return (MemorySegment) grammar.invokeExact();
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
