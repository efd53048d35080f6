package org.gluesuite.serve.glue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;

/**
 * Glue's workflows and triggers kept where the workflow engine reads them: a folder of workflow folders (the one
 * {@code workflow run NAME} reads), each {@code NAME/workflow.json} ({@code CreateWorkflow}'s shape) with
 * {@code triggers/*.json} and {@code jobs/*.json}; a trigger created with a {@code WorkflowName} is
 * {@code WORKFLOW/triggers/NAME.json}, one without is {@code WORKSPACE/triggers/NAME.json}. Jobs created with
 * {@code CreateJob} ({@code WORKSPACE/jobs}) are the shared jobs a workflow's triggers may start besides its own.
 */
final class WorkflowFolders {
  private static final String WORKFLOW_FILE = "workflow";

  private final Path root;
  private final DefinitionFolder standaloneTriggers;
  private final DefinitionFolder sharedJobs;
  private final Supplier<Set<String>> crawlerNames;

  /** A trigger as stored: its name, its workflow (null when it belongs to none), its file and its JSON. */
  record StoredTrigger(String name, String workflow, Path file, ObjectNode json) {
  }

  WorkflowFolders(Path root, Path workspace, Supplier<Set<String>> crawlerNames) {
    this.root = root.toAbsolutePath().normalize();
    this.standaloneTriggers = new DefinitionFolder(workspace.resolve("triggers"));
    this.sharedJobs = new DefinitionFolder(workspace.resolve("jobs"));
    this.crawlerNames = crawlerNames;
  }

  Path root() {
    return root;
  }

  DefinitionLoader loader() {
    return new DefinitionLoader(crawlerNames.get());
  }

  // ---- workflows ------------------------------------------------------------------------------------------

  List<String> workflowNames() {
    return DefinitionLoader.workflowFolders(root);
  }

  boolean exists(String workflow) {
    return DefinitionFolder.isName(workflow) && Files.isRegularFile(folder(workflow).file(WORKFLOW_FILE));
  }

  /** {@code workflow.json} as stored. @throws EntityNotFoundException (Glue's) if there is no such workflow */
  ObjectNode workflow(String name) {
    if (!exists(name)) {
      throw WorkflowErrors.noSuchWorkflow(name, workflowNames(), root.toString());
    }
    return folder(name).read(WORKFLOW_FILE).orElseThrow();
  }

  /** When {@code workflow.json} was created and last changed. */
  Instant[] times(String name) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(folder(name).file(WORKFLOW_FILE),
          BasicFileAttributes.class);
      return new Instant[] {attributes.creationTime().toInstant(), attributes.lastModifiedTime().toInstant()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code workflow.json} (creating the folder with empty {@code triggers/} and {@code jobs/}). */
  void writeWorkflow(String name, ObjectNode definition) {
    DefinitionFolder folder = folder(name);
    folder.write(WORKFLOW_FILE, definition);
    try {
      Files.createDirectories(folder.dir().resolve("triggers"));
      Files.createDirectories(folder.dir().resolve("jobs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the workflow's folder: its definition, its triggers and its own jobs. */
  void deleteWorkflow(String name) {
    Path dir = folder(name).dir();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the workflow folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The workflow with its triggers and jobs, validated together as the engine runs it. */
  WorkflowDefinition load(String name) {
    workflow(name);
    return loader().load(folder(name).dir(), DefinitionLoader.sharedJobs(sharedJobs.dir()));
  }

  private DefinitionFolder folder(String workflow) {
    return new DefinitionFolder(root.resolve(workflow));
  }

  // ---- triggers -------------------------------------------------------------------------------------------

  /** Every trigger, of every workflow and of none, by name. */
  List<StoredTrigger> triggers() {
    List<StoredTrigger> triggers = new ArrayList<>();
    for (String workflow : workflowNames()) {
      triggers.addAll(triggersOf(workflow));
    }
    for (String name : standaloneTriggers.names()) {
      ObjectNode json = standaloneTriggers.read(name).orElseThrow();
      triggers.add(new StoredTrigger(json.path("Name").asText(name), null, standaloneTriggers.file(name), json));
    }
    triggers.sort(Comparator.comparing(StoredTrigger::name));
    return triggers;
  }

  /** The triggers in {@code workflow}'s {@code triggers/} folder (whatever their files are called). */
  List<StoredTrigger> triggersOf(String workflow) {
    DefinitionFolder triggers = new DefinitionFolder(root.resolve(workflow).resolve("triggers"));
    List<StoredTrigger> found = new ArrayList<>();
    for (String file : triggers.names()) {
      ObjectNode json = triggers.read(file).orElseThrow();
      found.add(new StoredTrigger(json.path("Name").asText(file), workflow, triggers.file(file), json));
    }
    return found;
  }

  Optional<StoredTrigger> findTrigger(String name) {
    return triggers().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  StoredTrigger trigger(String name) {
    return findTrigger(name).orElseThrow(() -> ServeErrors.triggerNotFound(name));
  }

  /** Writes a new trigger where its workflow (or none) keeps it. */
  void createTrigger(String name, String workflow, ObjectNode definition) {
    if (workflow == null) {
      standaloneTriggers.write(name, definition);
    } else {
      new DefinitionFolder(root.resolve(workflow).resolve("triggers")).write(name, definition);
    }
  }

  /** Replaces a stored trigger's file, whole. */
  void replaceTrigger(StoredTrigger trigger, ObjectNode definition) {
    String file = trigger.file().getFileName().toString();
    new DefinitionFolder(trigger.file().getParent()).write(file.substring(0, file.length() - ".json".length()),
        definition);
  }

  void deleteTrigger(StoredTrigger trigger) {
    try {
      Files.deleteIfExists(trigger.file());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the trigger " + trigger.file() + ": " + e.getMessage(), e);
    }
  }

  // ---- jobs a trigger may start ---------------------------------------------------------------------------

  /** The job names a trigger of {@code workflow} (null: of none) may start: the workflow's own and the shared. */
  Set<String> jobNames(String workflow) {
    Set<String> names = new TreeSet<>(sharedJobs.names());
    if (workflow != null) {
      DefinitionFolder own = new DefinitionFolder(root.resolve(workflow).resolve("jobs"));
      own.names().forEach(file -> names.add(own.read(file).orElseThrow().path("Name").asText(file)));
    }
    return names;
  }
}
