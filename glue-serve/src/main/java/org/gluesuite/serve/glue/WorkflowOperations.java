package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.store.DefinitionFolder;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.NodeType;
import org.gluesuite.workflow.definition.TriggerConfig;
import org.gluesuite.workflow.definition.TriggerType;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStore;

/**
 * Glue's workflow and trigger resources over {@link WorkflowFolders} (the folders the workflow engine runs):
 * {@code Create/Get/Update/DeleteWorkflow}, {@code ListWorkflows}, {@code BatchGetWorkflows} (with
 * {@code IncludeGraph}), {@code Create/Get/Update/DeleteTrigger}, {@code GetTriggers}, {@code ListTriggers},
 * {@code BatchGetTriggers}, {@code StartTrigger} and {@code StopTrigger}. Requests are checked by the workflows
 * module's own readers, so the API and the definition files accept the same things; {@code Tags} go to the catalog's
 * tag store ({@code arn:…:workflow/NAME}, {@code arn:…:trigger/NAME}).
 */
final class WorkflowOperations {
  /** Glue's page sizes: 25 workflows, 200 triggers. */
  private static final int WORKFLOW_PAGE = 25;
  private static final int TRIGGER_PAGE = 200;

  private final WorkflowFolders folders;
  private final EmbeddedCatalog catalog;
  private final WorkflowRunStore runs;
  private final OnDemandStarts starts;

  /** What {@code StartTrigger} does for an ON_DEMAND trigger: start its workflow's run, or its jobs. */
  interface OnDemandStarts {
    void startWorkflow(String workflow);

    void startJob(String job, Map<String, String> arguments);
  }

  private WorkflowOperations(WorkflowFolders folders, EmbeddedCatalog catalog, WorkflowRunStore runs,
      OnDemandStarts starts) {
    this.folders = folders;
    this.catalog = catalog;
    this.runs = runs;
    this.starts = starts;
  }

  static void register(ServiceApi glue, WorkflowFolders folders, EmbeddedCatalog catalog, WorkflowRunStore runs,
      TaggableResources taggables, OnDemandStarts starts) {
    WorkflowOperations operations = new WorkflowOperations(folders, catalog, runs, starts);
    operations.registerWorkflows(glue);
    operations.registerTriggers(glue);
    taggables.register("workflow", path -> folders.workflow(String.join("/", path)))
        .register("trigger", path -> folders.trigger(String.join("/", path)));
  }

  // ---- workflows ------------------------------------------------------------------------------------------

  private void registerWorkflows(ServiceApi glue) {
    glue.register("CreateWorkflow", call -> {
      String name = call.string("Name");
      requireName(name, "workflow");
      ObjectNode definition = withoutTags(call.input());
      synchronized (this) {
        if (folders.exists(name)) {
          throw ServeErrors.workflowExists(name);
        }
        DefinitionLoader.parseWorkflow("the CreateWorkflow request",
            definition.toString());
        folders.writeWorkflow(name, definition);
      }
      GlueCatalogOperations.tagOnCreate(call, catalog, "workflow/" + name);
      return output("Name", name);
    });
    glue.register("GetWorkflow", call -> output("Workflow", workflow(call.string("Name"),
        call.flag("IncludeGraph"))));
    glue.register("ListWorkflows", call -> {
      Pages.Page<String> page = Pages.of(folders.workflowNames(), name -> name, call, WORKFLOW_PAGE);
      return page("Workflows", page.items(), page.nextToken());
    });
    glue.register("BatchGetWorkflows", call -> {
      List<Map<String, Object>> found = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (String name : call.readList("Names", String.class)) {
        if (folders.exists(name)) {
          found.add(workflow(name, call.flag("IncludeGraph")));
        } else {
          missing.add(name);
        }
      }
      Map<String, Object> out = output("Workflows", found);
      out.put("MissingWorkflows", missing);
      return out;
    });
    glue.register("UpdateWorkflow", call -> {
      String name = call.string("Name");
      synchronized (this) {
        ObjectNode definition = folders.workflow(name).deepCopy();
        for (String member : List.of("Description", "DefaultRunProperties", "MaxConcurrentRuns")) {
          if (call.input().has(member)) {
            definition.set(member, call.input().get(member));
          }
        }
        DefinitionLoader.parseWorkflow("the UpdateWorkflow request",
            definition.toString());
        folders.writeWorkflow(name, definition);
      }
      return output("Name", name);
    });
    glue.register("DeleteWorkflow", call -> {
      String name = call.string("Name");
      synchronized (this) {
        if (folders.exists(name)) {   // as for DeleteTrigger, deleting what is not there is no error
          for (WorkflowFolders.StoredTrigger trigger : folders.triggersOf(name)) {
            untagAll("trigger/" + trigger.name());
          }
          folders.deleteWorkflow(name);
          untagAll("workflow/" + name);
        }
      }
      return output("Name", name);
    });
  }

  private Map<String, Object> workflow(String name, boolean includeGraph) {
    ObjectNode stored = folders.workflow(name);
    Optional<WorkflowRun> last = runs.list(name).stream().findFirst();
    return WorkflowShapes.workflow(name, stored, folders.times(name), last,
        includeGraph ? WorkflowShapes.definitionGraph(folders.triggersOf(name)) : null);
  }

  // ---- triggers -------------------------------------------------------------------------------------------

  private void registerTriggers(ServiceApi glue) {
    glue.register("CreateTrigger", call -> {
      String name = call.string("Name");
      requireName(name, "trigger");
      String workflow = call.optionalString("WorkflowName").orElse(null);
      ObjectNode definition = withoutTags(call.input());
      synchronized (this) {
        if (folders.findTrigger(name).isPresent()) {
          throw ServeErrors.triggerExists(name);
        }
        if (workflow != null) {
          folders.workflow(workflow);
        }
        TriggerConfig trigger = check(definition, workflow, "the CreateTrigger request");
        if (workflow != null && trigger.type().startsRun()) {
          requireNoOtherStart(workflow, name);
        }
        folders.createTrigger(name, workflow, definition);
      }
      GlueCatalogOperations.tagOnCreate(call, catalog, "trigger/" + name);
      return output("Name", name);
    });
    glue.register("GetTrigger", call -> output("Trigger", WorkflowShapes.trigger(folders.trigger(call.string("Name")))));
    glue.register("GetTriggers", call -> {
      Pages.Page<WorkflowFolders.StoredTrigger> page = Pages.of(dependents(call), WorkflowFolders.StoredTrigger::name,
          call, TRIGGER_PAGE);
      return page("Triggers", page.items().stream().map(WorkflowShapes::trigger).toList(), page.nextToken());
    });
    glue.register("ListTriggers", call -> {
      @SuppressWarnings("unchecked")
      Map<String, String> tags = call.read("Tags", Map.class);
      List<WorkflowFolders.StoredTrigger> matching = dependents(call).stream()
          .filter(t -> tags == null || catalog.getTags("trigger/" + t.name()).entrySet().containsAll(tags.entrySet()))
          .toList();
      Pages.Page<WorkflowFolders.StoredTrigger> page = Pages.of(matching, WorkflowFolders.StoredTrigger::name, call,
          TRIGGER_PAGE);
      return page("TriggerNames", page.items().stream().map(WorkflowFolders.StoredTrigger::name).toList(),
          page.nextToken());
    });
    glue.register("BatchGetTriggers", call -> {
      List<Map<String, Object>> found = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (String name : call.readList("TriggerNames", String.class)) {
        Optional<WorkflowFolders.StoredTrigger> trigger = folders.findTrigger(name);
        if (trigger.isPresent()) {
          found.add(WorkflowShapes.trigger(trigger.get()));
        } else {
          missing.add(name);
        }
      }
      Map<String, Object> out = output("Triggers", found);
      out.put("TriggersNotFound", missing);
      return out;
    });
    glue.register("UpdateTrigger", call -> {
      String name = call.string("Name");
      JsonNode update = call.input().path("TriggerUpdate");
      if (update.hasNonNull("Name") && !update.get("Name").asText().equals(name)) {
        throw ServeErrors.triggerRename(name, update.get("Name").asText());
      }
      synchronized (this) {
        WorkflowFolders.StoredTrigger stored = folders.trigger(name);
        ObjectNode definition = stored.json().deepCopy();
        update.fields().forEachRemaining(member -> definition.set(member.getKey(), member.getValue()));
        check(definition, stored.workflow(), "the UpdateTrigger request");
        folders.replaceTrigger(stored, definition);
        return output("Trigger", WorkflowShapes.trigger(folders.trigger(name)));
      }
    });
    glue.register("DeleteTrigger", call -> {
      String name = call.string("Name");
      synchronized (this) {
        Optional<WorkflowFolders.StoredTrigger> trigger = folders.findTrigger(name);
        if (trigger.isPresent()) {   // Glue: "If the trigger is not found, no exception is thrown."
          folders.deleteTrigger(trigger.get());
          untagAll("trigger/" + name);
        }
      }
      return output("Name", name);
    });
    glue.register("StartTrigger", call -> {
      WorkflowFolders.StoredTrigger trigger = folders.trigger(call.string("Name"));
      switch (type(trigger)) {
        case ON_DEMAND -> startOnDemand(trigger);
        case SCHEDULED, EVENT -> activate(trigger, true);
        case CONDITIONAL -> { }   // a workflow's conditional triggers always fire here: already ACTIVATED
        default -> throw new IllegalStateException("trigger type " + type(trigger));
      }
      return output("Name", trigger.name());
    });
    glue.register("StopTrigger", call -> {
      WorkflowFolders.StoredTrigger trigger = folders.trigger(call.string("Name"));
      TriggerType type = type(trigger);
      if (type != TriggerType.SCHEDULED && type != TriggerType.EVENT) {
        throw ServeErrors.triggerCannotStop(trigger.name(), type.name());
      }
      activate(trigger, false);
      return output("Name", trigger.name());
    });
  }

  /** The triggers, or those whose actions start {@code DependentJobName} when it is given. */
  private List<WorkflowFolders.StoredTrigger> dependents(OperationCall call) {
    Optional<String> job = call.optionalString("DependentJobName");
    return folders.triggers().stream().filter(t -> job.isEmpty() || startsJob(t.json(), job.get())).toList();
  }

  private static boolean startsJob(JsonNode trigger, String job) {
    for (JsonNode action : trigger.path("Actions")) {
      if (job.equals(action.path("JobName").asText(null))) {
        return true;
      }
    }
    return false;
  }

  private TriggerConfig check(ObjectNode definition, String workflow, String source) {
    return folders.loader().parseTrigger(source, definition.toString(), folders.jobNames(workflow));
  }

  private void requireNoOtherStart(String workflow, String name) {
    for (WorkflowFolders.StoredTrigger other : folders.triggersOf(workflow)) {
      if (!other.name().equals(name) && !other.json().path("Type").asText().equals("CONDITIONAL")) {
        throw ServeErrors.secondStartTrigger(workflow, name, other.name());
      }
    }
  }

  private void startOnDemand(WorkflowFolders.StoredTrigger trigger) {
    if (starts == null) {
      throw ServeErrors.runsNotServed("StartTrigger");
    }
    if (trigger.workflow() != null) {
      starts.startWorkflow(trigger.workflow());
      return;
    }
    TriggerConfig config = check(trigger.json(), null, trigger.file().toString());
    config.actions().forEach(action -> {
      if (action.node().type() != NodeType.JOB) {
        throw ServeErrors.standaloneCrawlerAction(trigger.name(), action.node().name());
      }
    });
    config.actions().forEach(action -> starts.startJob(action.node().name(), action.arguments()));
  }

  private synchronized void activate(WorkflowFolders.StoredTrigger trigger, boolean on) {
    ObjectNode definition = trigger.json().deepCopy();
    definition.put("StartOnCreation", on);
    folders.replaceTrigger(trigger, definition);
  }

  private TriggerType type(WorkflowFolders.StoredTrigger trigger) {
    return check(trigger.json(), trigger.workflow(), trigger.file().toString()).type();
  }

  private void untagAll(String resource) {
    Map<String, String> tags = catalog.getTags(resource);
    if (!tags.isEmpty()) {
      catalog.untagResource(resource, tags.keySet());
    }
  }

  private static ObjectNode withoutTags(JsonNode input) {
    ObjectNode definition = ((ObjectNode) input).deepCopy();
    definition.remove("Tags");
    return definition;
  }

  private static void requireName(String name, String kind) {
    if (!DefinitionFolder.isName(name)) {
      throw ServeErrors.notAName(kind, name);
    }
  }
}
