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
      return new Node("ERROR", field, start, end, /* named= */ true, /* missing= */ false, text);
    }
    return new Node(grammar.symbolNames()[symbol], field, start, end, grammar.named()[symbol], missing, text);
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

  /** What an inserted text may start with to be read as whole statements that cannot join the code before them. */
  private static final java.util.regex.Pattern STATEMENT_START =
      java.util.regex.Pattern.compile("\\s*(?:(?:import|const|let|var)\\b|//|/\\*)");

  /**
   * Returns the tree of the tree's text with whole statements inserted between the program's statements (text by
   * offset in the old text), without parsing the whole text again: the inserted text is parsed alone and its
   * statements spliced in among the old ones, moved along. Returns null wherever that might differ from parsing the
   * new text afresh: a tree with syntax errors, an insertion inside a statement, an inserted text that does not start
   * with an import, a declaration or a comment, that does not parse cleanly alone, or whose last statement has no
   * semicolon while code follows that could continue it.
   */
  public SyntaxTree withStatementsInserted(SyntaxTree tree, java.util.SortedMap<Integer, String> insertions) {
    Node root = tree.root();
    String old = tree.file().text();
    if (!tree.errors().isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder(old.length() + 256);
    List<Node> alone = new ArrayList<>();
    List<Integer> shifts = new ArrayList<>();
    int copied = 0;
    for (Map.Entry<Integer, String> e : insertions.entrySet()) {
      int at = e.getKey();
      String inserted = e.getValue();
      if (at < 0 || at > old.length() || !STATEMENT_START.matcher(inserted).lookingAt() || inside(root, at)
          || !startsClosed(old, at, inserted)) {
        return null;
      }
      SyntaxTree parsed = parse(new SourceFile(tree.file().path(), inserted, tree.file().language()));
      List<Node> statements = parsed.root().children();
      if (!parsed.errors().isEmpty() || statements.isEmpty() || !endsClosed(statements.getLast(), old, at)) {
        return null;
      }
      text.append(old, copied, at);
      for (Node n : statements) {
        alone.add(n);
        shifts.add(text.length());
      }
      text.append(inserted);
      copied = at;
    }
    text.append(old, copied, old.length());
    String newText = text.toString();
    // An old offset moves by the length of every insertion before it; a node that ends at an insertion stays before it.
    int[] ats = insertions.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] lengths = insertions.values().stream().mapToInt(String::length).toArray();
    java.util.function.IntUnaryOperator startAt = offset -> offset + insertedBefore(ats, lengths, offset + 1);
    java.util.function.IntUnaryOperator endAt = offset -> offset + insertedBefore(ats, lengths, offset);
    List<Node> kids = new ArrayList<>();
    for (Node c : root.children()) {
      kids.add(copyOf(c, startAt, endAt, newText));
    }
    for (int i = 0; i < alone.size(); i++) {
      int shift = shifts.get(i);
      kids.add(copyOf(alone.get(i), o -> o + shift, o -> o + shift, newText));
    }
    kids.sort(java.util.Comparator.comparingInt(Node::start));
    int start = kids.isEmpty() ? startAt.applyAsInt(root.start()) : Math.min(kids.getFirst().start(), startAt.applyAsInt(root.start()));
    // The program takes in the whitespace after its last statement, up to the end of the text.
    int end = root.end() == old.length() ? newText.length() : Math.max(endAt.applyAsInt(root.end()), kids.isEmpty() ? 0 : kids.getLast().end());
    Node newRoot = new Node(root.type(), root.field(), start, end, root.isNamed(), root.isMissing(), newText);
    newRoot.setChildren(kids.toArray(Node[]::new));
    return new SyntaxTree(new SourceFile(tree.file().path(), newText, tree.file().language()), newRoot, List.of());
  }

  /** Returns whether an offset lies strictly inside one of the program's statements. */
  private static boolean inside(Node root, int at) {
    for (Node c : root.children()) {
      if (c.start() < at && at < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the code before an insertion cannot run on into it: a line break or a semicolon parts them. */
  private static boolean startsClosed(String old, int at, String inserted) {
    if (LINE_BREAK_FIRST.matcher(inserted).lookingAt()) {
      return true;
    }
    int before = at - 1;
    while (before >= 0 && (old.charAt(before) == ' ' || old.charAt(before) == '\t')) {
      before--;
    }
    return before < 0 || old.charAt(before) == '\n' || old.charAt(before) == ';';
  }

  /**
   * Returns whether the code after an insertion cannot continue its last statement, nor a comment join it: the statement
   * ends with a semicolon or is a comment, or a line break follows it and the next code starts a statement of its own (a
   * name that is not an operator word, or a closing brace).
   */
  private static boolean endsClosed(Node last, String old, int at) {
    if (last.isComment() || last.text().endsWith(";")) {
      return true;
    }
    if (at < old.length() && !LINE_BREAK_FIRST.matcher(old).region(at, old.length()).lookingAt()) {
      return false;
    }
    java.util.regex.Matcher next = NEXT_CODE.matcher(old).region(at, old.length());
    return next.lookingAt() && (next.group(2) == null || !OPERATOR_WORDS.contains(next.group(2)));
  }

  private static final java.util.regex.Pattern LINE_BREAK_FIRST = java.util.regex.Pattern.compile("[ \t]*\r?\n");
  /** The whitespace and comments after an insertion, then a name, or the end of the text, or a closing brace. */
  private static final java.util.regex.Pattern NEXT_CODE =
      java.util.regex.Pattern.compile("((?:\\s|//[^\\n]*|/\\*.*?\\*/)*)(?:([A-Za-z_$][\\w$]*)|(\\z)|(?=\\}))",
          java.util.regex.Pattern.DOTALL);
  /** Words that continue an expression from the line before. */
  private static final java.util.Set<String> OPERATOR_WORDS = java.util.Set.of("in", "instanceof", "as", "satisfies");

  /** Returns the length of the insertions at offsets below {@code limit}. */
  private static int insertedBefore(int[] ats, int[] lengths, int limit) {
    int length = 0;
    for (int k = 0; k < ats.length && ats[k] < limit; k++) {
      length += lengths[k];
    }
    return length;
  }

  /** Copies a subtree, its offsets mapped and its text the given one; iterative, as trees nest thousands deep. */
  private static Node copyOf(Node node, java.util.function.IntUnaryOperator startAt, java.util.function.IntUnaryOperator endAt,
      String source) {
    Node top = new Node(node.type(), node.field(), startAt.applyAsInt(node.start()), endAt.applyAsInt(node.end()),
        node.isNamed(), node.isMissing(), source);
    java.util.ArrayDeque<Node[]> pending = new java.util.ArrayDeque<>();
    pending.push(new Node[] {node, top});
    while (!pending.isEmpty()) {
      Node[] pair = pending.pop();
      List<Node> children = pair[0].children();
      if (children.isEmpty()) {
        continue;
      }
      Node[] copies = new Node[children.size()];
      for (int i = 0; i < copies.length; i++) {
        Node c = children.get(i);
        copies[i] = new Node(c.type(), c.field(), startAt.applyAsInt(c.start()), endAt.applyAsInt(c.end()), c.isNamed(),
            c.isMissing(), source);
        pending.push(new Node[] {c, copies[i]});
      }
      pair[1].setChildren(copies);
    }
    return top;
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
