/*
 * remold's one native function, built into the same library as tree-sitter (scripts/build-native.sh): it writes a
 * whole tree into an int array in one call, where reading it node by node from Java costs several calls per node.
 */
#include <stdint.h>
#include <tree_sitter/api.h>

/* Ints per node: symbol (bit 31 set for a MISSING node), field id, start byte, end byte, number of children. */
#define REMOLD_NODE_INTS 5

/*
 * Writes the nodes of the tree in pre-order, REMOLD_NODE_INTS each, into out (room for capacity nodes).
 * Returns the number of nodes, or, when they do not fit, minus the number of nodes (the caller retries with that
 * much room; -1 if the count is not known).
 */
int32_t remold_flatten(const TSTree *tree, int32_t *out, int32_t capacity) {
  /* The tree knows how many visible nodes it has: a big file is not walked in vain to find out. */
  uint32_t total = ts_node_descendant_count(ts_tree_root_node(tree));
  if (total > (uint32_t) capacity && total < (uint32_t) INT32_MAX) {
    return -(int32_t) total;
  }
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  /* Only a tree with errors can hold MISSING nodes: the check is skipped per node otherwise. */
  int check_missing = ts_node_has_error(ts_tree_root_node(tree));
  int32_t count = 0;
  for (;;) {
    if (count == capacity) {
      ts_tree_cursor_delete(&cursor);
      return -1;
    }
    TSNode node = ts_tree_cursor_current_node(&cursor);
    int32_t *n = out + (int64_t) count * REMOLD_NODE_INTS;
    n[0] = (int32_t) ts_node_symbol(node) | (check_missing && ts_node_is_missing(node) ? INT32_MIN : 0);
    n[1] = (int32_t) ts_tree_cursor_current_field_id(&cursor);
    n[2] = (int32_t) ts_node_start_byte(node);
    n[3] = (int32_t) ts_node_end_byte(node);
    n[4] = (int32_t) ts_node_child_count(node);
    count++;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return count;
      }
    }
  }
}
