package dev.remold.js;

import dev.remold.match.Bindings;
import dev.remold.match.Capture;
import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Read-only JavaScript views of one tree's nodes and matches. A node has one view per call, so
 * {@code a === b} holds for the same node reached two ways.
 */
final class NodeViews {
  private final SyntaxTree tree;
  private final Map<Node, NodeView> views = new IdentityHashMap<>();

  NodeViews(SyntaxTree tree) {
    this.tree = tree;
  }

  SyntaxTree tree() {
    return tree;
  }

  /** Returns the view of a node, or null for none. */
  NodeView of(Node node) {
    return node == null ? null : views.computeIfAbsent(node, NodeView::new);
  }

  /** Returns the node a JavaScript value stands for, or null when it is not a node view. */
  static Node nodeOf(Value v) {
    return v != null && v.isProxyObject() && v.asProxyObject() instanceof NodeView view ? view.node : null;
  }

  /** Returns the view of a match: the matched node and its captures ({@code $$$X} captures as arrays). */
  ProxyObject match(Node node, Bindings b, Set<String> listVars) {
    Map<String, Object> captures = new LinkedHashMap<>();
    for (String name : b.names()) {
      Capture c = b.get(name);
      if (listVars.contains(name)) {
        captures.put(name, array(c.nodes()));
      } else {
        captures.put(name, of(c.node()));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("node", of(node));
    m.put("captures", ProxyObject.fromMap(captures));
    m.put("text", (ProxyExecutable) args -> {
      String name = args.length > 0 && args[0].isString() ? args[0].asString().replaceFirst("^\\$+", "") : "";
      Capture c = b.get(name);
      return c == null ? null : c.text();
    });
    return ProxyObject.fromMap(m);
  }

  ProxyArray array(List<Node> nodes) {
    List<Object> out = new ArrayList<>();
    nodes.forEach(n -> out.add(of(n)));
    return ProxyArray.fromList(out);
  }

  /** One node as JavaScript sees it: type, text, range, line, fields, children, parent. */
  final class NodeView implements ProxyObject {
    private static final List<String> KEYS = List.of("type", "text", "start", "end", "range", "line", "column", "named", "field",
        "parent", "children", "namedChildren", "fields", "child");
    final Node node;

    NodeView(Node node) {
      this.node = node;
    }

    @Override
    public Object getMember(String key) {
      return switch (key) {
        case "type" -> node.type();
        case "text" -> node.text();
        case "start" -> node.start();
        case "end" -> node.end();
        case "range" -> ProxyObject.fromMap(Map.of("start", node.start(), "end", node.end()));
        case "line" -> tree.lineOf(node.start());
        case "column" -> node.start() - (node.source().lastIndexOf('\n', node.start() - 1) + 1);
        case "named" -> node.isNamed();
        case "field" -> node.field();
        case "parent" -> of(node.parent());
        case "children" -> array(node.children());
        case "namedChildren" -> array(node.namedChildren());
        case "fields" -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          node.children().stream().filter(c -> c.field() != null).forEach(c -> fields.putIfAbsent(c.field(), of(c)));
          yield ProxyObject.fromMap(fields);
        }
        case "child" -> (ProxyExecutable) args -> args.length > 0 && args[0].isString() ? of(node.child(args[0].asString())) : null;
        case "toString" -> (ProxyExecutable) args -> node.type() + "@" + tree.lineOf(node.start()) + ": " + node.text();
        default -> null;
      };
    }

    @Override
    public Object getMemberKeys() {
      return ProxyArray.fromList(new ArrayList<>(KEYS));
    }

    @Override
    public boolean hasMember(String key) {
      return KEYS.contains(key) || key.equals("toString");
    }

    @Override
    public void putMember(String key, Value value) {
      throw new UnsupportedOperationException("nodes are read-only: change code with api.replace, api.insertBefore, api.insertAfter, api.remove");
    }
  }
}
