package dev.remold.engine;

import static dev.remold.TestCommands.commitAll;
import static dev.remold.TestCommands.git;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitGuardTest {

  @TempDir Path tmp;

  @Test
  void reportsModifiedStagedAndUntrackedFilesButNotCleanOrIgnoredOnes() throws Exception {
    Path repo = tmp.resolve("repo");
    write(repo, ".gitignore", "*.log.js\nignored-dir/\n");
    write(repo, "src/clean.ts", "clean\n");
    write(repo, "src/modified.ts", "before\n");
    write(repo, "src/same-size.ts", "aaaa\n");
    write(repo, "src/staged.ts", "before\n");
    commitAll(repo);

    write(repo, "src/modified.ts", "after, and longer\n");
    // Same length, written right after the commit: only a content check (racy-git handling) can see it.
    write(repo, "src/same-size.ts", "bbbb\n");
    write(repo, "src/staged.ts", "staged\n");
    git(repo, "add", "src/staged.ts");
    write(repo, "src/untracked.ts", "new\n");
    write(repo, "src/newdir/untracked.ts", "new\n");
    write(repo, "src/debug.log.js", "ignored\n");
    write(repo, "ignored-dir/x.ts", "ignored\n");

    List<Path> files = Stream.of("src/clean.ts", "src/debug.log.js", "src/modified.ts", "src/newdir/untracked.ts",
        "src/same-size.ts", "src/staged.ts", "ignored-dir/x.ts", "src/untracked.ts").map(repo::resolve).toList();

    assertEquals(Stream.of("src/modified.ts", "src/newdir/untracked.ts", "src/same-size.ts", "src/staged.ts",
        "src/untracked.ts").map(repo::resolve).toList(), GitGuard.dirtyFiles(files));
  }

  @Test
  void reportsATrackedFileEvenWhenAnIgnorePatternMatchesIt() throws Exception {
    Path repo = tmp.resolve("repo");
    write(repo, "gen/api.ts", "v1\n");
    commitAll(repo);
    write(repo, ".gitignore", "gen/\n");
    git(repo, "add", ".gitignore");
    git(repo, "commit", "-q", "-m", "ignore gen");

    Path api = repo.resolve("gen/api.ts");
    assertEquals(List.of(), GitGuard.dirtyFiles(List.of(api)));
    write(repo, "gen/api.ts", "v2 changed\n");
    assertEquals(List.of(api), GitGuard.dirtyFiles(List.of(api)));
  }

  @Test
  void neverReportsFilesOutsideAWorkTree() throws Exception {
    Path loose = tmp.resolve("loose/a.ts");
    write(tmp, "loose/a.ts", "x\n");

    assertEquals(List.of(), GitGuard.dirtyFiles(List.of(loose)));
  }

  @Test
  void checksEachRepositoryOnItsOwn() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    for (Path repo : List.of(first, second)) {
      write(repo, "a.ts", "a\n");
      write(repo, "b.ts", "b\n");
      commitAll(repo);
    }
    write(first, "a.ts", "changed a\n");
    write(second, "b.ts", "changed b\n");

    List<Path> files = List.of(first.resolve("a.ts"), first.resolve("b.ts"), second.resolve("a.ts"),
        second.resolve("b.ts"));
    assertEquals(List.of(first.resolve("a.ts"), second.resolve("b.ts")), GitGuard.dirtyFiles(files));
  }

  @Test
  void findsTheWorkTreeOfALinkedWorktree() throws Exception {
    Path repo = tmp.resolve("repo");
    write(repo, "a.ts", "a\n");
    write(repo, "b.ts", "b\n");
    commitAll(repo);
    Path worktree = tmp.resolve("wt");
    git(repo, "worktree", "add", "-q", worktree.toString());
    write(worktree, "b.ts", "changed in the worktree\n");

    assertEquals(List.of(worktree.resolve("b.ts")),
        GitGuard.dirtyFiles(List.of(worktree.resolve("a.ts"), worktree.resolve("b.ts"), repo.resolve("b.ts"))));
  }

  @Test
  void judgesASymlinkByTheFileItLeadsTo() throws Exception {
    Path repo = tmp.resolve("repo");
    write(repo, "real.ts", "a\n");
    commitAll(repo);
    Path link = tmp.resolve("outside-link.ts");
    Files.createSymbolicLink(link, repo.resolve("real.ts"));

    assertEquals(List.of(), GitGuard.dirtyFiles(List.of(link)));
    write(repo, "real.ts", "changed\n");
    assertEquals(List.of(link), GitGuard.dirtyFiles(List.of(link)));
  }

  private static void write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
