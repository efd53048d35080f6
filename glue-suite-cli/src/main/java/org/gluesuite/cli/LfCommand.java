package org.gluesuite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationErrors;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LakeFormationStore;
import org.gluesuite.lakeformation.LfDefinitions;
import org.gluesuite.lakeformation.LfJson;
import org.gluesuite.lakeformation.Permission;
import org.gluesuite.lakeformation.PermissionEvaluator;
import org.gluesuite.lakeformation.PrincipalPermissions;
import org.gluesuite.common.json.DefinitionNode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lf …}: Lake Formation grants of the workspace (no Spark). */
@Command(name = "lf", mixinStandardHelpOptions = true,
    description = "Lake Formation: grant, revoke and list permissions; apply declared definitions. Decisions are "
        + "audited in <workspace>/lakeformation/audit.jsonl.",
    subcommands = {LfCommand.Grant.class, LfCommand.Revoke.class, LfCommand.ListCmd.class, LfCommand.Apply.class})
final class LfCommand implements Runnable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand
  GlueSuiteCli root;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The workspace's state; on first use, the bundled definitions. */
  LakeFormationStore store() {
    LakeFormationStore store = LocalEnvironment.lakeFormation(root.workspace().create());
    if (!store.exists()) {
      store.save(store.bundled());
    }
    return store;
  }

  /** First use of a workspace: the bundled definitions (the air-quality grants) become its state. */
  static void initialize(Console console, LakeFormationStore store) {
    if (!store.exists()) {
      LakeFormationModel bundled = store.bundled();
      store.save(bundled);
      console.progress("lake formation: %d grants from the bundled definitions applied (./glue-suite lf list)",
          bundled.grants().size());
    }
  }

  /** What a grant or revoke names: a GrantPermissions request as JSON, or the shorthand options. */
  static final class Request {
    @Option(names = "--cli-input-json", paramLabel = "JSON|file://PATH",
        description = "A GrantPermissions/RevokePermissions request: {Principal, Resource, Permissions, "
            + "PermissionsWithGrantOption}.")
    String json;

    @Option(names = "--principal-arn", paramLabel = "ARN", description = "The grantee.")
    String principalArn;

    @Option(names = "--permissions", split = ",", paramLabel = "P", description = "e.g. SELECT,DESCRIBE")
    List<String> permissions = new ArrayList<>();

    @Option(names = "--grant-option", split = ",", paramLabel = "P", description = "Permissions grantable onward.")
    List<String> grantOption = new ArrayList<>();

    @Option(names = "--database", paramLabel = "DB", description = "Resource: a database.")
    String database;

    @Option(names = "--table", paramLabel = "DB.TABLE", description = "Resource: a table (DB.* for all tables).")
    String table;

    @Option(names = "--columns", split = ",", paramLabel = "C", description = "With --table: only these columns.")
    List<String> columns;

    @Option(names = "--excluded-columns", split = ",", paramLabel = "C",
        description = "With --table: all columns but these.")
    List<String> excludedColumns;

    @Option(names = "--data-cells-filter", paramLabel = "NAME", description = "With --table: a data cells filter.")
    String filter;

    @Option(names = "--data-location", paramLabel = "ARN", description = "Resource: a registered location.")
    String location;

    @Option(names = "--lf-tag-policy", paramLabel = "TYPE:key=v1|v2;key2=v",
        description = "Resource: an LF-Tag expression, e.g. TABLE:layer=raw|curated")
    String tagPolicy;

    DefinitionNode toNode() throws IOException {
      if (json != null) {
        String text = json.startsWith("file://") ? Files.readString(Path.of(json.substring(7))) : json;
        return DefinitionNode.parse(json.startsWith("file://") ? json.substring(7) : "--cli-input-json", text);
      }
      if (principalArn == null || permissions.isEmpty()) {
        throw new UsageException("Name the grantee and permissions: --principal-arn ARN --permissions SELECT,… "
            + "and one resource (--table, --database, --data-location, --lf-tag-policy), or pass --cli-input-json.");
      }
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("Principal", Map.of("DataLakePrincipalIdentifier", principalArn));
      request.put("Resource", resource());
      request.put("Permissions", permissions);
      request.put("PermissionsWithGrantOption", grantOption);
      return DefinitionNode.parse("command line", MAPPER.writeValueAsString(request));
    }

    private Map<String, Object> resource() {
      if (table != null) {
        String[] parts = CatalogCommand.splitTableName(table);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("DatabaseName", parts[0]);
        if (filter != null) {
          return Map.of("DataCellsFilter", Map.of("DatabaseName", parts[0], "TableName", parts[1], "Name", filter));
        }
        if (columns != null || excludedColumns != null) {
          body.put("Name", parts[1]);
          if (columns != null) {
            body.put("ColumnNames", columns);
          } else {
            body.put("ColumnWildcard", Map.of("ExcludedColumnNames", excludedColumns));
          }
          return Map.of("TableWithColumns", body);
        }
        if ("*".equals(parts[1])) {
          body.put("TableWildcard", Map.of());
        } else {
          body.put("Name", parts[1]);
        }
        return Map.of("Table", body);
      }
      if (database != null) {
        return Map.of("Database", Map.of("Name", database));
      }
      if (location != null) {
        return Map.of("DataLocation", Map.of("ResourceArn", location));
      }
      if (tagPolicy != null) {
        String[] typeAndExpression = tagPolicy.split(":", 2);
        if (typeAndExpression.length != 2) {
          throw new UsageException("--lf-tag-policy is TYPE:key=v1|v2;key2=v, e.g. TABLE:layer=raw");
        }
        List<Object> expression = new ArrayList<>();
        for (String condition : typeAndExpression[1].split(";")) {
          String[] kv = condition.split("=", 2);
          if (kv.length != 2) {
            throw new UsageException("'" + condition + "' in --lf-tag-policy is not key=value1|value2");
          }
          expression.add(Map.of("TagKey", kv[0], "TagValues", List.of(kv[1].split("\\|"))));
        }
        return Map.of("LFTagPolicy", Map.of("ResourceType", typeAndExpression[0], "Expression", expression));
      }
      throw new UsageException("Name a resource: --table DB.TABLE (with --columns/--excluded-columns/"
          + "--data-cells-filter), --database DB, --data-location ARN or --lf-tag-policy TYPE:key=values.");
    }
  }

  @Command(name = "grant", mixinStandardHelpOptions = true,
      description = "Grant permissions (GrantPermissions). Needs a data lake admin, or the grant option on them.")
  static final class Grant implements Callable<Integer> {
    @ParentCommand
    LfCommand parent;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Request request;

    @Override
    public Integer call() throws IOException {
      return change(parent, request, true);
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revoke permissions (RevokePermissions). Needs a data lake admin, or the grant option on them.")
  static final class Revoke implements Callable<Integer> {
    @ParentCommand
    LfCommand parent;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Request request;

    @Override
    public Integer call() throws IOException {
      return change(parent, request, false);
    }
  }

  private static int change(LfCommand parent, Request request, boolean grant) throws IOException {
    Console console = parent.root.console();
    LakeFormationStore store = parent.store();
    LakeFormationModel model = store.load();
    PrincipalPermissions change = LfDefinitions.grant(request.toNode(), model);
    DataLakePrincipal caller = DataLakePrincipal.of(parent.root.principal());
    PermissionEvaluator evaluator = new PermissionEvaluator(model);
    evaluator.missingGrantOption(caller, change).ifPresent(missing -> {
      store.auditLog().record(org.gluesuite.lakeformation.AuditEvent.denied(caller, grant ? "GRANT" : "REVOKE",
          change.resource().describe(), "no grant option on " + missing));
      throw LakeFormationErrors.grantNotAllowed(caller, missing, change.resource().describe());
    });
    LakeFormationModel updated = grant ? model.withGrant(change) : model.withoutGrant(change);
    store.save(updated);
    store.auditLog().record(org.gluesuite.lakeformation.AuditEvent.allowed(caller, grant ? "GRANT" : "REVOKE",
        change.resource().describe(), change.principal() + " " + change.permissions()));
    console.json(LfJson.grant(change));
    console.line("%s %s on %s %s %s", grant ? "granted" : "revoked", change.permissions(), change.resource().describe(),
        grant ? "to" : "from", change.principal());
    return ExitCode.OK;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List grants (ListPermissions).")
  static final class ListCmd implements Callable<Integer> {
    @ParentCommand
    LfCommand parent;

    @Option(names = "--principal-arn", paramLabel = "ARN", description = "Only this grantee's grants.")
    String principalArn;

    @Option(names = "--table", paramLabel = "DB.TABLE", description = "Only grants naming this table.")
    String table;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      LakeFormationModel model = parent.store().load();
      List<PrincipalPermissions> grants = model.grants().stream()
          .filter(g -> principalArn == null || g.principal().identifier().equals(principalArn))
          .filter(g -> table == null || g.resource().describe().contains(" " + table))
          .toList();
      console.json(Map.of("PrincipalResourcePermissions", grants.stream().map(LfJson::grant).toList()));
      for (PrincipalPermissions grant : grants) {
        console.line("%-52s %-28s %s%s", grant.principal(), String.join(",", grant.permissions().stream()
            .map(Enum::name).sorted().toList()), grant.resource().describe(),
            grant.permissionsWithGrantOption().isEmpty() ? "" : "  (grantable: "
                + grant.permissionsWithGrantOption().stream().map(Enum::name).sorted().toList() + ")");
      }
      console.line("%d grant%s; data lake admins: %s", grants.size(), grants.size() == 1 ? "" : "s", model.admins());
      return ExitCode.OK;
    }
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Replace the workspace's Lake Formation state with declared definitions (default: the bundled "
          + "lakeformation/definitions). Idempotent; prints what changed. Data lake admins only.")
  static final class Apply implements Callable<Integer> {
    @ParentCommand
    LfCommand parent;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Definition files (JSON).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      Console console = parent.root.console();
      LakeFormationStore store = parent.store();
      LakeFormationModel current = store.load();
      DataLakePrincipal caller = DataLakePrincipal.of(parent.root.principal());
      if (store.exists() && !current.isAdmin(caller)) {
        throw LakeFormationErrors.adminOnly(caller, "apply Lake Formation definitions");
      }
      LakeFormationModel declared = files.isEmpty() ? store.bundled()
          : LfDefinitions.parse(files.stream().map(DefinitionNode::read).toList(), parent.root.workspace().lake());
      Set<PrincipalPermissions> before = Set.copyOf(current.grants());
      Set<PrincipalPermissions> after = Set.copyOf(declared.grants());
      List<String> changes = new ArrayList<>();
      after.stream().filter(g -> !before.contains(g)).forEach(g -> changes.add("+ grant " + g.permissions() + " on "
          + g.resource().describe() + " to " + g.principal()));
      before.stream().filter(g -> !after.contains(g)).forEach(g -> changes.add("- grant " + g.permissions() + " on "
          + g.resource().describe() + " to " + g.principal()));
      if (!current.filters().equals(declared.filters())) {
        changes.add("~ data cells filters: " + declared.filters().size());
      }
      if (!current.resourceTags().equals(declared.resourceTags()) || !current.tagKeys().equals(declared.tagKeys())) {
        changes.add("~ LF-Tags and their assignments");
      }
      if (!current.locations().equals(declared.locations())) {
        changes.add("~ registered locations: " + declared.locations().size());
      }
      if (!current.admins().equals(declared.admins())) {
        changes.add("~ data lake admins: " + declared.admins());
      }
      if (!changes.isEmpty() || !store.exists()) {
        store.save(declared);
      }
      console.json(Map.of("Changes", changes));
      changes.forEach(line -> console.line("%s", line));
      console.line(changes.isEmpty() ? "no changes" : changes.size() + " change" + (changes.size() == 1 ? "" : "s")
          + " applied");
      return ExitCode.OK;
    }
  }
}
