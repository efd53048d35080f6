package org.gluesuite.common.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder of definitions in an AWS API's request shape, one {@code NAME.json} per resource, as the {@code Create…},
 * {@code Update…}, {@code Delete…} and {@code List…} operations of a local endpoint and the definition files share
 * them. Files are replaced whole (written aside, then moved), so a reader never sees half a definition. Names are
 * Glue's resource names ({@code [A-Za-z0-9][A-Za-z0-9_.-]*}, at most 255), which also keeps every file inside the
 * folder; callers check a name with {@link #isName} and report their own error.
 */
public final class DefinitionFolder {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Path dir;

  public DefinitionFolder(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public Path dir() {
    return dir;
  }

  public static boolean isName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The names defined, sorted. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        names.add(fileName.substring(0, fileName.length() - ".json".length()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the definitions in " + dir + ": " + e.getMessage(), e);
    }
    names.sort(null);
    return names;
  }

  /** The file of {@code name} (a valid name: see {@link #isName}). */
  public Path file(String name) {
    if (!isName(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a resource name; check it with isName first");
    }
    return dir.resolve(name + ".json");
  }

  /** {@code NAME.json} as written, or empty when there is none. @throws UncheckedIOException if it is not an object */
  public Optional<ObjectNode> read(String name) {
    Path file = file(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (JSON.readTree(file.toFile()) instanceof ObjectNode object) {
        return Optional.of(object);
      }
      throw new IOException("it does not hold one JSON object");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the definition " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces {@code NAME.json} with {@code definition}, whole. */
  public void write(String name, ObjectNode definition) {
    Path target = file(name);
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, name, ".tmp");
      Files.writeString(temp, JSON.writeValueAsString(definition) + "\n", StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the definition " + target + ": " + e.getMessage(), e);
    }
  }

  /** Deletes {@code NAME.json}; false when there was none. */
  public boolean delete(String name) {
    try {
      return Files.deleteIfExists(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the definition " + file(name) + ": " + e.getMessage(), e);
    }
  }
}
