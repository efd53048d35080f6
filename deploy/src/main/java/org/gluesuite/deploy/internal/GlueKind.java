package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gluesuite.deploy.ResourceKind;
import org.gluesuite.dq.DqdlRule;
import org.gluesuite.dq.DqdlRuleset;
import org.gluesuite.dq.InvalidRulesetException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.CreateCrawlerRequest;
import software.amazon.awssdk.services.glue.model.CreateDataQualityRulesetRequest;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.CreateTriggerRequest;
import software.amazon.awssdk.services.glue.model.CreateWorkflowRequest;
import software.amazon.awssdk.services.glue.model.DataQualityRulesetListDetails;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetDataQualityRulesetResponse;
import software.amazon.awssdk.services.glue.model.JobUpdate;
import software.amazon.awssdk.services.glue.model.TriggerUpdate;
import software.amazon.awssdk.services.glue.model.UpdateCrawlerRequest;
import software.amazon.awssdk.services.glue.model.UpdateDataQualityRulesetRequest;
import software.amazon.awssdk.services.glue.model.UpdateWorkflowRequest;

/**
 * One kind of Glue resource defined by a {@code CreateX} request document (crawler, job, workflow, trigger, data
 * quality ruleset): how it is read, listed, created, updated and deleted through the SDK, and which request members
 * have no counterpart in what Glue reads back (so they never count as differences).
 */
abstract class GlueKind {
  private final ResourceKind kind;
  private final Set<String> notReadBack;

  GlueKind(ResourceKind kind, Set<String> notReadBack) {
    this.kind = kind;
    this.notReadBack = notReadBack;
  }

  ResourceKind kind() {
    return kind;
  }

  /** The ARN's resource part: {@code crawler/NAME}. */
  String resource(String name) {
    return kind.label() + "/" + name;
  }

  /** The operations that read and create the kind ({@code GetCrawler/CreateCrawler}), for messages. */
  String operations() {
    String noun = Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1);
    return "Get" + noun + "/Create" + noun;
  }

  /** What differs between the document and the resource as Glue has it. */
  List<String> differences(ObjectNode document, SdkPojo actual) {
    return SdkShapes.differences(createRequest(document), actual, notReadBack);
  }

  /** The resource as Glue has it, or empty when there is none. */
  Optional<SdkPojo> get(String name) {
    try {
      return Optional.of(read(name));
    } catch (EntityNotFoundException e) {
      return Optional.empty();
    }
  }

  abstract SdkPojo read(String name);

  /** Every resource of this kind in the account and region. */
  abstract List<String> list();

  abstract SdkPojo createRequest(ObjectNode document);

  abstract void create(ObjectNode document);

  abstract void update(String name, ObjectNode document);

  abstract void delete(String name);

  /** The five kinds, in dependency order. */
  static List<GlueKind> all(GlueClient glue) {
    return List.of(crawlers(glue), jobs(glue), workflows(glue), triggers(glue), rulesets(glue));
  }

  private static GlueKind crawlers(GlueClient glue) {
    return new GlueKind(ResourceKind.CRAWLER, Set.of("Tags")) {
      @Override
      SdkPojo read(String name) {
        return glue.getCrawler(r -> r.name(name)).crawler();
      }

      @Override
      List<String> list() {
        return glue.listCrawlersPaginator(r -> { }).stream().flatMap(p -> p.crawlerNames().stream()).toList();
      }

      @Override
      SdkPojo createRequest(ObjectNode document) {
        return SdkShapes.bind(document, CreateCrawlerRequest.builder(), Set.of()).build();
      }

      @Override
      void create(ObjectNode document) {
        glue.createCrawler((CreateCrawlerRequest) createRequest(document));
      }

      @Override
      void update(String name, ObjectNode document) {
        glue.updateCrawler(SdkShapes.bind(document, UpdateCrawlerRequest.builder(), Set.of("Tags")).build());
      }

      @Override
      void delete(String name) {
        glue.deleteCrawler(r -> r.name(name));
      }
    };
  }

  private static GlueKind jobs(GlueClient glue) {
    return new GlueKind(ResourceKind.JOB, Set.of("Tags")) {
      @Override
      SdkPojo read(String name) {
        return glue.getJob(r -> r.jobName(name)).job();
      }

      @Override
      List<String> list() {
        return glue.listJobsPaginator(r -> { }).jobNames().stream().toList();
      }

      @Override
      SdkPojo createRequest(ObjectNode document) {
        return SdkShapes.bind(document, CreateJobRequest.builder(), Set.of()).build();
      }

      @Override
      void create(ObjectNode document) {
        glue.createJob((CreateJobRequest) createRequest(document));
      }

      @Override
      void update(String name, ObjectNode document) {
        JobUpdate update = SdkShapes.bind(document, JobUpdate.builder(), Set.of("Name", "Tags")).build();
        glue.updateJob(r -> r.jobName(name).jobUpdate(update));
      }

      @Override
      void delete(String name) {
        glue.deleteJob(r -> r.jobName(name));
      }
    };
  }

  private static GlueKind workflows(GlueClient glue) {
    return new GlueKind(ResourceKind.WORKFLOW, Set.of("Tags")) {
      @Override
      SdkPojo read(String name) {
        return glue.getWorkflow(r -> r.name(name).includeGraph(false)).workflow();
      }

      @Override
      List<String> list() {
        return glue.listWorkflowsPaginator(r -> { }).workflows().stream().toList();
      }

      @Override
      SdkPojo createRequest(ObjectNode document) {
        return SdkShapes.bind(document, CreateWorkflowRequest.builder(), Set.of()).build();
      }

      @Override
      void create(ObjectNode document) {
        glue.createWorkflow((CreateWorkflowRequest) createRequest(document));
      }

      @Override
      void update(String name, ObjectNode document) {
        glue.updateWorkflow(SdkShapes.bind(document, UpdateWorkflowRequest.builder(), Set.of("Tags")).build());
      }

      @Override
      void delete(String name) {
        glue.deleteWorkflow(r -> r.name(name));
      }
    };
  }

  private static GlueKind triggers(GlueClient glue) {
    // Type and WorkflowName cannot change on a trigger (TriggerUpdate lacks them); StartOnCreation only acts once.
    return new GlueKind(ResourceKind.TRIGGER, Set.of("Tags", "StartOnCreation")) {
      @Override
      SdkPojo read(String name) {
        return glue.getTrigger(r -> r.name(name)).trigger();
      }

      @Override
      List<String> list() {
        return glue.listTriggersPaginator(r -> { }).triggerNames().stream().toList();
      }

      @Override
      SdkPojo createRequest(ObjectNode document) {
        return SdkShapes.bind(document, CreateTriggerRequest.builder(), Set.of()).build();
      }

      @Override
      void create(ObjectNode document) {
        glue.createTrigger((CreateTriggerRequest) createRequest(document));
      }

      @Override
      void update(String name, ObjectNode document) {
        TriggerUpdate update = SdkShapes.bind(document, TriggerUpdate.builder(),
            Set.of("WorkflowName", "Type", "StartOnCreation", "Tags")).build();
        glue.updateTrigger(r -> r.name(name).triggerUpdate(update));
      }

      @Override
      void delete(String name) {
        glue.deleteTrigger(r -> r.name(name));
      }
    };
  }

  private static GlueKind rulesets(GlueClient glue) {
    // TargetTable cannot change (UpdateDataQualityRuleset takes Description and Ruleset only): a ruleset moved to
    // another table shows the difference, and is replaced by renaming it.
    return new GlueKind(ResourceKind.RULESET, Set.of("Tags", "ClientToken")) {
      @Override
      String resource(String name) {
        return "dataQualityRuleset/" + name;
      }

      @Override
      String operations() {
        return "GetDataQualityRuleset/CreateDataQualityRuleset";
      }

      /** A changed ruleset shows the rules removed and added, not the whole DQDL twice. */
      @Override
      List<String> differences(ObjectNode document, SdkPojo actual) {
        List<String> out = new ArrayList<>(SdkShapes.differences(createRequest(document), actual,
            Set.of("Tags", "ClientToken", "Ruleset")));
        String have = ((GetDataQualityRulesetResponse) actual).ruleset();
        String want = document.path("Ruleset").asText();
        if (!want.equals(have)) {
          List<String> haveRules = rules(have);
          List<String> wantRules = rules(want);
          int before = out.size();
          haveRules.stream().filter(r -> !wantRules.contains(r)).forEach(r -> out.add("Ruleset: - " + r));
          wantRules.stream().filter(r -> !haveRules.contains(r)).forEach(r -> out.add("Ruleset: + " + r));
          if (out.size() == before) {
            out.add("Ruleset: the same rules, reordered or written differently");
          }
        }
        return out;
      }

      @Override
      SdkPojo read(String name) {
        return glue.getDataQualityRuleset(r -> r.name(name));
      }

      @Override
      List<String> list() {
        return glue.listDataQualityRulesetsPaginator(r -> { }).stream().flatMap(p -> p.rulesets().stream())
            .map(DataQualityRulesetListDetails::name).toList();
      }

      @Override
      SdkPojo createRequest(ObjectNode document) {
        return SdkShapes.bind(document, CreateDataQualityRulesetRequest.builder(), Set.of()).build();
      }

      @Override
      void create(ObjectNode document) {
        glue.createDataQualityRuleset((CreateDataQualityRulesetRequest) createRequest(document));
      }

      @Override
      void update(String name, ObjectNode document) {
        glue.updateDataQualityRuleset(SdkShapes.bind(document, UpdateDataQualityRulesetRequest.builder(),
            Set.of("Tags", "ClientToken", "TargetTable", "DataQualitySecurityConfiguration")).build());
      }

      @Override
      void delete(String name) {
        glue.deleteDataQualityRuleset(r -> r.name(name));
      }
    };
  }

  /** The rules of a DQDL ruleset as DQDL's parser prints them; the whole text when it is not DQDL this parser reads. */
  private static List<String> rules(String dqdl) {
    if (dqdl == null) {
      return List.of();
    }
    try {
      return DqdlRuleset.parse(dqdl).rules().stream().map(DqdlRule::toString).toList();
    } catch (InvalidRulesetException e) {
      return List.of(dqdl);
    }
  }
}
