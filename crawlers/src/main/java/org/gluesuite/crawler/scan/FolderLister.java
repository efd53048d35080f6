package org.gluesuite.crawler.scan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gluesuite.crawler.definition.S3Target;

/**
 * Lists a target's folders depth-first, pruning excluded folders and, for CRAWL_NEW_FOLDERS_ONLY, never
 * listing a leaf folder seen by an earlier crawl, so the cost grows with the new folders. Names starting
 * with '.' or '_' (such as {@code _SUCCESS}) are ignored, as Spark and Glue do. Unreadable folders are
 * reported and skipped.
 */
public final class FolderLister {
  private final S3Target target;
  private final Path root;
  private final Set<String> knownLeaves;

  public FolderLister(S3Target target, Path root, Set<String> knownLeaves) {
    this.target = target;
    this.root = root;
    this.knownLeaves = knownLeaves;
  }

  public Listing list() {
    TreeMap<String, List<DataFile>> files = new TreeMap<>();
    Set<String> leaves = new TreeSet<>();
    List<SkippedFile> skipped = new ArrayList<>();
    int[] listed = {0};
    walk(root, "", files, leaves, skipped, listed);
    return new Listing(files, leaves, skipped, listed[0]);
  }

  private void walk(Path folder, String relative, TreeMap<String, List<DataFile>> files, Set<String> leaves,
      List<SkippedFile> skipped, int[] listed) {
    List<DataFile> here = new ArrayList<>();
    List<Path> children = new ArrayList<>();
    listed[0]++;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        String rel = relative.isEmpty() ? name : relative + "/" + name;
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
          if (!target.excludesFolder(rel)) {
            children.add(entry);
          }
        } else if (attributes.isRegularFile() && !target.excludesFile(rel)) {
          here.add(new DataFile(entry, relative, attributes.size()));
        }
      }
    } catch (AccessDeniedException e) {
      skipped.add(new SkippedFile(folder.toString(), "folder not listable: permission denied"));
      return;
    } catch (IOException e) {
      skipped.add(new SkippedFile(folder.toString(), "folder not listable: " + e.getMessage()));
      return;
    }
    if (!here.isEmpty()) {
      here.sort(java.util.Comparator.comparing(f -> f.path().getFileName().toString()));
      files.put(relative, here);
      leaves.add(relative);
    }
    children.sort(null);
    for (Path child : children) {
      String rel = relative.isEmpty() ? child.getFileName().toString() : relative + "/" + child.getFileName();
      if (knownLeaves.contains(rel) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      walk(child, rel, files, leaves, skipped, listed);
    }
  }
}
