package dev.remold.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Makes the tree of an edited text from the tree of the text before, parsing only what changed: each replacement is
 * widened to the smallest run of whole statements that holds it (in the program or a block), the run's new text is
 * parsed alone, and its statements take the old ones' place while the rest of the tree moves along. A statement
 * parses alike alone and in place, as long as nothing joins it to its neighbours: where something could (a missing
 * semicolon before code that continues an expression), or where the old tree has errors, there is no splice.
 */
final class TreeSplice {
  private TreeSplice() {}

  /** A run [from, to) of the statements of a list node, spanning the chars [start, end) (a run may be empty). */
  private record Run(Node list, int from, int to, int start, int end) {}

  /** Returns the spliced tree, or null where only a fresh parse can tell. */
  static SyntaxTree of(SyntaxTree tree, List<Parser.Replacement> replacements, Function<SourceFile, SyntaxTree> parse) {
    String old = tree.file().text();
    if (!tree.errors().isEmpty() || replacements.isEmpty()) {
      return null;
    }
    List<Parser.Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt(Parser.Replacement::start).thenComparingInt(Parser.Replacement::end));
    for (int i = 0; i < sorted.size(); i++) {
      Parser.Replacement r = sorted.get(i);
      if (r.start() < 0 || r.end() < r.start() || r.end() > old.length()
          || i > 0 && (r.start() < sorted.get(i - 1).end() || r.start() == sorted.get(i - 1).start())) {
        return null;
      }
    }
    List<Run> runs = runsOf(tree.root(), sorted);
    // The new text, and the new statements of each run, parsed alone.
    StringBuilder text = new StringBuilder(old.length() + 256);
    List<List<Node>> fresh = new ArrayList<>();
    List<Integer> shifts = new ArrayList<>();
    int[] ends = new int[runs.size()];
    int[] deltas = new int[runs.size()];
    int copied = 0;
    int next = 0;
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      text.append(old, copied, run.start());
      StringBuilder runText = new StringBuilder();
      int at = run.start();
      for (; next < sorted.size() && sorted.get(next).end() <= run.end(); next++) {
        Parser.Replacement r = sorted.get(next);
        runText.append(old, at, r.start()).append(r.text());
        at = r.end();
      }
      runText.append(old, at, run.end());
      SyntaxTree alone = parse.apply(new SourceFile(tree.file().path(), runText.toString(), tree.file().language()));
      List<Node> statements = alone.root().children();
      if (!alone.errors().isEmpty() || !standsApart(old, run, runText.toString(), statements)) {
        return null;
      }
      shifts.add(text.length());
      fresh.add(statements);
      ends[k] = run.end();
      deltas[k] = runText.length() - (run.end() - run.start());
      text.append(runText);
      copied = run.end();
    }
    if (next != sorted.size()) {
      return null;
    }
    text.append(old, copied, old.length());
    String newText = text.toString();
    // An old offset moves by the growth of every run that ends at or before it; a node that ends where a run
    // starts stays where it was, one that starts where a run ends moves.
    IntUnaryOperator startAt = o -> o + grownBefore(ends, deltas, o, /* atToo= */ true);
    IntUnaryOperator endAt = o -> o + grownBefore(ends, deltas, o, /* atToo= */ false);
    // The lists that hold runs: few, so found by a scan rather than a hash of every node copied.
    List<Node> lists = new ArrayList<>();
    List<List<Integer>> runsOfList = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      int at = lists.indexOf(runs.get(i).list());
      if (at < 0) {
        lists.add(runs.get(i).list());
        runsOfList.add(new ArrayList<>());
        at = lists.size() - 1;
      }
      runsOfList.get(at).add(i);
    }
    Node root = tree.root();
    // The program takes in the whitespace after its last statement, up to the end of the text.
    int rootEnd = root.end() == old.length() ? newText.length() : endAt.applyAsInt(root.end());
    Node newRoot = new Node(root.type(), root.field(), startAt.applyAsInt(root.start()), rootEnd, root.isNamed(),
        root.isMissing(), newText);
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    pending.push(newRoot);
    while (!pending.isEmpty()) {
      Node copy = pending.pop();
      Node original = pending.pop();
      Node[] children = original.childArray();
      int listIndex = indexOf(lists, original);
      if (listIndex < 0) {
        if (children.length > 0) {
          Node[] copies = new Node[children.length];
          for (int i = 0; i < children.length; i++) {
            copies[i] = moved(children[i], startAt, endAt, newText);
            pending.push(children[i]);
            pending.push(copies[i]);
          }
          copy.setChildren(copies);
        }
        continue;
      }
      List<Integer> here = runsOfList.get(listIndex);
      List<Node> copies = new ArrayList<>(children.length);
      int k = 0;
      for (int i = 0; i <= children.length; i++) {
        while (k < here.size() && runs.get(here.get(k)).from() == i) {
          int shift = shifts.get(here.get(k));
          for (Node n : fresh.get(here.get(k))) {
            copies.add(copyOf(n, o -> o + shift, o -> o + shift, newText));
          }
          i = runs.get(here.get(k)).to();
          k++;
        }
        if (i < children.length) {
          Node c = moved(children[i], startAt, endAt, newText);
          copies.add(c);
          pending.push(children[i]);
          pending.push(c);
        }
      }
      if (!copies.isEmpty()) {
        copy.setChildren(copies.toArray(Node[]::new));
      }
    }
    // The program starts where its first statement does (a new one, when the first was replaced); an empty one, at the end.
    int rootStart = newRoot.children().isEmpty() ? newText.length() : newRoot.children().getFirst().start();
    if (newRoot.start() != rootStart) {
      Node moved = new Node(root.type(), root.field(), rootStart, newRoot.end(), root.isNamed(), root.isMissing(), newText);
      moved.setChildren(newRoot.children().toArray(Node[]::new));
      newRoot = moved;
    }
    return new SyntaxTree(new SourceFile(tree.file().path(), newText, tree.file().language()), newRoot, List.of());
  }

  private static int indexOf(List<Node> nodes, Node node) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == node) {
        return i;
      }
    }
    return -1;
  }

  private static Node moved(Node n, IntUnaryOperator startAt, IntUnaryOperator endAt, String source) {
    return new Node(n.type(), n.field(), startAt.applyAsInt(n.start()), endAt.applyAsInt(n.end()), n.isNamed(), n.isMissing(),
        source);
  }

  private static int grownBefore(int[] ends, int[] deltas, int offset, boolean atToo) {
    int grown = 0;
    for (int i = 0; i < ends.length && (ends[i] < offset || atToo && ends[i] == offset); i++) {
      grown += deltas[i];
    }
    return grown;
  }

  /**
   * Returns the runs of whole statements that hold the replacements, in order, apart and not touching: replacements
   * whose runs meet share one run.
   */
  private static List<Run> runsOf(Node root, List<Parser.Replacement> sorted) {
    List<Run> runs = new ArrayList<>();
    for (Parser.Replacement r : sorted) {
      Run run = runOf(root, r.start(), r.end());
      while (!runs.isEmpty() && runs.getLast().end() >= run.start()) {
        Run last = runs.removeLast();
        run = runOf(root, Math.min(last.start(), run.start()), Math.max(last.end(), run.end()));
      }
      runs.add(run);
    }
    return runs;
  }

  /** Returns the smallest run of statements of the innermost program or block that holds the chars [s, e). */
  private static Run runOf(Node root, int s, int e) {
    Node list = root;
    for (Node n = root; n != null; ) {
      Node inner = null;
      for (Node c : n.children()) {
        if (c.start() <= s && e <= c.end() && (c.start() < s || e < c.end() || s == e && c.start() < s)) {
          inner = c;
          break;
        }
      }
      if (inner != null && inner.type().equals("statement_block") && inner.start() < s && e < inner.end()) {
        list = inner;
      }
      n = inner;
    }
    List<Node> kids = list.children();
    int from = -1;
    int to = -1;
    for (int i = 0; i < kids.size(); i++) {
      Node c = kids.get(i);
      boolean overlaps = s == e ? c.start() < s && s < c.end() : c.start() < e && s < c.end();
      if (overlaps) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    if (from < 0) {
      // Between statements: an empty run where the chars are.
      int at = 0;
      while (at < kids.size() && kids.get(at).start() < e) {
        at++;
      }
      return new Run(list, at, at, s, e);
    }
    return new Run(list, from, to, Math.min(s, kids.get(from).start()), Math.max(e, kids.get(to - 1).end()));
  }

  /**
   * Returns whether the new statements of a run cannot join the code around it, nor that code join across an emptied
   * run: each side of each seam is {@link #separated}.
   */
  private static boolean standsApart(String old, Run run, String runText, List<Node> statements) {
    if (afterLineComment(old, run, runText)) {
      return false;
    }
    Node before = neighbour(run, -1);
    Node after = neighbour(run, +1);
    String gapBefore = before == null ? "" : old.substring(before.end(), run.start());
    String afterText = after == null ? "" : old.substring(run.end(), after.end());
    if (statements.isEmpty()) {
      return before == null || separated(before.text(), gapBefore + runText + afterText);
    }
    return (before == null || separated(before.text(), gapBefore + runText))
        && separated(statements.getLast().text(), runText.substring(statements.getLast().end()) + afterText);
  }

  /** Returns whether the code the run brings, or the code after it, would stand on the line of a // comment before it. */
  private static boolean afterLineComment(String old, Run run, String runText) {
    List<Node> kids = run.list().children();
    Node previous = run.from() > 0 ? kids.get(run.from() - 1) : null;
    if (previous == null || !previous.isComment() || !previous.text().startsWith("//")) {
      return false;
    }
    for (CharSequence part : new CharSequence[] {old.substring(previous.end(), run.start()), runText}) {
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) == '\n') {
          return false;
        }
        if (!Character.isWhitespace(part.charAt(i))) {
          return true;
        }
      }
    }
    for (int i = run.end(); i < old.length(); i++) {
      if (old.charAt(i) == '\n') {
        return false;
      }
      if (!Character.isWhitespace(old.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the statement before (-1) or after (+1) a run in its list, comments passed over; null at a brace or the end. */
  private static Node neighbour(Run run, int direction) {
    List<Node> kids = run.list().children();
    for (int i = direction < 0 ? run.from() - 1 : run.to(); i >= 0 && i < kids.size(); i += direction) {
      Node c = kids.get(i);
      if (!c.isComment()) {
        return c.type().equals("{") || c.type().equals("}") ? null : c;
      }
    }
    return null;
  }

  /** Words that continue an expression from the line before. */
  private static final Set<String> OPERATOR_WORDS = Set.of("in", "instanceof", "as", "satisfies");

  /**
   * Returns whether code ending with {@code left} and code starting with {@code right} (with what stands between them
   * at its start) are two statements whatever they hold: the left ends with a semicolon, or its line ends right after
   * it and the right starts with a name that is no operator word, or either is empty.
   */
  private static boolean separated(String left, String right) {
    String l = left.strip();
    if (l.isEmpty() || l.endsWith(";")) {
      return true;
    }
    // A comment on the line of a statement without a semicolon belongs to it: the line must end first.
    int i = 0;
    while (i < right.length() && (right.charAt(i) == ' ' || right.charAt(i) == '\t' || right.charAt(i) == '\r')) {
      i++;
    }
    if (i < right.length() && right.charAt(i) != '\n') {
      return false;
    }
    boolean lineBreak = false;
    while (i < right.length()) {
      char c = right.charAt(i);
      if (c == '\n') {
        lineBreak = true;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (right.startsWith("//", i)) {
        int nl = right.indexOf('\n', i);
        i = nl < 0 ? right.length() : nl;
      } else if (right.startsWith("/*", i)) {
        int close = right.indexOf("*/", i + 2);
        if (close < 0) {
          return false;
        }
        lineBreak |= right.substring(i, close).indexOf('\n') >= 0;
        i = close + 2;
      } else {
        break;
      }
    }
    if (i == right.length()) {
      return true;
    }
    int word = i;
    while (word < right.length() && (Character.isJavaIdentifierPart(right.charAt(word)))) {
      word++;
    }
    return lineBreak && word > i && Character.isJavaIdentifierStart(right.charAt(i))
        && !OPERATOR_WORDS.contains(right.substring(i, word));
  }

  /** Copies a subtree, its offsets mapped and its text the given one; iterative, as trees nest thousands deep. */
  static Node copyOf(Node node, IntUnaryOperator startAt, IntUnaryOperator endAt, String source) {
    Node top = moved(node, startAt, endAt, source);
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(node);
    pending.push(top);
    while (!pending.isEmpty()) {
      Node copy = pending.pop();
      Node[] children = pending.pop().childArray();
      if (children.length == 0) {
        continue;
      }
      Node[] copies = new Node[children.length];
      for (int i = 0; i < copies.length; i++) {
        copies[i] = moved(children[i], startAt, endAt, source);
        pending.push(children[i]);
        pending.push(copies[i]);
      }
      copy.setChildren(copies);
    }
    return top;
  }
}
