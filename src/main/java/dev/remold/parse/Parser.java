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

    private static String string(MemorySegment cString) {
      return cString.equals(MemorySegment.NULL) ? null : cString.reinterpret(Long.MAX_VALUE).getString(0);
    }
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
      return new SyntaxTree(file, snapshot(tree, text, GRAMMARS.get(file.language()), errors), errors);
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
  private Node snapshot(MemorySegment tree, String text, Grammar grammar, List<Node> errors) {
    int[] charAt = byteToCharTable(text);
    int count = reader.read(tree);
    int[] ints = reader.ints();
    // Pre-order with depths: the open nodes form a path from the root; a deeper node is a child of the last one.
    List<Node> path = new ArrayList<>();
    List<List<Node>> kids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = i * TreeReader.NODE_INTS;
      int depth = ints[at + 4];
      while (path.size() > depth) {
        close(path, kids);
      }
      Node node = newNode(ints, at, charAt, text, grammar);
      if (node.isError() || node.isMissing()) {
        errors.add(node);
      }
      if (!path.isEmpty()) {
        kids.getLast().add(node);
      }
      path.add(node);
      // A leaf (the next node is no deeper) needs no list of children.
      boolean leaf = i + 1 == count || ints[at + TreeReader.NODE_INTS + 4] <= depth;
      kids.add(leaf ? null : new ArrayList<>());
    }
    while (path.size() > 1) {
      close(path, kids);
    }
    Node root = path.getFirst();
    if (kids.getFirst() != null) {
      root.setChildren(kids.getFirst());
    }
    return root;
  }

  private static void close(List<Node> path, List<List<Node>> kids) {
    Node done = path.removeLast();
    List<Node> children = kids.removeLast();
    if (children != null) {
      done.setChildren(children);
    }
  }

  private static Node newNode(int[] ints, int at, int[] charAt, String text, Grammar grammar) {
    int symbol = ints[at] & 0xFFFF;
    boolean missing = ints[at] < 0;
    String field = grammar.fieldNames()[ints[at + 1]];
    int start = toChar(charAt, ints[at + 2]);
    int end = toChar(charAt, ints[at + 3]);
    if (symbol >= grammar.symbolNames().length) {
      // The error symbol (0xFFFF) lies outside the grammar's table.
      return new Node("ERROR", field, start, end, /* named= */ true, /* missing= */ false, text);
    }
    return new Node(grammar.symbolNames()[symbol], field, start, end, grammar.named()[symbol], missing, text);
  }

  private static int toChar(int[] charAt, int byteOffset) {
    return charAt == null ? byteOffset : charAt[byteOffset];
  }

  /** Returns null for ASCII text (offsets agree), else the char index of every UTF-8 byte offset. */
  private static int[] byteToCharTable(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return null;
    }
    int[] table = new int[text.getBytes(StandardCharsets.UTF_8).length + 1];
    int b = 0;
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (int k = 0; k < len; k++) {
        table[b + k] = i;
      }
      b += len;
      if (Character.isSupplementaryCodePoint(cp)) {
        i++;
      }
    }
    table[b] = text.length();
    return table;
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
