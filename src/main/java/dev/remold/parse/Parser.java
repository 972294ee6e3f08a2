package dev.remold.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSSymbolType;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** Parses source text into {@link SyntaxTree}s; one instance per thread, closed when done. */
public final class Parser implements AutoCloseable {
  private final Map<Language, TSParser> parsers = new EnumMap<>(Language.class);
  private final Map<Language, Grammar> grammars = new EnumMap<>(Language.class);
  private final TreeReader reader = new TreeReader();

  /**
   * Names and kinds of a grammar's symbols and fields, read once: asking JNI for a node's type string
   * per node costs more than the parse itself.
   */
  private record Grammar(String[] symbolNames, boolean[] named, String[] fieldNames) {
    static Grammar of(TSLanguage language) {
      int symbols = language.symbolCount();
      String[] names = new String[symbols];
      boolean[] named = new boolean[symbols];
      for (int i = 0; i < symbols; i++) {
        names[i] = language.symbolName(i);
        named[i] = language.symbolType(i) == TSSymbolType.TSSymbolTypeRegular;
      }
      String[] fields = new String[language.fieldCount() + 1];
      for (int i = 1; i < fields.length; i++) {
        fields[i] = language.fieldNameForId(i);
      }
      return new Grammar(names, named, fields);
    }
  }

  /** Returns the immutable tree of a file; the native tree is closed before this returns. */
  public SyntaxTree parse(SourceFile file) {
    TSParser parser = parsers.computeIfAbsent(file.language(), Parser::newParser);
    Grammar grammar = grammars.computeIfAbsent(file.language(), l -> Grammar.of(parser.getLanguage()));
    String text = file.text();
    try (TSTree tree = parser.parseString(null, text)) {
      return new SyntaxTree(file, snapshot(tree, text, grammar));
    }
  }

  private static TSParser newParser(Language language) {
    TSLanguage grammar = switch (language) {
      case TSX -> new TreeSitterTsx();
      case TYPESCRIPT -> new TreeSitterTypescript();
    };
    TSParser parser = new TSParser();
    parser.setLanguage(grammar);
    return parser;
  }

  /** Copies the native tree into Java nodes, converting UTF-8 byte offsets to char offsets once. */
  private Node snapshot(TSTree tree, String text, Grammar grammar) {
    int[] charAt = byteToCharTable(text);
    // Only a tree with errors can hold MISSING nodes: skip that call per node otherwise.
    boolean checkMissing = reader.start(tree);
    try {
      return walk(charAt, text, grammar, checkMissing);
    } finally {
      reader.finish();
    }
  }

  private Node walk(int[] charAt, String text, Grammar grammar, boolean checkMissing) {
    Node root = newNode(charAt, text, grammar, checkMissing);
    List<Node> path = new ArrayList<>();
    List<List<Node>> kids = new ArrayList<>();
    path.add(root);
    kids.add(new ArrayList<>());
    // Iterative depth-first walk: deeply nested generated code must not overflow the stack.
    while (true) {
      if (reader.gotoFirstChild()) {
        Node child = newNode(charAt, text, grammar, checkMissing);
        kids.getLast().add(child);
        path.add(child);
        kids.add(new ArrayList<>());
        continue;
      }
      while (true) {
        Node done = path.removeLast();
        done.setChildren(kids.removeLast());
        if (path.isEmpty()) {
          return done;
        }
        if (reader.gotoNextSibling()) {
          Node sibling = newNode(charAt, text, grammar, checkMissing);
          kids.getLast().add(sibling);
          path.add(sibling);
          kids.add(new ArrayList<>());
          break;
        }
        reader.gotoParent();
      }
    }
  }

  private Node newNode(int[] charAt, String text, Grammar grammar, boolean checkMissing) {
    reader.load();
    int symbol = reader.symbol();
    int start = toChar(charAt, reader.startByte());
    int end = toChar(charAt, reader.endByte());
    String field = grammar.fieldNames()[reader.fieldId()];
    if (symbol >= grammar.symbolNames().length) {
      // The error symbol (0xFFFF) lies outside the grammar's table.
      return new Node("ERROR", field, start, end, /* named= */ true, /* missing= */ false, text);
    }
    return new Node(grammar.symbolNames()[symbol], field, start, end, grammar.named()[symbol],
        checkMissing && reader.isMissing(), text);
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
    parsers.values().forEach(TSParser::close);
    parsers.clear();
  }
}
