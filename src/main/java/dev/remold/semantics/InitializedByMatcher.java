package dev.remold.semantics;

import dev.remold.match.Bindings;
import dev.remold.match.Matcher;
import dev.remold.parse.Node;

/**
 * Matches a name whose value comes from code the inner matcher accepts: the initializer of its
 * declaration ({@code const user = await Auth.currentAuthenticatedUser()}, the {@code await}
 * looked through), or the promise a {@code .then(user => …)} callback receives it from.
 * With a {@code key}, the name must instead be destructured from that property of the value
 * ({@code const { data } = await …}, {@code const { data: d } = …}, {@code .then(({ data }) => …)}).
 */
public record InitializedByMatcher(Matcher source, String key) implements Matcher {
  /** The value the name comes from is code of the same file: the file holds what that code requires. */
  @Override
  public java.util.List<java.util.Set<String>> requiredGroups() {
    return source.requiredGroups();
  }

  @Override
  public java.util.List<java.util.Set<String>> requiredModules() {
    return source.requiredModules();
  }

  /** A match binds what the code the name comes from binds. */
  @Override
  public java.util.Set<String> alwaysBound() {
    return source.alwaysBound();
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    if (!node.type().equals("identifier")) {
      return null;
    }
    Node decl = Scopes.declarationOf(node);
    if (decl == null || decl.parent() == null) {
      return null;
    }
    // The node that receives the whole value: the name itself, or the object pattern it is destructured from.
    Node binder = decl;
    String property = null;
    Node p = decl.parent();
    if (decl.type().equals("shorthand_property_identifier_pattern") && p.type().equals("object_pattern")) {
      binder = p;
      property = decl.text();
    } else if (p.type().equals("pair_pattern") && "value".equals(decl.field()) && p.parent() != null
        && p.parent().type().equals("object_pattern") && p.child("key") != null) {
      binder = p.parent();
      property = p.child("key").text();
    }
    if (key == null ? property != null : !key.equals(property)) {
      return null;
    }
    Node value = valueOf(binder);
    if (value == null) {
      return null;
    }
    // TypeScript wraps the call: `(await API.graphql(…)) as GraphQLResult<T>` holds the same value.
    value = unwrapped(value);
    Bindings b = source.match(value, bindings);
    if (b == null && value.type().equals("await_expression") && !value.namedChildren().isEmpty()) {
      b = source.match(unwrapped(value.namedChildren().getLast()), bindings);
    }
    return b;
  }

  /** Returns the expression inside parentheses, a type assertion ({@code as}, {@code satisfies}) or a non-null assertion. */
  private static Node unwrapped(Node value) {
    while (java.util.Set.of("parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression")
        .contains(value.type()) && !value.namedChildren().isEmpty()) {
      value = value.namedChildren().getFirst();
    }
    return value;
  }

  /** Returns the expression whose value the binder receives, or null when that is not visible here. */
  private static Node valueOf(Node binder) {
    Node p = binder.parent();
    if (p == null) {
      return null;
    }
    if (p.type().equals("variable_declarator") && "name".equals(binder.field())) {
      return p.child("value");
    }
    // `(user) => …` or `user => …` passed to `promise.then(…)`: the value is what the promise resolves to.
    // The TSX grammar wraps each parameter (required_parameter), even in plain JavaScript.
    Node param = p.type().equals("required_parameter") || p.type().equals("optional_parameter") ? p.parent() : p;
    Node fn = param.type().equals("formal_parameters") ? param.parent() : param;
    if (fn != null && fn.type().equals("arrow_function") && fn.parent() != null && fn.parent().type().equals("arguments")) {
      Node call = fn.parent().parent();
      Node callee = call == null ? null : call.child("function");
      if (callee != null && callee.type().equals("member_expression") && callee.child("property") != null
          && callee.child("property").text().equals("then") && fn.parent().namedChildren().getFirst() == fn) {
        return callee.child("object");
      }
    }
    return null;
  }
}
