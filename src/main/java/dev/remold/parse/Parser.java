package dev.remold.parse;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Parses source text into {@link SyntaxTree}s; one instance per thread, closed when done. */
public final class Parser implements AutoCloseable {
  /** Each grammar with the names and kinds of its symbols and fields, read once: the walk reads them per node. */
  private static final Map<Language, Grammar> GRAMMARS = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      GRAMMARS.put(l, Grammar.of(TreeSitterLibrary.language(l)));
    }
  }

  /** This thread's native parsers, one per grammar. */
  private final Map<Language, MemorySegment> parsers = new EnumMap<>(Language.class);
  private final TreeReader reader = new TreeReader();
  /** The native copy of the text being parsed, reused while it is big enough; freed by the collector. */
  private MemorySegment input = MemorySegment.NULL;

  private record Grammar(MemorySegment language, String[] symbolNames, boolean[] named, String[] fieldNames) {
    static Grammar of(MemorySegment language) {
      try {
        int symbols = (int) TreeSitterLibrary.SYMBOL_COUNT.invokeExact(language);
        String[] names = new String[symbols];
        boolean[] named = new boolean[symbols];
        for (int i = 0; i < symbols; i++) {
          names[i] = string((MemorySegment) TreeSitterLibrary.SYMBOL_NAME.invokeExact(language, (short) i));
          // TSSymbolTypeRegular is 0: a named node; the others are anonymous tokens, supertypes and auxiliaries.
          named[i] = (int) TreeSitterLibrary.SYMBOL_TYPE.invokeExact(language, (short) i) == 0;
        }
        String[] fields = new String[(int) TreeSitterLibrary.FIELD_COUNT.invokeExact(language) + 1];
        for (int i = 1; i < fields.length; i++) {
          fields[i] = string((MemorySegment) TreeSitterLibrary.FIELD_NAME.invokeExact(language, (short) i));
        }
        return new Grammar(language, names, named, fields);
      } catch (Throwable t) {
        throw TreeSitterLibrary.rethrow(t);
      }
    }

    /** Interned: the code compares kinds and fields with literals, which then are the same object when equal. */
    private static String string(MemorySegment cString) {
      return cString.equals(MemorySegment.NULL) ? null : cString.reinterpret(Long.MAX_VALUE).getString(0).intern();
    }
  }

  /** Returns how many node types (symbols) a grammar has: tables by {@link Node#symbol} have this size. */
  public static int symbolCount(Language language) {
    return GRAMMARS.get(language).symbolNames().length;
  }

  /** Returns which tree-sitter library parses: the optimised build's path, or "bundled". */
  public static String library() {
    return TreeSitterLibrary.NAME;
  }

  /** Returns the immutable tree of a file; the native tree is freed before this returns. */
  public SyntaxTree parse(SourceFile file) {
    String text = file.text();
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (input.byteSize() < utf8.length + 1L) {
      input = Arena.ofAuto().allocate(Math.max(utf8.length + 1L, 64 << 10));
    }
    MemorySegment.copy(utf8, 0, input, JAVA_BYTE, 0, utf8.length);
    MemorySegment tree;
    try {
      tree = (MemorySegment) TreeSitterLibrary.PARSE_STRING.invokeExact(parserFor(file.language()), MemorySegment.NULL, input,
          utf8.length);
    } catch (Throwable t) {
      throw TreeSitterLibrary.rethrow(t);
    }
    if (tree.equals(MemorySegment.NULL)) {
      throw new IllegalStateException("tree-sitter returned no tree for " + file.path());
    }
    try {
      List<Node> errors = new ArrayList<>();
      return new SyntaxTree(file, snapshot(tree, text, utf8, GRAMMARS.get(file.language()), errors), errors);
    } finally {
      try {
        TreeSitterLibrary.TREE_DELETE.invokeExact(tree);
      } catch (Throwable t) {
        throw TreeSitterLibrary.rethrow(t);
      }
    }
  }

  private MemorySegment parserFor(Language language) {
    return parsers.computeIfAbsent(language, l -> {
      try {
        MemorySegment parser = (MemorySegment) TreeSitterLibrary.PARSER_NEW.invokeExact();
        if (!(boolean) TreeSitterLibrary.PARSER_SET_LANGUAGE.invokeExact(parser, GRAMMARS.get(l).language())) {
          throw new IllegalStateException("tree-sitter refused the " + l + " grammar (incompatible versions)");
        }
        return parser;
      } catch (Throwable t) {
        throw TreeSitterLibrary.rethrow(t);
      }
    });
  }

  /**
   * Copies the native tree into Java nodes, converting UTF-8 byte offsets to char offsets once, and collects its ERROR
   * and MISSING nodes in document order.
   */
  private Node snapshot(MemorySegment tree, String text, byte[] utf8, Grammar grammar, List<Node> errors) {
    int[] charAt = byteToCharTable(utf8, text.length());
    int count = reader.read(tree);
    int[] ints = reader.ints();
    // Pre-order with child counts: the open nodes are a stack, each with the array of children it is filling; an
    // array of the right size is made once per node, and a node is closed when its array is full.
    Node[] open = new Node[64];
    Node[][] filling = new Node[64][];
    int[] filled = new int[64];
    int top = -1;
    Node root = null;
    for (int i = 0; i < count; i++) {
      int at = i * TreeReader.NODE_INTS;
      Node node = newNode(ints, at, charAt, text, grammar);
      if (node.isError() || node.isMissing()) {
        errors.add(node);
      }
      if (top < 0) {
        root = node;
      } else {
        filling[top][filled[top]++] = node;
      }
      int children = ints[at + 4];
      if (children > 0) {
        if (++top == open.length) {
          open = java.util.Arrays.copyOf(open, top * 2);
          filling = java.util.Arrays.copyOf(filling, top * 2);
          filled = java.util.Arrays.copyOf(filled, top * 2);
        }
        open[top] = node;
        filling[top] = new Node[children];
        filled[top] = 0;
      }
      while (top >= 0 && filled[top] == filling[top].length) {
        open[top].setChildren(filling[top]);
        filling[top] = null;
        top--;
      }
    }
    if (top != -1) {
      // Child counts that disagree with the walk would leave a node short of children: never a silent wrong tree.
      throw new IllegalStateException("tree-sitter's child counts disagree with its tree (" + (top + 1) + " nodes left open)");
    }
    return root;
  }

  private static Node newNode(int[] ints, int at, int[] charAt, String text, Grammar grammar) {
    int symbol = ints[at] & 0xFFFF;
    boolean missing = ints[at] < 0;
    String field = grammar.fieldNames()[ints[at + 1]];
    int start = toChar(charAt, ints[at + 2]);
    int end = toChar(charAt, ints[at + 3]);
    if (symbol >= grammar.symbolNames().length) {
      // The error symbol (0xFFFF) lies outside the grammar's table.
      return new Node("ERROR", -1, field, start, end, /* named= */ true, /* missing= */ false, text);
    }
    return new Node(grammar.symbolNames()[symbol], symbol, field, start, end, grammar.named()[symbol], missing, text);
  }

  private static int toChar(int[] charAt, int byteOffset) {
    return charAt == null ? byteOffset : charAt[byteOffset];
  }

  /** Returns null for ASCII text (offsets agree), else the char index of every UTF-8 byte offset. */
  private static int[] byteToCharTable(byte[] utf8, int chars) {
    if (utf8.length == chars) {
      return null;
    }
    int[] table = new int[utf8.length + 1];
    int c = 0;
    for (int b = 0; b < utf8.length; ) {
      int lead = utf8[b] & 0xFF;
      int len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      for (int k = 0; k < len && b + k < utf8.length; k++) {
        table[b + k] = c;
      }
      b += len;
      // A code point of four bytes is two chars (a surrogate pair).
      c += len == 4 ? 2 : 1;
    }
    table[utf8.length] = chars;
    return table;
  }

  /** A replacement of the chars [start, end) of a text by new text. */
  public record Replacement(int start, int end, String text) {}

  /**
   * Returns the tree of the text the replacements make of the tree's text, parsing again only the statements they
   * touch ({@link TreeSplice}); null wherever that might differ from parsing the new text afresh, and then only a
   * fresh parse can tell.
   */
  public SyntaxTree withReplacements(SyntaxTree tree, List<Replacement> replacements) {
    return TreeSplice.of(tree, replacements, this::parse);
  }

  @Override
  public void close() {
    for (MemorySegment parser : parsers.values()) {
      try {
        TreeSitterLibrary.PARSER_DELETE.invokeExact(parser);
      } catch (Throwable t) {
        throw TreeSitterLibrary.rethrow(t);
      }
    }
    parsers.clear();
  }
}
