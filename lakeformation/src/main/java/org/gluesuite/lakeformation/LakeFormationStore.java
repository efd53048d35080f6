package org.gluesuite.lakeformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.common.json.DefinitionNode;

/**
 * A workspace's Lake Formation state: {@code permissions.json} (the model, in the definitions' own JSON shape)
 * and {@code audit.jsonl} (every decision), under {@code <workspace>/lakeformation/}.
 */
public final class LakeFormationStore {
  /** The definitions shipped in the jar (the pipelines' grants). */
  public static final List<String> BUNDLED = List.of("glue-lakeformation/definitions/airquality.json",
      "glue-lakeformation/definitions/shipping.json", "glue-lakeformation/definitions/retail.json");

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Path folder;
  private final Path lake;

  public LakeFormationStore(Path folder, Path lake) {
    this.folder = folder;
    this.lake = lake;
  }

  public Path stateFile() {
    return folder.resolve("permissions.json");
  }

  public Path auditFile() {
    return folder.resolve("audit.jsonl");
  }

  public boolean exists() {
    return Files.isRegularFile(stateFile());
  }

  /** The saved model, or an empty one (only the local administrator) if none was saved. */
  public LakeFormationModel load() {
    if (!exists()) {
      return LakeFormationModel.empty();
    }
    return LfDefinitions.parse(List.of(DefinitionNode.read(stateFile())), lake);
  }

  /** Saves atomically: readers see the old or the new state, never half of one. */
  public void save(LakeFormationModel model) {
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "permissions", ".tmp");
      Files.writeString(temp, MAPPER.writeValueAsString(LfJson.model(model)));
      Files.move(temp, stateFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save Lake Formation state to " + stateFile() + ": " + e.getMessage(), e);
    }
  }

  public AuditLog auditLog() {
    return AuditLog.file(auditFile());
  }

  /** The definitions bundled in the jar, for this lake. */
  public LakeFormationModel bundled() {
    List<DefinitionNode> documents = new ArrayList<>();
    for (String resource : BUNDLED) {
      try (InputStream in = LakeFormationStore.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The bundled definition " + resource + " is missing from the class path; "
              + "rebuild the project.");
        }
        documents.add(DefinitionNode.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return LfDefinitions.parse(documents, lake);
  }
}
