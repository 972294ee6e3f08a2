package dev.remold.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Finds files with uncommitted changes, so that {@code apply} does not mix its edits into work the user has not
 * saved in git yet.
 */
public final class GitGuard {

  private GitGuard() {}

  /**
   * Returns those of the given files that lie in a git work tree and have uncommitted changes (modified, staged, or
   * untracked); files outside any work tree are never dirty.
   */
  public static List<Path> dirtyFiles(List<Path> files) throws IOException {
    // Grouped by work tree so each repository is opened and scanned once, limited to the files asked about.
    Map<Path, List<Member>> byWorkTree = new LinkedHashMap<>();
    // Files share folders; looking a folder's repository up once keeps a large run from re-reading .git per file.
    Map<Path, Optional<Path>> workTreeByFolder = new HashMap<>();
    for (Path file : files) {
      Path real = realPath(file);
      Path folder = real.getParent();
      Optional<Path> found = workTreeByFolder.get(folder);
      if (found == null) {
        found = Optional.ofNullable(workTreeOf(folder));
        workTreeByFolder.put(folder, found);
      }
      if (found.isPresent()) {
        Path workTree = found.get();
        String repoPath = workTree.relativize(real).toString().replace(File.separatorChar, '/');
        byWorkTree.computeIfAbsent(workTree, k -> new ArrayList<>()).add(new Member(file, repoPath));
      }
    }
    Set<Path> dirty = new HashSet<>();
    for (Map.Entry<Path, List<Member>> group : byWorkTree.entrySet()) {
      Set<String> changed = changedPaths(group.getKey(), group.getValue());
      for (Member member : group.getValue()) {
        if (changed.contains(member.repoPath())) {
          dirty.add(member.file());
        }
      }
    }
    return files.stream().filter(dirty::contains).toList();
  }

  /** A file asked about and its path inside its work tree. */
  private record Member(Path file, String repoPath) {}

  /**
   * Returns the real path, since a symlinked file is written through to its target and it is the target's state that
   * matters.
   */
  private static Path realPath(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    // A file about to be created: its folder decides which work tree it belongs to.
    Path parent = absolute.getParent();
    return Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
  }

  /** Returns the real work tree root holding the folder, or null when it is not in one (or the repo is bare). */
  private static Path workTreeOf(Path dir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return null;
    }
    try (Repository repository = builder.build()) {
      if (repository.isBare()) {
        return null;
      }
      return repository.getWorkTree().toPath().toRealPath();
    }
  }

  private static Set<String> changedPaths(Path workTree, List<Member> members) throws IOException {
    // Opened through the builder, like the lookup, so a worktree's or submodule's .git file is followed.
    try (Repository repository = new FileRepositoryBuilder().findGitDir(workTree.toFile()).build();
        Git git = new Git(repository)) {
      StatusCommand status = git.status();
      for (Member member : members) {
        status.addPath(member.repoPath());
      }
      Status result = status.call();
      // Ignored files are in neither set: git status leaves them out too.
      Set<String> changed = new HashSet<>(result.getUncommittedChanges());
      changed.addAll(result.getUntracked());
      return changed;
    } catch (GitAPIException e) {
      throw new IOException("cannot read the git status of " + workTree + ": " + e.getMessage(), e);
    }
  }
}
