package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.deploy.Change;
import org.gluesuite.deploy.Change.Action;
import org.gluesuite.deploy.DeployErrors;
import org.gluesuite.deploy.DeploySettings;
import org.gluesuite.deploy.ResourceKind;
import org.gluesuite.deploy.internal.DesiredState.Document;
import org.gluesuite.schemas.CatalogApply;
import org.gluesuite.schemas.DeclaredDatabase;
import org.gluesuite.schemas.DeclaredTable;
import org.gluesuite.schemas.SchemaDefinitions;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;

/**
 * Compares the desired state with what the endpoint has and turns the differences into ordered {@link Step}s:
 * creates and updates in dependency order (database → table → Lake Formation → crawler → job → workflow → trigger),
 * then deletes of
 * owned resources no longer defined, in reverse order; Lake Formation's items after the tables (see
 * {@link LakeFormationPlanner}). Databases and tables go through the suite's
 * {@link DataCatalog} over Glue's API (so their differences read as {@code catalog apply}'s), the other kinds
 * through {@link GlueKind}. A kind whose operations the endpoint does not serve is skipped, said so per resource.
 */
public final class Planner {
  /** Where {@code ${lake}} points on a deployment: the lake's buckets, {@code s3:/} + {@code /bucket/key}. */
  static final String LAKE_ROOT = "s3:/";
  private static final String NOT_SERVED = "UnknownOperationException";

  private final DataCatalog catalog;
  private final List<GlueKind> kinds;
  private final Ownership ownership;
  private final LakeFormationClient lakeFormation;
  private final String account;
  private final String project;

  public Planner(DataCatalog catalog, GlueClient glue, LakeFormationClient lakeFormation, String region,
      String account, String project) {
    this.catalog = catalog;
    this.kinds = GlueKind.all(glue);
    this.ownership = new Ownership(glue, region, account, project);
    this.lakeFormation = lakeFormation;
    this.account = account;
    this.project = project;
  }

  /** The steps that make the endpoint hold {@code desired}. */
  public List<Step> plan(DesiredState desired) {
    List<Step> steps = new ArrayList<>();
    List<Step> deletes = new ArrayList<>();
    List<Step> databaseSteps = databases(desired.databases());
    steps.addAll(databaseSteps);
    steps.addAll(tables(desired.tables()));
    Set<String> tables = desired.tables().stream().map(DeclaredTable::qualifiedName).collect(Collectors.toSet());
    // The databases this project deploys: its Lake Formation items are the project's through them.
    Set<String> ours = databaseSteps.stream().filter(s -> s.change().action() != Action.SKIPPED)
        .map(s -> s.change().name()).collect(Collectors.toSet());
    LakeFormationPlanner lf = lakeFormation(tables);
    steps.addAll(lf.declared(desired.lakeFormation(), ours));
    for (GlueKind kind : kinds) {
      steps.addAll(declared(kind, desired.documents(kind.kind())));
      deletes.addAll(0, undeclared(kind, desired.documents(kind.kind()).stream().map(Document::name)
          .collect(Collectors.toSet())));
    }
    deletes.addAll(lf.undeclared(desired.lakeFormation(), desired.lakeFormation(), ours));
    Set<String> databases = desired.databases().stream().map(d -> d.input().name()).collect(Collectors.toSet());
    deletes.addAll(ownedCatalog(tables, databases));
    steps.addAll(deletes);
    return steps;
  }

  /**
   * The steps that delete every owned resource, triggers first, databases last; Lake Formation's items of
   * {@code lakeFormationItems} and those on the owned databases' resources before the tables they are on.
   */
  public List<Step> destroy(List<LfItem> lakeFormationItems) {
    List<Step> deletes = new ArrayList<>();
    for (GlueKind kind : kinds) {
      deletes.addAll(0, undeclared(kind, Set.of()));
    }
    Set<String> owned = catalog.getDatabases().stream().map(Database::name)
        .filter(name -> ownership.owner("database/" + name).filter(project::equals).isPresent())
        .collect(Collectors.toSet());
    deletes.addAll(lakeFormation(Set.of()).undeclared(lakeFormationItems, List.of(), owned));
    deletes.addAll(ownedCatalog(Set.of(), Set.of()));
    return deletes;
  }

  /** Lake Formation's planner; a table exists when it is declared (it is created first) or the catalog has it. */
  private LakeFormationPlanner lakeFormation(Set<String> declaredTables) {
    return new LakeFormationPlanner(lakeFormation, table -> declaredTables.contains(table)
        || find(() -> catalog.getTable(table.substring(0, table.indexOf('.')), table.substring(table.indexOf('.')
        + 1))) != null, account, project);
  }

  // ---- databases and tables ------------------------------------------------------------------------------

  private List<Step> databases(List<DeclaredDatabase> declared) {
    List<Step> steps = new ArrayList<>();
    for (DeclaredDatabase database : declared) {
      DatabaseInput input = database.input();
      DatabaseInput wanted = new DatabaseInput(input.name(), input.description(),
          SchemaDefinitions.resolve(input.locationUri(), LAKE_ROOT), input.parameters());
      String resource = "database/" + wanted.name();
      Database existing = find(() -> catalog.getDatabase(wanted.name()));
      if (existing == null) {
        steps.add(step(ResourceKind.DATABASE, wanted.name(), Action.CREATE, List.of(), database.file(), () -> {
          catalog.createDatabase(wanted);
          ownership.claim(resource);
        }));
        continue;
      }
      Optional<String> owner = ownership.owner(resource);
      List<String> differences = new ArrayList<>(CatalogApply.differences(existing, wanted));
      steps.add(existingStep(ResourceKind.DATABASE, wanted.name(), database.file(), owner, differences,
          () -> catalog.updateDatabase(wanted.name(), wanted), () -> ownership.claim(resource)));
    }
    return steps;
  }

  private List<Step> tables(List<DeclaredTable> declared) {
    List<Step> steps = new ArrayList<>();
    for (DeclaredTable table : declared) {
      TableInput wanted = owned(resolved(table.input()));
      String db = table.databaseName();
      Table existing = find(() -> catalog.getTable(db, wanted.name()));
      if (existing == null) {
        steps.add(step(ResourceKind.TABLE, table.qualifiedName(), Action.CREATE, List.of(
            "columns " + wanted.storageDescriptor().columns().size() + ", partition keys "
                + wanted.partitionKeys().stream().map(c -> c.name()).toList(),
            "location " + wanted.storageDescriptor().location()), table.file(),
            () -> catalog.createTable(db, wanted)));
        continue;
      }
      String owner = existing.parameters().get(DeploySettings.OWNER_TAG);
      if (owner != null && !owner.equals(project)) {
        steps.add(ownedElsewhere(ResourceKind.TABLE, table.qualifiedName(), owner, table.file()));
        continue;
      }
      List<String> differences = CatalogApply.differences(existing.toInput(), wanted);
      steps.add(step(ResourceKind.TABLE, table.qualifiedName(), differences.isEmpty() ? Action.UNCHANGED
          : Action.UPDATE, differences, table.file(), () -> catalog.updateTable(db, wanted, existing.versionId())));
    }
    return steps;
  }

  private static TableInput resolved(TableInput input) {
    Map<String, String> parameters = new LinkedHashMap<>();
    input.parameters().forEach((k, v) -> parameters.put(k, SchemaDefinitions.resolve(v, LAKE_ROOT)));
    return input.withStorageDescriptor(input.storageDescriptor().withLocation(
        SchemaDefinitions.resolve(input.storageDescriptor().location(), LAKE_ROOT))).withParameters(parameters);
  }

  /** AWS cannot tag tables, so a deployed table says who owns it in its parameters. */
  private TableInput owned(TableInput input) {
    Map<String, String> parameters = new LinkedHashMap<>(input.parameters());
    parameters.put(DeploySettings.OWNER_TAG, project);
    return input.withParameters(parameters);
  }

  /** Deletes of owned tables and databases not in {@code keepTables}/{@code keepDatabases}: tables first. */
  private List<Step> ownedCatalog(Set<String> keepTables, Set<String> keepDatabases) {
    List<Step> tableSteps = new ArrayList<>();
    List<Step> databaseSteps = new ArrayList<>();
    for (Database database : catalog.getDatabases()) {
      List<String> foreign = new ArrayList<>();
      for (Table table : catalog.getTables(database.name())) {
        String qualified = database.name() + "." + table.name();
        if (!project.equals(table.parameters().get(DeploySettings.OWNER_TAG))) {
          foreign.add(table.name());
        } else if (!keepTables.contains(qualified)) {
          tableSteps.add(step(ResourceKind.TABLE, qualified, Action.DELETE, List.of(), null,
              () -> catalog.deleteTable(database.name(), table.name())));
        }
      }
      String resource = "database/" + database.name();
      if (keepDatabases.contains(database.name()) || !ownership.owner(resource).filter(project::equals).isPresent()) {
        continue;
      }
      if (foreign.isEmpty()) {
        databaseSteps.add(step(ResourceKind.DATABASE, database.name(), Action.DELETE, List.of(), null,
            () -> catalog.deleteDatabase(database.name())));
      } else {
        Collections.sort(foreign);
        databaseSteps.add(step(ResourceKind.DATABASE, database.name(), Action.SKIPPED, List.of("kept: it holds"
            + " tables not deployed by project " + project + " " + foreign + ", which deleting it would delete"),
            null, Step.NOTHING));
      }
    }
    tableSteps.addAll(databaseSteps);
    return tableSteps;
  }

  // ---- crawlers, jobs, workflows, triggers --------------------------------------------------------------

  private List<Step> declared(GlueKind kind, List<Document> documents) {
    List<Step> steps = new ArrayList<>();
    for (Document document : documents) {
      Optional<SdkPojo> actual;
      try {
        actual = kind.get(document.name());
      } catch (AwsServiceException e) {
        if (notServed(e)) {
          documents.forEach(d -> steps.add(step(kind.kind(), d.name(), Action.SKIPPED,
              List.of(DeployErrors.notServed(kind.operations(), e)), d.source(), Step.NOTHING)));
          return steps;
        }
        throw e;
      }
      ObjectNode request = document.request();
      String resource = kind.resource(document.name());
      if (actual.isEmpty()) {
        steps.add(step(kind.kind(), document.name(), Action.CREATE, List.of(), document.source(), () -> {
          kind.create(request);
          ownership.claim(resource);
        }));
        continue;
      }
      steps.add(existingStep(kind.kind(), document.name(), document.source(), ownership.owner(resource),
          kind.differences(request, actual.get()), () -> kind.update(document.name(), request),
          () -> ownership.claim(resource)));
    }
    return steps;
  }

  private List<Step> undeclared(GlueKind kind, Set<String> declared) {
    List<String> names;
    try {
      names = kind.list();
    } catch (AwsServiceException e) {
      if (notServed(e)) {
        return List.of();
      }
      throw e;
    }
    List<Step> steps = new ArrayList<>();
    for (String name : names) {
      if (!declared.contains(name) && ownership.owner(kind.resource(name)).filter(project::equals).isPresent()) {
        steps.add(step(kind.kind(), name, Action.DELETE, List.of(), null, () -> kind.delete(name)));
      }
    }
    Collections.reverse(steps);
    return steps;
  }

  // ---- shared ---------------------------------------------------------------------------------------------

  /** An existing declared resource: unchanged, updated (and tagged when untagged), or left to its owner. */
  private Step existingStep(ResourceKind kind, String name, String source, Optional<String> owner,
      List<String> differences, Runnable update, Runnable claim) {
    if (owner.isPresent() && !owner.get().equals(project)) {
      return ownedElsewhere(kind, name, owner.get(), source);
    }
    List<String> details = new ArrayList<>(differences);
    if (owner.isEmpty()) {
      details.add(ownership.adoptionLine());
    }
    if (details.isEmpty()) {
      return step(kind, name, Action.UNCHANGED, List.of(), source, Step.NOTHING);
    }
    boolean fields = !differences.isEmpty();
    return step(kind, name, Action.UPDATE, details, source, () -> {
      if (fields) {
        update.run();
      }
      if (owner.isEmpty()) {
        claim.run();
      }
    });
  }

  private Step ownedElsewhere(ResourceKind kind, String name, String owner, String source) {
    return step(kind, name, Action.SKIPPED, List.of("owned by project " + owner + " (" + DeploySettings.OWNER_TAG
        + "); left alone. Deploy it from that project, or rename it here"), source, Step.NOTHING);
  }

  private static Step step(ResourceKind kind, String name, Action action, List<String> details, String source,
      Runnable calls) {
    return new Step(new Change(kind, name, action, details, source), calls);
  }

  static boolean notServed(AwsServiceException e) {
    return e.awsErrorDetails() != null && NOT_SERVED.equals(e.awsErrorDetails().errorCode());
  }

  private static <T> T find(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (EntityNotFoundException e) {
      return null;
    }
  }
}
