/*
 * The training run of remold's profile-guided tree-sitter build (scripts/build-native.sh): parses and flattens each
 * file named on the command line, as remold does, so the compiler learns which branches real parsing takes. Files
 * ending in .ts, .mts or .cts are parsed as TypeScript, the others as TSX. Not part of the library.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_tsx(void);
const TSLanguage *tree_sitter_typescript(void);
int32_t remold_flatten(const TSTree *tree, int32_t *out, int32_t capacity);

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

static char *read_file(const char *path, long *length) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    return NULL;
  }
  fseek(f, 0, SEEK_END);
  *length = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc(*length > 0 ? *length : 1);
  if (text && fread(text, 1, *length, f) != (size_t) *length) {
    free(text);
    text = NULL;
  }
  fclose(f);
  return text;
}

int main(int argc, char **argv) {
  TSParser *tsx = ts_parser_new();
  TSParser *typescript = ts_parser_new();
  ts_parser_set_language(tsx, tree_sitter_tsx());
  ts_parser_set_language(typescript, tree_sitter_typescript());
  int32_t capacity = 1 << 16;
  int32_t *nodes = malloc(sizeof(int32_t) * 5 * (size_t) capacity);
  int parsed = 0;
  for (int i = 1; i < argc; i++) {
    long length;
    char *text = read_file(argv[i], &length);
    if (!text) {
      continue;
    }
    int ts = ends_with(argv[i], ".ts") || ends_with(argv[i], ".mts") || ends_with(argv[i], ".cts");
    TSTree *tree = ts_parser_parse_string(ts ? typescript : tsx, NULL, text, (uint32_t) length);
    while (remold_flatten(tree, nodes, capacity) < 0) {
      capacity *= 2;
      nodes = realloc(nodes, sizeof(int32_t) * 5 * (size_t) capacity);
    }
    ts_tree_delete(tree);
    free(text);
    parsed++;
  }
  free(nodes);
  ts_parser_delete(tsx);
  ts_parser_delete(typescript);
  printf("parsed %d files\n", parsed);
  return parsed > 0 ? 0 : 1;
}
