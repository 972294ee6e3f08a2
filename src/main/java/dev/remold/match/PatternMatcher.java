package dev.remold.match;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches code shaped like a pattern written as code, where {@code $X} stands for one node and
 * {@code $$$X} for a run of sibling nodes (zero or more); {@code $_} matches without binding.
 *
 * <p>Comments and the separators {@code ,} and {@code ;} are not significant, so
 * {@code f($A, $B)} matches {@code f(a, /* note *&#47; b,)}; quote style is not significant either.
 */
public final class PatternMatcher implements Matcher {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern METAVAR = Pattern.compile("\\$(\\$\\$)?([A-Z_][A-Z0-9_]*)");

  private final String source;
  private final PNode root;
  /** The pattern's longest literal; a node whose text lacks it cannot match, whatever its shape. */
  private final String anchor;
  /** The name the pattern's call calls, when it is written out; null for another pattern or a metavariable. */
  private final String calleeName;

  private PatternMatcher(String source, PNode root, String calleeName) {
    this.source = source;
    this.root = root;
    this.calleeName = calleeName;
    String longest = longestLiteral(root, "");
    this.anchor = longest.isEmpty() ? null : longest;
  }

  /** One node of a compiled pattern: a metavariable, a leaf to compare by text, or an inner node. */
  private record PNode(String type, String text, String metavar, boolean multi, List<PNode> kids) {
    boolean isMetavar() {
      return metavar != null;
    }
  }

  /** Returns the matcher for a pattern, parsed with the given grammar. */
  public static PatternMatcher compile(String pattern, Language language, Parser parser) throws PatternException {
    String code = pattern.strip();
    if (code.isEmpty()) {
      throw new PatternException("the pattern is empty");
    }
    SyntaxTree tree = parser.parse(new SourceFile("<pattern>", code, language));
    List<Node> errors = tree.errors();
    if (!errors.isEmpty()) {
      Node e = errors.getFirst();
      throw new PatternException("the pattern is not valid " + language.name().toLowerCase() + " code (syntax error at `"
          + snippet(code, e) + "`)");
    }
    List<Node> top = significant(tree.root());
    if (top.size() != 1) {
      throw new PatternException("the pattern must be one expression, statement or declaration, found " + top.size());
    }
    Node start = top.getFirst();
    // `foo($X)` parses as a statement; users mean the expression unless they wrote the `;`.
    if (start.type().equals("expression_statement") && !code.endsWith(";")) {
      List<Node> inner = significant(start);
      if (inner.size() == 1) {
        start = inner.getFirst();
      }
    }
    String callee = calleeName(start);
    return new PatternMatcher(code, compileNode(start), callee == null || METAVAR.matcher(callee).matches() ? null : callee);
  }

  private static String snippet(String code, Node e) {
    int from = Math.max(0, e.start() - 10);
    int to = Math.min(code.length(), Math.max(e.end(), e.start() + 10));
    return code.substring(from, to);
  }

  private static PNode compileNode(Node n) {
    java.util.regex.Matcher mv = METAVAR.matcher(n.text());
    // A list item that is nothing but `$$$X` is that run, even where the grammar wraps each item
    // (an import specifier): `{ $$$SPECS }` then takes all the specifiers. A single `$X` keeps
    // binding the innermost node, so `import $NAME from 'm'` binds the identifier.
    if (mv.matches() && (n.children().isEmpty() || (n.isNamed() && mv.group(1) != null))) {
      return new PNode(n.type(), n.text(), mv.group(2), mv.group(1) != null, List.of());
    }
    List<Node> parts = significant(n);
    // `{ $$$BODY }` parses as a statement wrapping the metavariable; unwrapped, it stands for any run of
    // statements instead of exactly one expression statement.
    if (n.type().equals("expression_statement") && parts.size() == 1) {
      PNode only = compileNode(parts.getFirst());
      if (only.isMetavar() && only.multi()) {
        return only;
      }
    }
    List<PNode> kids = new ArrayList<>();
    for (Node c : parts) {
      kids.add(compileNode(c));
    }
    return new PNode(n.type(), n.children().isEmpty() ? n.text() : null, null, false, List.copyOf(kids));
  }

  /** Returns the children that take part in matching. */
  static List<Node> significant(Node n) {
    // Quote characters are anonymous children of a string: 'a' and "a" are the same string.
    boolean onlyNamed = n.type().equals("string");
    List<Node> out = new ArrayList<>(n.children().size());
    for (Node c : n.children()) {
      if (c.isComment() || (!c.isNamed() && (onlyNamed || isSeparator(c)))) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private static boolean isSeparator(Node c) {
    String t = c.type();
    return t.equals(",") || t.equals(";");
  }

  /** Returns the pattern's code as written. */
  public String source() {
    return source;
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    // Most nodes a rule is offered fail here, before any list of children is built.
    if (anchor != null && !NodeText.contains(node.source(), node.start(), node.end(), anchor)) {
      return null;
    }
    return matchNode(root, node, bindings, node);
  }

  private Bindings matchNode(PNode p, Node t, Bindings env, Node matchRoot) {
    if (p.isMetavar()) {
      if (p.multi()) {
        // `$$$X` alone where one node stands: it matches that node as a run of one.
        return bindRun(p.metavar(), List.of(t), t.start(), t.source(), env, t != matchRoot);
      }
      if (!t.isNamed()) {
        return null;
      }
      return bind(p.metavar(), Capture.of(t, t != matchRoot), env);
    }
    if (!p.type().equals(t.type())) {
      return null;
    }
    if (p.text() != null) {
      return p.text().equals(t.text()) ? env : null;
    }
    return matchList(p.kids(), 0, significant(t), 0, env, matchRoot, t);
  }

  private Bindings matchList(List<PNode> ps, int i, List<Node> ts, int j, Bindings env, Node matchRoot, Node parent) {
    if (i == ps.size()) {
      return j == ts.size() ? env : null;
    }
    PNode p = ps.get(i);
    if (p.isMetavar() && p.multi()) {
      // Shortest run first, so `f($$$A, $B)` leaves the last argument to $B.
      for (int k = j; k <= ts.size(); k++) {
        int at = j < ts.size() ? ts.get(j).start() : (j > 0 ? ts.get(j - 1).end() : parent.start());
        Bindings b = bindRun(p.metavar(), ts.subList(j, k), at, parent.source(), env, true);
        if (b != null) {
          Bindings rest = matchList(ps, i + 1, ts, k, b, matchRoot, parent);
          if (rest != null) {
            return rest;
          }
        }
      }
      return null;
    }
    if (j == ts.size()) {
      return null;
    }
    Bindings b = matchNode(p, ts.get(j), env, matchRoot);
    return b == null ? null : matchList(ps, i + 1, ts, j + 1, b, matchRoot, parent);
  }

  private static Bindings bindRun(String name, List<Node> run, int at, String source, Bindings env, boolean widen) {
    return bind(name, Capture.ofRun(List.copyOf(run), at, source, widen), env);
  }

  private static Bindings bind(String name, Capture capture, Bindings env) {
    if (name.equals("_")) {
      return env;
    }
    Capture seen = env.get(name);
    if (seen != null) {
      // A metavariable used twice must capture the same code both times.
      return sameCode(seen, capture) ? env : null;
    }
    return env.with(name, capture);
  }

  private static boolean sameCode(Capture a, Capture b) {
    if (a.nodes().size() != b.nodes().size()) {
      return false;
    }
    for (int k = 0; k < a.nodes().size(); k++) {
      if (!a.nodes().get(k).text().equals(b.nodes().get(k).text())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Set<String> startKinds() {
    return root.isMetavar() ? null : Set.of(root.type());
  }

  @Override
  public Set<String> calleeNames() {
    if (calleeName != null) {
      return Set.of(calleeName);
    }
    // Any call may match a metavariable or a call of a placeholder; a pattern of another kind matches no call.
    return root.isMetavar() || root.type().equals("call_expression") ? null : Set.of();
  }

  /**
   * Returns the name a call calls: {@code f} of {@code f(x)}, {@code signIn} of {@code Auth.signIn(x)} and
   * {@code a?.b.signIn(x)}; null for a node that is not a call or calls something else (an expression in parentheses).
   */
  public static String calleeName(Node node) {
    if (!node.type().equals("call_expression")) {
      return null;
    }
    Node function = node.child("function");
    if (function == null) {
      return null;
    }
    if (function.type().equals("identifier")) {
      return function.text();
    }
    Node property = function.type().equals("member_expression") ? function.child("property") : null;
    return property != null && property.type().equals("property_identifier") ? property.text() : null;
  }

  @Override
  public Set<String> requiredText() {
    return anchor == null ? null : Set.of(anchor);
  }

  @Override
  public Set<String> textWithin() {
    return requiredText();
  }

  /** Every metavariable that stands for one node binds a node of the match; one for a run may bind none. */
  @Override
  public Set<String> boundWithin() {
    Set<String> out = new java.util.HashSet<>();
    singleMetavars(root, out);
    return Set.copyOf(out);
  }

  private static void singleMetavars(PNode p, Set<String> out) {
    if (p.isMetavar()) {
      if (!p.multi()) {
        out.add(p.metavar());
      }
      return;
    }
    p.kids().forEach(k -> singleMetavars(k, out));
  }

  /** Every identifier-like literal of the pattern must occur in a file it matches in (leaves match by their text). */
  @Override
  public List<Set<String>> requiredGroups() {
    Set<String> literals = new java.util.LinkedHashSet<>();
    literals(root, literals);
    return literals.stream().map(Set::of).toList();
  }

  private static void literals(PNode p, Set<String> out) {
    if (p.isMetavar()) {
      return;
    }
    if (p.text() != null && IDENTIFIER.matcher(p.text()).matches()) {
      out.add(p.text());
    }
    p.kids().forEach(k -> literals(k, out));
  }

  /** Returns the longest identifier-like literal of the pattern: a cheap text prefilter for files. */
  private static String longestLiteral(PNode p, String best) {
    if (p.isMetavar()) {
      return best;
    }
    if (p.text() != null && IDENTIFIER.matcher(p.text()).matches() && p.text().length() > best.length()) {
      best = p.text();
    }
    for (PNode k : p.kids()) {
      best = longestLiteral(k, best);
    }
    return best;
  }

  @Override
  public String toString() {
    return "pattern `" + source + "`";
  }
}
